#!/usr/bin/env python3
# ruff: noqa: E741, UP031
"""Generate plan_train.jsonl: training data for the 'suicide emergency now' classifier.

Label `plan`: the sender, or someone the sender is with right now, has thoughts of
suicide together with a plan, method/means at hand, a time, preparations or goodbyes,
a recent attempt, or command hallucinations telling them to die.
Label `none`: everything else, including passive thoughts of death with no plan.

Every message below was written individually. Each data line is  LANG|message.
Standard library only; deterministic output (random.Random(13), one shuffle).
"""

import json
import os
import random
import re
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plan_train.jsonl")
README = os.path.join(HERE, "README_plan.md")

LANGS = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
    "de": "German",
    "it": "Italian",
    "pl": "Polish",
    "ru": "Russian",
    "ar": "Arabic",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "vi": "Vietnamese",
    "tl": "Tagalog",
    "hi": "Hindi (Latin script)",
    "tr": "Turkish",
}

# --------------------------------------------------------------------------
# PLAN
# --------------------------------------------------------------------------
PLAN = {}

PLAN["preparations"] = """
en|Cancel my repeat prescription please. I won't be needing it after Friday. I've put the cat with my sister and paid the rent up to the end of the month so nobody is left with a mess when I'm gone.
en|rehomed the dog today. gave my guitar to my nephew. everything's in order now. I just wanted someone to know I won't be alive by next week
en|Dr Patel, I have paid all my bills ahead and written down my passwords for my son. I am tired of being a burden and I intend to end my life this weekend. Please do not send anyone.
en|I dont need the physio appointment anymore. Ive sorted everything, will is signed, the flat is clean. I'm going to end it tonight
en|Gave all my clothes to the charity shop, sold the car, cleared my debts. There is nothing left to do except kill myself and I've got what I need for that.
en|im giving my ps5 and all my stuff to my little brother tomorrow. not gonna need any of it. theres no point pretending anymore, ive planned how im going to kill myself
en|Please remove me from the diabetic clinic list. I have made arrangements for my budgie and written to my daughter. I am going to take my own life before Sunday.
en|My insurance is paid up and the policy papers are on the kitchen table for my wife. I checked and it pays out either way. I just want the pain to stop and I've decided how I'm going to die.
en|Sorted the life insurance, found homes for both cats, left money for the vet. I'm going to the woods tomorrow morning to end it and I'm not coming back.
en|no need to ring me about the blood results. ive given notice on the flat, moved all my money to my mum and put a note in the drawer. tonight im ending my life
en|Hello, I'm 81. I have put labels on all the furniture saying who gets what and I have kept my husband's old tablets. I've had enough and I mean to take them and go to him this week.
en|Handed in my notice and gave my plants to the neighbour. Deleted all my social media. The only thing left on my list is ending my life, I'm doing it Saturday.
en|I've told the bank to transfer everything to my kids and cancelled my gym, my phone contract, everything. Please cancel my mental health follow up, I will have killed myself before then.
en|i paid 3 months rent in advance so my flatmate isnt stuck with it. the rope is in my room. please dont come, i just didnt want her to be the one to find me
en|My repeat for sertraline - don't bother sending it. I've been saving the old ones up to take all at once and I won't need a new lot. I've said what I needed to say to people.
en|Tidied the whole house, wrote out the funeral songs, the dog is at my ex's for good. I feel strangely calm now that I know when I'm going to kill myself.
en|Just so the surgery knows, I've set up the direct debits to be cancelled after the 30th and left a letter with my solicitor. I plan to take my life on the 30th. Please don't try to stop me.
en|cancelled my dentist, my smear, all of it. no point. everything is given away. tomorrow i'm going to finish myself off
en|please take me off the waiting list for counselling. ive decided to end my life and ive got everything sorted for after. my mum will get a letter.
en|I wrote out who gets my medals and my watch. Been thinking about killing myself for months and now it's all arranged. It'll be done before the weekend is out.
en|I have given the keys to my landlord, donated my books and left the guinea pigs with the school. i wont be at the hospital appointment on monday because i wont be alive, ive planned it for sunday
en|Put my affairs in order today. Bank, pension, will. I've got the tablets lined up for tonight. I'm only writing so someone finds the dog.
en|Finished paying off my credit card, told work I'm leaving, found a home for Bella. Tomorrow's the day I end it. Thank you for trying with me over the years.
en|Sold my motorbike and gave the money to my daughter's uni fund. She'll be better off without me. I've worked out how I'm going to kill myself and I'm not scared anymore.
en|Dear Doctor, I am writing to let you know I have arranged my funeral with the Co-op and settled the gas and electric for the year. I have no wish to carry on since Margaret died and I have been collecting my sleeping tablets. I will take them all on our anniversary, which is Thursday.
en|Hello doctor, I sent my money home to my family and gave my room things to my friend. I am very tired of this life. Tonight I will finish my life, I have decided. Sorry for trouble.
en|Can you tell the pharmacy to stop my blister packs. After tonight nobody will need to deliver them because I'll be dead. The spare key is under the pot for whoever comes.
en|Not sure who reads these. I've left the dog with plenty of food and a note on the door for the neighbour to take her. I'm going to end my life this afternoon.
en|Made a list of everyone I owe money to and paid them all back today. Friends think I won a bet. Really I just don't want to leave debts when I kill myself on Saturday.
en|took my name off the joint account, wrote down how to work the boiler for my husband, packed up my jewellery for the girls. i'm ready. i'm going to take the lot tonight
en|Hi its Jamal. Don't need the ADHD review anymore, I gave away my laptop and my trainers and I'm going to jump off the flats tonight. Not being dramatic, it's sorted.
en|I've written my own obituary and left the funeral money in an envelope. All I have left to do is end my life, which I'll do tomorrow while my son is at work.
pt|Já arrumei tudo: paguei as contas do mês que vem e deixei o cachorro com a minha irmã. Amanhã vou tirar minha vida. Não precisa remarcar a consulta.
fr|Plus besoin de renouveler mon ordonnance. J'ai donné mon chat à la voisine et payé le loyer. Samedi je vais mettre fin à mes jours, c'est décidé.
de|Ich habe mein Testament gemacht, die Katze ist bei meiner Schwester und alle Rechnungen sind bezahlt. Am Sonntag werde ich mir das Leben nehmen.
pl|Oddałam psa siostrze i spłaciłam wszystkie rachunki. W sobotę odbiorę sobie życie. Nie dzwońcie do mnie.
es|Ya dejé todo arreglado: el testamento firmado y el perro con mi hermana. Esta noche me voy a quitar la vida. No hace falta la cita del jueves.
"""

PLAN["goodbye"] = """
en|Thank you for everything you all did for me over the years. You were kind. I'm sorry it wasn't enough. This is goodbye, I've made up my mind to kill myself and it's tonight.
en|just wanted to say thanks dr m. you were the only one who listened. I'm going to end it and I won't be here tomorrow. please tell my mum it wasn't her fault
en|I have written letters for my wife and both my boys. They're in the top drawer. I'm going to take my life when they're asleep. I wanted to say thank you to the practice.
en|bye. thanks for trying. I've got the pills counted out
en|This will be my last message. I have left notes for everyone. I am at peace with my decision to end my life today.
en|I've sent goodbye texts to my friends and they think I'm joking. I'm not. I'm going to kill myself when I finish this message.
en|To the nurse who looked after me in March, thank you. I've written my goodbye letters and I'm going to end my life tonight. Please look after yourself.
en|Finished the suicide letter to my kids. Took me three days. Now I just need to do it. I'm sorry.
en|I recorded a goodbye video for my partner to watch after I'm dead. I'm sitting in the car with everything I need. I just want someone to know I tried to hold on.
en|goodbye everyone at the surgery. you've been good to me. ive decided today is the day i die
en|I want to thank Dr Okafor for his patience. I have left a note explaining why I chose to die. By the time you read this I will probably have done it.
en|Writing to say goodbye. I've left a note on the pillow and the back door unlocked so the police don't have to break it down when they find me.
en|Sorry to do this by message. I said goodbye to my dad today without him knowing it was goodbye. I'm going to kill myself tonight after he goes to bed.
en|pls tell my key worker thank u and sorry. i wrote letters 4 my sisters. ive got the knife. bye
en|Last message from me. My suicide note for Tom is in the glovebox. Love to all of you who tried.
en|I hugged my kids extra long this morning because it's the last time. I've planned to end my life when they're at school tomorrow. I can't keep doing this.
en|I've said my goodbyes. The letters are posted so they arrive Monday. I'm going to the coast this weekend to drown myself and I won't be coming back.
en|Thank you for all the care you gave me. Please don't feel bad. I've chosen the way and the time I'm going to die and it's soon.
en|Dear team, I am very grateful for your kindness over the years. I have written to my children to explain. I shall take all my tablets tonight and I do not wish to be resuscitated.
en|rope's up. goodbye everyone.
en|I've deleted my accounts and messaged my best friend goodbye. I'm not going to answer my phone. I'm ending my life tonight.
en|Just wanted to thank you for trying. I've written everything down for my parents so they understand why I killed myself. Not telling you when so you can't stop me but it's this week.
en|this is my goodbye message. thank you for the 2 years. ive made up my mind to die. the letter is on my desk
en|I wanted to say thank you for the last 6 years of appointments, you have been very patient with me. I am sorry to write like this. I have decided to end my life and I have what I need in the house. Please tell my daughter I loved her.
en|Dear Dr Wilson, I'm writing to say goodbye properly as you were good to me. I have left a letter for my wife explaining. I will take my life tonight while she's at her sister's.
en|Gave my mum a proper hug and told her I loved her for the first time in ages. She doesn't know it's goodbye. The tablets are in my bag and tonight is when.
en|Can someone pass this on to Lisa in the memory clinic. Thank you for being lovely to my Harold. I've left the letters on the side for the children. I'm going to join him tonight, I have his tablets. - Joan
en|ty for everything. not ur fault. ive planned it for after my shift. goodbye
fr|J'ai écrit des lettres d'adieu pour mes enfants et tout est rangé. Je vais en finir ce soir, ma décision est prise. Merci pour tout.
it|Ho scritto le lettere per i miei figli. Stanotte la faccio finita, ho già deciso. Grazie di tutto, dottore.
ru|Я написала прощальные письма детям. Сегодня ночью я покончу с собой, я всё решила. Спасибо вам за всё.
ar|كتبت رسائل وداع لعائلتي. قررت أن أنهي حياتي الليلة. شكراً على كل شيء.
ja|遺書を書き終えました。今夜、自分の命を終わらせます。今までありがとうございました。
ko|유서를 다 썼어요. 오늘 밤에 목숨을 끊을 거예요. 그동안 정말 감사했습니다.
tl|Nagpaalam na ako sa pamilya ko kahit hindi nila alam. Mamayang gabi tatapusin ko na ang buhay ko. Salamat sa lahat.
hi|Maine sabke liye chitthi likh di hai. Aaj raat main apni jaan de dunga, faisla ho gaya hai. Thank you doctor sab ke liye.
tr|Veda mektuplarımı yazdım. Bu gece kendimi öldüreceğim, kararımı verdim. Her şey için teşekkürler.
pl|Dziękuję za wszystko, pani doktor. Napisałem listy pożegnalne do dzieci. Dziś w nocy skończę ze sobą.
"""

PLAN["stockpile"] = """
en|I've been saving my tablets for weeks. I have enough now. I'm going to take them all tonight and not wake up.
en|i have about 3 months of my mirtazapine saved up in a shoebox and tonight seems like the night to take the lot
en|Can you not send my repeat yet, I've got plenty. Been stockpiling them to overdose and I'm going to take the lot by the weekend.
en|bought paracetamol from 4 different shops today so they wouldnt notice. im going to take them all tonight
en|My mum's old morphine is still in the cupboard. I've taken it out and put it by my bed. I want to go to sleep and not wake up and I'm going to take it tonight.
en|I've got all my insulin and my dad's. I know what would happen if I injected all of it. I'm going to do it tonight.
en|I collected all my pills from the drawer and they're on the table. Counted them twice. I'm just sitting looking at them, working up to swallowing them.
en|Ordered extra online from two pharmacies. They came today. I don't want to be alive and now I have what I need to overdose.
en|Im 19 and ive got a bag of pills ive been saving since christmas. i'm going to take them all at the weekend when my parents are away so i dont wake up
en|Every time I got a repeat I've kept half back. I have a full jar now. I've decided to take them all this Sunday and end it.
en|Dear Doctor, I have not been taking my heart tablets for some weeks. I have kept them all. I intend to take them together and end my life, and I think that time is now.
en|I've been hiding my lithium instead of taking it. There's a lot. I want it over and tonight I'm going to swallow the lot.
en|My husband doesn't know I've saved all his sleeping tablets. I'm going to take them to kill myself when he goes to work tomorrow.
en|collected every pill in the house into one bowl to take tonight. don't tell me to ring someone, i've decided
en|I renewed my prescription early twice so I'd have extra. Sorry for lying about losing them. Tonight I'm going to take the whole supply and that will be the end.
en|Bit of a ramble sorry. I've not been right since the baby, everyone says I'm doing great but I'm not. I've been putting aside the tablets they gave me after the c-section and I've got a good pile now. My partner is on nights from Thursday and I'm going to take them then. Please don't take the baby off me. I just can't do this anymore.
en|got my nan's tablets from her house when we cleared it. been keeping them for this. i'm taking them tonight
en|I asked for my repeat early because I'm putting them all together. I am going to swallow everything on Friday night when I'm alone.
de|Seit Wochen sammle ich meine Schlaftabletten. Es sind jetzt genug. Heute Nacht nehme ich sie alle, ich will nicht mehr aufwachen.
zh|我攒了三个月的安眠药，今晚全部吃掉。不想再活了。
ja|何ヶ月も薬を貯めてきました。もう十分あります。今夜全部飲んで死にます。
ko|몇 달 동안 약을 모아 뒀어요. 죽으려고요. 오늘 밤에 전부 먹을 거예요.
vi|Tôi đã để dành thuốc ngủ mấy tháng nay. Tối nay tôi sẽ uống hết để chết.
tl|Inipon ko ang mga gamot ko ng ilang buwan. Iinumin ko lahat mamayang gabi. Ayoko nang mabuhay.
hi|Maine sab goliyan jama kar li hain. Aaj raat sab ek saath kha lungi. Ab aur jeena nahi hai.
"""

PLAN["place"] = """
en|I'm at the bridge. I've been here an hour. I'm going to jump, I don't think I'm going home.
en|Parked on the top floor of the multi-storey. I'm going to go over the edge when it gets dark.
en|im by the railway line near the station. next train is in 20 min. im going to step out in front of it. sorry
en|I keep walking to the cliffs at Beachy Head in my head and tomorrow I'm actually going to go and jump. I've looked up the bus times.
en|I'm sitting on the wall at the top of the car park in town. I just want it to stop. I'm going to jump.
en|took the train to the coast. going to walk out into the sea tonight and not come back. tell my sister I love her
en|I've worked out which bridge to jump from. The one over the dual carriageway has no fencing. I'm going there after work tomorrow.
en|I'm at the level crossing by Tesco. I'm going to stand on the tracks when the train comes.
en|Dear nurse, I went to the reservoir today to see if I could drown myself. Tomorrow I will go back and do it.
en|on the roof of my building. i'm 14 floors up. i'm going to jump. i dont want to talk i just wanted someone to know where
en|I've found a place in the forest where no one goes. Taking the rope there on Saturday to hang myself.
en|I'm standing on the platform. I keep letting them pass. the next fast one I'm jumping in front of
en|At the quarry edge. Drove here with a bottle. Nobody knows where I am. I'm going to go over.
en|the bridge near my uni. ive been there 3 nights in a row working up to jumping. tonight i will
en|Im on the end of the pier. Water's really cold. Im going to go in and not swim
en|Please tell my mum I'm sorry, I'm on the motorway bridge and I'm going to jump, I can't do this anymore
en|Drove up to the viewpoint on the moors to end my life. I've got everything I need in the boot. I'm going to do it here.
en|I've booked a hotel room on the 12th floor for Friday. It's not for a holiday, I'm going to jump from the window.
en|Going to the cliff path tonight when its dark to throw myself off. Already left my phone passcode for my brother.
en|I am at the river near the old mill. I can't go on. I'm going to put myself in the water.
en|At the bridge. Jumping soon.
en|ok so I'm at the top of the car park near my work and I've been sitting here since my shift ended and honestly I can't think of one reason not to jump. I keep looking over the edge. I just needed to type it somewhere before I do it
en|The ward let me out on leave and I've walked to the railway bridge instead of going home. I'm not going back. I'm going to jump.
es|estoy en el puente de la autopista. no aguanto más, voy a saltar
fr|Je suis sur le toit du parking à côté de la gare. Je vais sauter quand il fera nuit.
pt|Estou na linha do trem perto de casa. Não quero mais viver. Vou ficar nos trilhos até ele passar.
de|Ich stehe auf der Brücke über der Autobahn. Ich kann nicht mehr. Ich springe gleich.
it|sono sul tetto del parcheggio del centro commerciale. voglio buttarmi giù. scusate
pl|Jestem na moście. Nie chcę już żyć. Zaraz skoczę.
ru|Я стою на крыше своего дома, 12 этаж. Больше не могу. Сейчас прыгну.
ar|أنا الآن على الجسر ولا أستطيع التحمل أكثر. سأقفز.
zh|我现在在江边的大桥上，真的撑不下去了，我要跳下去。
ja|今、駅のホームにいます。次の快速電車に飛び込むつもりです。
ko|지금 한강 다리 위에 있어요. 더는 못 버티겠어요. 뛰어내릴 거예요.
vi|Tôi đang đứng trên cầu. Tôi không chịu nổi nữa, tôi sẽ nhảy xuống.
tl|Nandito ako sa tulay ngayon. Hindi ko na kaya. Tatalon na ako.
hi|Main abhi railway track ke paas hoon. Agli train aayegi to main hatunga nahi. Sorry mummy.
tr|Şu an köprünün üstündeyim. Daha fazla dayanamıyorum, atlayacağım.
"""

PLAN["means"] = """
en|I've got a rope in my wardrobe and I'm going to hang myself with it tonight.
en|my dad's shotgun is in the cabinet and I know where the key is. I've got it out. I'm going to use it on myself.
en|I have a knife next to me and I'm going to cut deep this time, not like before. I want to die.
en|bought a rope today from the hardware shop. told the man it was for camping lol. it's not, it's for me tonight
en|The belt is already on the door. I just wanted to say someone should check on my son in the morning after I'm gone.
en|I got a gun off a mate. It's loaded and in my bag. I'm going to kill myself with it.
en|I've got the razor blades out and I'm going to finish myself tonight
en|Have a ligature made from my dressing gown cord. Staff took the last one. I'm going to use this one before they find it.
en|i have a cable tied up in the garage. just need to go out there. nobody's home. i'm going to hang myself
en|I've got my husband's hunting rifle out on the bed. I don't want to be here anymore and I've decided to shoot myself with it.
en|bought a new pack of blades. going to do it properly tonight. not self harm this time, im going to kill myself
en|The rope is in the loft. I've been up to look at it every night this week. I'm going to hang myself on Friday.
en|I keep the kitchen knife under my pillow now. I'm going to use it on myself tonight when everyone's asleep.
en|found my grandad's old service pistol in the attic. I know it works. I want to be dead and now I can be.
en|I've set everything up in the garage to gas myself. I just need to sit in the car and turn the key. I'm going to do it now.
en|got the belt ready. nobody home till tomorrow. i'm going to hang myself. this is it
en|Wrote this three times and deleted it. I have a noose made and hidden in the shed. My wife thinks I'm fixing the mower. I'm going to do it when she goes to her book club on Wednesday. I know I should tell someone so I'm telling you.
ja|ロープを買ってきて部屋に準備しました。明日の朝、家族が出かけたら死ぬつもりです。
es|Tengo la pistola de mi padre en mi cuarto, cargada. Voy a usarla contra mí esta noche.
ru|У меня в руках нож. Сегодня я закончу всё, я больше не хочу жить.
"""

PLAN["date"] = """
en|I've picked my birthday to kill myself. That's the 9th. I don't want to see another year.
en|After my son's wedding on Saturday I'm going to end my life. I didn't want to ruin his day.
en|once the house sale goes through next week i'm going to kill myself. my kids will get the money
en|I've set the date to end my life. The 1st of next month. I've told no one else.
en|When my mum passes, and the hospice say it's days now, I'm going to kill myself and go with her. I've got her morphine put aside.
en|as soon as my exams finish on thursday im killing myself. i have it all planned
en|New Year's Eve. That's when I'm going to end it. Everything's sorted.
en|After the dog goes to my sister on Sunday I will have nothing to stay for. I'm going to take my life Sunday night.
en|I'll get through Christmas for the kids, then I'm going to take my life on the 27th. I've got it planned out.
en|I've decided to kill myself on the anniversary of my wife's death, the 3rd. That's this Tuesday.
en|When my payday comes in friday, I'm gonna pay off my sister and then end my life. already have the pills
en|Tomorrow at 6am before anyone is up I'm going to kill myself. I've planned it to the minute.
en|my last day at work is friday. after that i'm ending my life. it's written in my diary
en|This is the last weekend I'll be alive. Monday I'm going to do it when the house is empty.
en|When the scan results come back I'm going to end my life whatever they say. I've already got the tablets ready.
en|Friday when the kids go to their dad's. That's when I'm going to end my life. Everything's ready.
en|I've been counting down. 4 more days and then I'm going to kill myself. I've circled it on the calendar.
en|It'll be the night of the 14th. I'll be on my own, and I've got what I need to end my life. Just telling you so it's written down somewhere.
it|Ho deciso la data per togliermi la vita: venerdì, il giorno dopo il mio compleanno. Ho già tutto pronto.
"""

PLAN["decided"] = """
en|It's settled. I'm going to kill myself. I just don't want you to be surprised.
en|I've decided to end my life. I'm not changing my mind this time, so please don't call.
en|I have made my decision to end my life and I feel calm about it for the first time in years. I know how and when.
en|no more going back and forth. i'm killing myself this week. done.
en|Ive thought it all through, I know how I'm going to kill myself and I'm not scared. I'm just letting you know so my mum gets a call.
en|My mind is made up. Tonight I will take my life. I have what I need.
en|I'm not asking for help. I've chosen to die and I've got a plan. I only want my records to show I was of sound mind.
en|decision made. killing myself tonight. dont try
en|I made a suicide plan last night and for the first time I feel relief. I'm going to go through with it at the weekend.
en|I'm writing because I promised my therapist I'd tell someone if I made a plan to kill myself. I've made one. It's for tomorrow.
en|i have decided to end my life. i have been planning it for a while and im ready. i know exactly how
en|I'm done fighting. I've decided when and how I'm going to die. Please tell Dr Lewis I'm sorry I let her down.
en|It's decided. I'm going to the lake tonight to drown myself.
en|I've been calm all day because I know now. I'm killing myself tonight, I've got everything.
en|i know you'll say call someone but im not going to. im ending it tonight and ive got everything i need. this is just so there's a record
en|My family don't know. I've decided I'm going to kill myself and I've worked out how. I'll do it once my husband is away on Tuesday.
en|For the record, I am not confused or drunk. I have thought about this for a long time and I am going to end my life this evening with the tablets I have here.
tr|Kararımı verdim, bu hafta sonu canıma kıyacağım. Nasıl yapacağımı da biliyorum.
"""

PLAN["voices"] = """
en|The voices are telling me to jump off the balcony and they won't stop. I think I have to do what they say.
en|they keep saying i have to die tonight. i have the knife. i cant make them stop
en|The man in my head says I must step in front of a car to save my family. He's very loud today. I'm going to do it.
en|Voices say I'm evil and must die by midnight. I've stopped my meds. I believe them and I'm going to do it.
en|God is telling me to drown myself to be clean. I'm going to the canal now.
en|The voices have been going since Tuesday. Today they told me how to kill myself. I think I'm going to listen.
en|Hi, the voice came back and is ordering me to cut my throat. I'm scared because I want to do what it says.
en|they tell me to take all the pills. i have them out. they're screaming at me to swallow them
en|Im hearing my dead brother telling me to come and join him and that I have to kill myself tonight. I have the tablets.
en|The voices told me to walk into the sea and I'm at the beach now.
en|I can hear them ordering me to hang myself. They say if I don't they'll hurt my daughter. I've got a cord.
en|voices telling me to kill myself. getting louder. i have a plan and i think i have to
en|Not slept for 4 nights. The voice says today is the day I have to die and I've agreed to do it.
en|The commands are back. Kill yourself, kill yourself. I've got the bottle of tablets and I don't think I can fight it tonight.
en|They told me I have to die today. I'm listening this time.
en|The TV keeps telling me I must jump from the window to stop the bad things happening. I opened it. I'm on the ledge.
en|Can't drown the voice out with music anymore. It says walk onto the motorway. I'm putting my shoes on to go.
de|Die Stimmen befehlen mir, mich umzubringen, und heute schaffe ich es nicht mehr, mich zu wehren. Das Messer liegt neben mir.
es|Las voces me dicen que tengo que morir hoy y ya tengo la cuerda. No puedo pararlas.
pl|Głosy każą mi się zabić i mówią, że muszę to zrobić dzisiaj. Nie mam siły z nimi walczyć.
ar|الأصوات تأمرني أن أقتل نفسي اليوم ولا أستطيع أن أقاومها. السكين بجانبي.
ja|声が「今日死ね」と命令してきて、もう逆らえそうにありません。包丁を持っています。
it|Le voci mi dicono di buttarmi dalla finestra stanotte. Non riesco più a resistere.
"""

PLAN["attempt"] = """
en|I took an overdose about an hour ago. I'm feeling sick and sleepy. I don't know why I'm messaging.
en|i took a whole box of my tablets at 9 because i wanted to die. now i'm scared but also not
en|I tried to hang myself last night but the rope snapped. I'm going to try again.
en|My sister found me in the garage this afternoon before I could finish. I'm home now and I'm going to try again when she leaves.
en|Cut my wrists deep. Bleeding a lot. I didn't want to survive.
en|took all my pills and some of my mums to end it. feeling weird. dont want an ambulance
en|Last night I went to the bridge to jump and a man pulled me back. I'm still going to do it.
en|I swallowed a box of paracetamol this morning because I wanted to die. I feel okay now, is that normal? I'm not going to hospital.
en|overdosed on my antidepressants 2 hours ago. my heart is racing. i wanted it to work
en|I drank bleach about 20 minutes ago to kill myself. I don't know why I'm telling you.
en|Yesterday I tried to end my life with tablets, my flatmate found me and I pretended I was just drunk. Nobody knows. I'm going to finish it.
en|I tried to drown myself at the weekend and a lifeguard got me out. They sent me home. I'm still planning to do it.
en|Took a load of my dad's blood pressure pills a bit ago because I want to die. I'm starting to feel dizzy.
en|tried to jump last night but my friend grabbed me. i haven't told anyone. tonight I'm going back to do it.
en|I've already taken them. All of them, about half an hour ago. I'm just lying here waiting to die.
en|I put the belt round my neck yesterday and it broke. I was so angry it didn't work. I'm buying a stronger one today.
en|My wife stopped me this morning, I had the tablets in my mouth. She's at work now and I've still got them.
en|Did it. took the lot with wine. just wanted to say sorry to the team
en|I injected all my insulin an hour ago. I meant to. I'm starting to shake.
en|I tried to end it on Sunday and the police brought me home. I'm not safe and I'm going to try again tonight.
en|swallowed all my pills. want to die.
en|I took my whole week of tablets from the dosette box about 40 minutes ago. I'm 79. I'm not sorry, I'm just telling you so someone feeds the cat.
en|I'm sorry to bother you. I cut myself badly tonight meaning to die and it won't stop bleeding through the towel. I haven't told my parents.
en|The crisis team sent me home yesterday after I tried to take my life. I've still got the rest of the pills here and I want to take them now.
fr|J'ai avalé toutes mes pilules il y a une heure. Je voulais mourir. Je commence à avoir sommeil.
pt|Tentei me enforcar ontem à noite mas a corda arrebentou. Vou tentar de novo hoje.
it|Un'ora fa ho preso tutta la scatola di farmaci perché volevo morire. Adesso mi gira la testa.
ru|Час назад выпила все свои таблетки, хотела умереть. Сейчас кружится голова.
zh|一个小时前我把药全吃了，我就是想死。现在头很晕。
ko|방금 약을 한 통 다 먹었어요. 죽고 싶어서요. 어지러워요.
tr|Bir saat önce bütün haplarımı içtim, ölmek istiyordum. Başım dönüyor.
vi|Tôi vừa uống hết cả lọ thuốc cách đây nửa tiếng vì muốn chết. Giờ tôi thấy chóng mặt.
ar|ابتلعت كل الحبوب قبل نصف ساعة لأنني أريد أن أموت. أشعر بدوخة الآن.
"""

PLAN["intoxicated"] = """
en|drunk as hell and i've got the pills. tonight's the night i end it. nobody cares anyway
en|had a whole bottle of whiskey. I'm going to drive into the wall on the bypass and kill myself. sorry
en|im off my face and I'm on the roof. i want to jump. everything is spinning
en|been drinking since lunch. my mind's made up, i'm going to hang myself when i get home
en|Took some pills and had a bottle of wine. I want to take the rest and be dead.
en|so drunk i cant type properly sorry. got teh knife. not gonna be alive tomorow
en|Had a lot of vodka to get the courage. I'm walking to the bridge now to jump.
en|high on coke and i keep looking at the window. im going to jump im serious
en|Drank all day. got the car keys and im going to crash it into something at full speed to kill myself. bye
en|I've had 8 cans and some of my diazepam. Going to take the rest of the box. I want to die.
en|drinking till I'm brave enough. the rope's ready.
en|I'm pissed and I'm sick of all of it. I've got the pills out. When this bottle's finished I'm taking them all.
en|been on the pills and drink all night, writing this from the bridge, cant stop crying, gonna jump
en|drunk. got dads tablets. doing it. bye
pt|bebi muito e tô com a faca aqui. vou acabar com tudo hoje, desculpa
zh|喝了一整瓶白酒，药也准备好了，今晚就结束。别找我。
"""

PLAN["carer_now"] = """
en|My husband is here with me and he has just told me he's going to kill himself tonight. He has his tablets in his pocket. What do I do?
en|I'm with my friend right now. She says she's going to end it tonight and she's got a knife in her bag. She won't let me call anyone.
en|My dad is sitting in his car in the garage and says he's going to end his life. I'm outside the door. He's locked it.
en|my flatmate just showed me all the pills she's saved and said tonight's the night she takes them. i'm with her now. please help
en|Caring for my mum at home. She's told me calmly she's going to take all her tablets tonight and end her life and has given me her jewellery. I'm scared.
en|My 15 year old daughter has just told me she has a plan to kill herself at school tomorrow. She's here with me now.
en|I'm a support worker. The gentleman I'm with has said he is going to jump from the bridge after I leave at 8pm. He has been saying goodbye to residents.
en|My brother is on the phone with me saying he's on the bridge and going to jump. I'm messaging you from my laptop.
en|my boyfriend just said he's going to hang himself tonight and that he's already set it up in the shed. he's sitting next to me crying
en|My wife has just written goodbye letters to our children and told me she's decided to end her life tonight. I'm with her but I don't know what to do.
en|I'm with my grandfather. He's given me his watch and told me he's going to shoot himself with his rifle after I leave. I haven't left.
en|My son has just taken something, he says it was his whole prescription. He's conscious and talking. He says he wants to die.
en|my friend is here at my place, she's very drunk and saying she's going to walk into the river when she leaves. she means it, she tried before
en|I'm with my partner in the A&E car park and he's refusing to go in. He says he's going to drive off the bridge on the way home.
en|Foster carer here. Our young person has told me she's got a ligature hidden and is going to use it tonight to kill herself. I'm with her now.
en|My mother (82) told me this evening she has saved her sleeping tablets and will take them tonight because she's had enough. I am at her house.
en|my roommate is locked in the bathroom with a razor saying he's going to end it. i can hear him crying. what do i do
en|My husband says the voices want him dead and he has to jump from the window tonight. He's pacing by it now. I'm with him.
en|my son is hearing voices telling him to kill himself, he's in his room with the door locked and he's saying he's going to obey them. he's 17 please help
en|Neighbour here. The lady next door (Mrs Hale, your patient) has given me her cat and her house keys and said she won't need them after tonight because she's going to end things. She's sitting in my kitchen with a bag of tablets.
en|My sister is staying with me and just told me she's planning to overdose tonight once I'm asleep. She's shown me the tablets. I've hidden my car keys but I don't know what else to do.
en|Writing for my dad who can't type. He's beside me and says he's going to end his life tonight with his heart tablets. He's been giving his things away all week.
es|Mi hijo está aquí conmigo y dice que se va a matar esta noche, tiene un cuchillo. ¿Qué hago?
fr|Ma mère est avec moi, elle dit qu'elle va se suicider cette nuit avec les médicaments qu'elle a gardés. Aidez-moi.
de|Mein Vater sitzt gerade neben mir und sagt, er wird sich heute Nacht erschießen. Er hat sein Jagdgewehr. Was soll ich tun?
pl|Mój mąż jest obok mnie i mówi, że dziś w nocy się powiesi. Ma już przygotowany sznur w garażu. Co mam robić?
ru|Мой брат сейчас со мной, он пьяный и говорит, что сегодня повесится, верёвка уже в сарае. Что делать?
ar|ابني معي الآن ويقول إنه سيقتل نفسه الليلة، ومعه سكين. ماذا أفعل؟
zh|我老公就在我旁边，他说今晚要自杀，刀都准备好了。我该怎么办？
vi|Chồng tôi đang ở cạnh tôi và nói đêm nay anh ấy sẽ treo cổ, dây đã chuẩn bị sẵn trong nhà kho. Tôi phải làm gì?
tl|Kasama ko ngayon ang kapatid ko, sabi niya magpapakamatay siya mamaya, may kutsilyo siya. Ano ang gagawin ko?
hi|Mera bhai mere saath hai aur keh raha hai ki aaj raat fansi laga lega, rassi bhi le aaya hai. Kya karun?
pt|Minha mãe está aqui comigo e disse que hoje vai tomar todos os remédios para morrer. Ela já se despediu de todo mundo. O que eu faço?
"""

# --------------------------------------------------------------------------
# NONE
# --------------------------------------------------------------------------
NONE = {}

NONE["passive_ideation"] = """
en|Doctor, I am 88 and I tell my family I am ready to go. I am not unhappy, I have had a good life, and I would not do anything to hurry it. I only want to stop the cholesterol tablets.
en|Some mornings I wish I just wouldn't wake up. I'm not going to do anything, I just feel flat. Could I talk to someone about my medication?
en|I've been having thoughts that everyone would be better off without me. I don't have any plans to hurt myself but it's scaring me a bit.
en|Honestly sometimes I think it would be easier if I wasn't here. I'd never act on it because of my kids. Can I get a call back today?
en|i dont want to die exactly i just want to stop existing for a while. no plan or anything. just really tired
en|Since my husband died I often think I'd be happy if the Lord took me in my sleep. I wouldn't do anything silly, dear, I just miss him.
en|feeling low tonight, the 'wish i could just disappear' kind of low. not gonna hurt myself, just wanted it written down for my therapist tomorrow
en|I keep thinking about death lately, not in a planning way, more like I wouldn't mind if a bus hit me. My therapist said to message if it got worse. It's not worse, just there.
en|Dr, the low mood is back. Passive thoughts like 'what's the point' and 'I'd rather not be here'. No intent, no plan. Can we review the citalopram?
en|I'm 78 and I've lived long enough. I don't want any more treatments, I would be content to die. I'm not going to harm myself, I'm just telling you how I feel.
en|tonight is one of those nights where i think it wouldn't be the worst thing if i didn't wake up. i know thats not normal. im not going to do anything, im safe, i promise. can someone call tomorrow?
en|Wish I'd never been born some days. No plans to do anything about it. Just want to talk to someone who isn't my mum.
en|I've started feeling like I don't care if I live or die. I'd never do anything, but I don't care either. Is that depression?
en|The thought 'I want to be dead' pops into my head a lot. Intrusive, I think. I don't want to act on it and I have no plan. The OCD clinic said to let you know.
en|I wouldn't end my life but I wouldn't mind if it ended. Does that make sense? Can someone ring me today.
en|fleeting thoughts of not wanting to be here when things get bad at home. dont worry ive got no plan and I've got my safety numbers.
en|Just feel like a burden to my family. I sometimes think they'd be better off without me. I'm not going to do anything, I'd like an appointment.
en|I pray every night not to wake up. I'm a Christian and I would never take my own life. But I am so tired of the pain in my back.
en|Life doesn't feel worth living at the moment. No plans, no intention, just empty. My GP asked me to update via the portal.
en|some days i think about what it would be like if i wasnt alive. i dont want to hurt myself. is it normal to think like this at 16
en|I'm 92, my friends are all gone. I tell the Lord I'm ready whenever he is. My daughter made me write this. I am not in any danger and I'm eating well.
en|Update for my care coordinator: mood low this week, some passive death wishes, no plans or intent, still going to groups.
en|the thought of dying doesn't scare me anymore which is weird. I'm not planning anything. just noticing it.
en|Part of me wishes I'd get something terminal so it would all be over. I know that's awful. I'd never do anything myself.
en|I keep having thoughts like 'I want to die' when I'm overwhelmed at work but they pass within minutes. No plan. Want to try therapy again.
en|Since losing my job I feel like there's no point in me being here. I have no intention of killing myself. I need help with the depression though.
en|I'm not going to do anything stupid, I just wish I could go to sleep for a year or forever. Work stress is awful.
en|Thoughts of death, not suicide. Like I half hope the plane crashes when I fly. I know I need to talk to someone. Can I self refer?
en|Just being honest on the form: yes I have thought I'd be better off dead in the last 2 weeks, on a few days. No plan, never acted. The PHQ asked.
en|im not suicidal im just sad and sometimes think it'd be easier to not exist. please dont send police lol i'm fine just want my meds reviewed
en|My anxiety is making me think dark things like not wanting to be alive. I'm safe, I'm at my mums and I have no plans.
en|Ever since the miscarriage I've felt like I don't want to be here. I'm not going to do anything to myself. I just need someone to talk to.
en|my nan keeps saying she's ready to die and wants to be with grandad. she isn't going to do anything, she's just lonely. can someone visit her?
en|My husband says he sometimes wishes he wouldn't wake up since his stroke. He has no plan and is happy to see someone. Could the GP call him?
en|I am not wanting to hurt myself but I am having thoughts that my life is over and it would be better if I was not in it. English is not my first language, sorry. I want to see doctor.
en|Bit of a long one sorry. Since the divorce I've been really low, not eating much, not sleeping, and sometimes lying in bed I think it'd be fine if I just didn't wake up. I want to be clear I'm not going to do anything, I've got my girls and I'd never do that to them. But I know this isn't right and I'd like to try talking therapy or whatever you think. Can someone call after 3?
en|My thoughts are dark lately, like wishing I'd never been born. Not planning anything. Would like the number for talking therapies please.
en|i'm fine physically but mentally i'm just done, like i don't want to do anything or see anyone. not suicidal. just done. is this burnout
en|I'm not going to kill myself, I want to be clear, but I understand why people do now. I'd like to get help before it gets any worse.
en|Carer message: Dad (dementia) keeps saying 'just let me die' when we help him wash. He has no plan or means and is never on his own. Is this the dementia or depression?
en|Been feeling like what's the point of anything since the menopause started. Sometimes wish I could just fade away. Not going to hurt myself. Could HRT help my mood?
en|Not in danger, just low. Occasional 'I wish I was dead' thoughts after bad days at uni. I'd like the counselling referral.
es|A veces pienso que sería mejor no despertar, pero no voy a hacer nada. Solo quiero hablar con alguien sobre mi ánimo.
fr|Parfois j'aimerais m'endormir et ne pas me réveiller, mais je ne ferai rien contre moi. J'aimerais juste un rendez-vous pour parler.
pt|Às vezes queria dormir e não acordar mais, mas não vou fazer nada contra mim. Posso marcar uma consulta?
de|Manchmal denke ich, es wäre egal, wenn ich morgens nicht mehr aufwache. Ich habe aber keine Pläne, mir etwas anzutun. Kann ich einen Termin bekommen?
it|A volte penso che sarebbe meglio non svegliarmi, ma non farei mai niente. Vorrei parlare con qualcuno del mio umore.
pl|Czasem myślę, że lepiej by było się nie obudzić, ale nic sobie nie zrobię. Chciałabym porozmawiać z lekarzem.
ru|Иногда думаю, что было бы лучше не просыпаться, но я ничего с собой не сделаю. Хочу записаться к врачу.
ar|أحياناً أتمنى ألا أستيقظ، لكنني لن أفعل شيئاً لنفسي. أريد فقط موعداً للحديث مع الطبيب.
zh|有时候我觉得一觉睡过去不醒也无所谓，但我不会做任何伤害自己的事。想约个时间跟医生聊聊。
ja|時々、朝目が覚めなければいいのにと思いますが、何かするつもりはありません。一度相談したいです。
ko|가끔 아침에 눈을 안 떴으면 좋겠다는 생각이 들지만, 스스로 뭘 할 생각은 없어요. 상담 받고 싶어요.
vi|Đôi khi tôi ước mình ngủ luôn không dậy nữa, nhưng tôi sẽ không làm gì hại bản thân. Tôi muốn đặt lịch gặp bác sĩ.
tl|Minsan naiisip ko na sana hindi na lang ako magising, pero wala akong balak saktan ang sarili ko. Gusto ko lang makausap ang doktor.
hi|Kabhi kabhi lagta hai subah uthun hi na, lekin main khud ko kuch nahi karungi. Bas doctor se baat karni hai.
tr|Bazen sabah uyanmasam keşke diye düşünüyorum ama kendime bir şey yapmayacağım. Sadece doktorla konuşmak istiyorum.
"""

NONE["end_of_life"] = """
en|I want to get my affairs in order while I still can, as I've been diagnosed with early Alzheimer's. Could the GP confirm I have capacity for my solicitor?
en|I have stage 4 bowel cancer and I've now signed my will and a DNR form with the hospice nurse. Could you make sure the surgery has a copy of the DNACPR?
en|Mum is on end of life care at home. We've pre-paid her funeral and she wants to die at home rather than hospital. Can the district nurses come daily?
en|I'd like to register my advance decision to refuse treatment. My motor neurone disease is progressing and I don't want to be ventilated.
en|Following my diagnosis I've been putting my affairs in order: will, lasting power of attorney, funeral plan. Can the GP act as certificate provider for the LPA?
en|My dad has weeks left with his lung cancer. He's given away his tools to the grandkids and said his goodbyes. He's comfortable. Could we get a hospital bed delivered?
en|I've written letters for my children to open after I'm gone, the palliative team helped me. I wanted to ask about increasing my pain relief as it's not holding overnight.
en|Please can you add to my notes that I want to die at home, not in hospital. The hospice has my ReSPECT form.
en|Since the oncologist said there's nothing more to do, I've made my peace. I've paid for my funeral and picked the hymns. I'd like a home visit to talk about just-in-case medicines.
en|Could you send the DNR paperwork to my mum's care home? She has dementia and end-stage heart failure; the family agreed it with the consultant.
en|I'm 87 with kidney failure and I've decided not to continue dialysis. The renal team are aware and supportive. I'd like to talk to you about hospice care.
en|Hospice nurse said to ask you for a letter for my travel insurance. I want one last trip to see my sister before I die. Diagnosis is pancreatic cancer.
en|Making a memory box for my kids with the Macmillan nurse. Can I get a repeat of my oramorph before the bank holiday?
en|I have terminal liver disease. I've sorted my will and given my car to my grandson. I'm tired and sleeping a lot. Is that the illness getting worse?
en|Dad's in his last days and was very agitated last night. Can the GP ring today about his just-in-case meds before tonight?
en|I've arranged a direct cremation plan and told my children my wishes. Not ill at the moment, just 74 and sensible. Could you note that I'm an organ donor?
en|Can I get a copy of my advance care plan? The solicitor wants it for my file along with my will.
en|I've been told it's months rather than years. I've started giving my jewellery to my nieces while I can see them enjoy it. Could we talk about stopping some of my tablets that no longer help?
en|Mum (terminal, in the hospice) keeps saying she's ready to go and has said goodbye to all of us. Is there anything more we should be doing for her comfort?
en|Could the practice record my preferred place of death as home? I've discussed it with Dr Singh at my last visit.
en|I'm on the palliative register now. I no longer want to attend the diabetes reviews, they're not a priority for me. Please take me off the recall list.
en|My husband has advanced Parkinson's and has asked for a DNACPR to be in place. He has capacity. Who do we speak to?
en|Writing my funeral wishes down with the chaplain this week. Also need to rebook my blood test as the hospice visit clashes.
en|Brain tumour, inoperable. I've said my goodbyes at a party last weekend, a living wake! It was wonderful. Now I'd like help with the nausea.
en|Can you help me fill in the form for the special rules benefit? I have terminal cancer and the hospice said you can sign the SR1.
en|My father, who has end-stage COPD, has decided he doesn't want to go back into hospital again. He wants comfort care at home. Can we set that up?
en|My wife and I have both made living wills and paid for our funerals so the children won't have to. We're both in good health. Just wanted the GP to have copies.
en|Motor neurone disease is taking my speech now. I've recorded messages for my grandchildren and chosen my funeral music. I want to discuss the feeding tube: I don't want one.
es|Mi madre tiene cáncer terminal y ya firmó el testamento y la orden de no reanimar. ¿Pueden mandar una enfermera a casa?
pt|Meu pai está em cuidados paliativos. Já pagamos o funeral e ele quer morrer em casa. Como pedimos visita domiciliar?
de|Ich habe eine Patientenverfügung und ein Testament gemacht, weil ich Krebs im Endstadium habe. Bitte nehmen Sie die Kopie zu meiner Akte.
it|Mia madre è in hospice e ha già salutato tutti noi. Vorremmo sapere come tenerla più comoda nei prossimi giorni.
ru|У мамы рак в терминальной стадии, мы оформили завещание и отказ от реанимации. Можно ли вызвать медсестру на дом?
zh|我妈妈是癌症晚期，我们已经立了遗嘱，也签了不抢救同意书。可以安排护士上门吗？
vi|Mẹ tôi bị ung thư giai đoạn cuối, gia đình đã lo xong di chúc và tang lễ. Xin cho y tá đến nhà thăm mẹ.
hi|Mere papa ko last stage cancer hai, unhone will bana di hai aur ghar pe hi rehna chahte hain. Kya nurse ghar aa sakti hai?
"""

NONE["admin_appointment"] = """
en|Please cancel my appointment on Tuesday, I won't be needing it, the rash has cleared up.
en|I don't need my repeat for amoxicillin any more, the course finished last week and I feel fine.
en|Won't need my repeat prescription this month, I've still got plenty left because I was in hospital and they gave me a supply.
en|cancel my physio please, my knee is loads better and I've started back at football
en|Hi, can you take the omeprazole off my repeats? The consultant stopped it.
en|I won't be at my review on the 3rd as I'll be in Spain for a month. Could we do it by phone when I'm back?
en|Please remove me from the practice list, I've registered with a surgery near my new job in Leeds.
en|No need to send the reminder anymore, I've had my smear done at the sexual health clinic.
en|Could you cancel all my upcoming appointments? We're emigrating to Australia on the 20th. Thanks for all your care over the years.
en|My course of steroids is done so I won't need them on the repeat. Breathing much better.
en|Not going to need my pill check appointment, I've had the coil fitted instead.
en|I'm cancelling the counselling sessions because I feel a lot better and I've started a new job that clashes. Can I come back to it if I need to?
en|Please stop my sertraline repeat. Dr Amin and I agreed to taper and I finished the last tablet on Sunday. Feeling good.
en|I won't be needing the follow up after all, the lump turned out to be a cyst and the hospital discharged me.
en|Can you cancel my flu jab booking? I got it at the pharmacy.
en|Dad passed away last month. Please could you cancel his repeat prescriptions and appointments. Thank you for looking after him.
en|cancel 2morrow pls, car broke down
en|I'd like to cancel my mental health assessment. I was referred after a rough patch in the spring but things are much better now.
en|Can you remove the co-codamol from my repeats please, I don't need it since my hip op.
en|Please cancel this month's delivery of my blister packs, I'm staying with my daughter and took a supply with me.
en|I'm not going to need my appointment next week, I've decided to go private for the scan.
en|Is it ok to skip my warfarin clinic this week? I'm away for a funeral in Ireland.
en|Cancel my 10.40 tomorrow please. Sorted itself out.
en|won't be needing my repeat anymore, this is my last one. moving back home to Poland. thank you for everything doctor.
en|Sorry I didn't make my appointment yesterday. I've got a new job and completely forgot. Can I rebook?
en|Please cancel my repeat for the hydrocortisone cream, the dermatologist has swapped me to a different one.
en|This is to let you know I will not be needing the home visits any more as I am now walking with a stick and my son drives me in. Thank you to the nurses.
fr|Je n'ai plus besoin de mon renouvellement d'antibiotiques, le traitement est fini et je vais mieux.
it|Devo disdire la visita di lunedì, la tosse è passata da sola.
pl|Nie potrzebuję już recepty na antybiotyk, kuracja się skończyła i czuję się dobrze.
ru|Пожалуйста, отмените мою запись на пятницу, я переезжаю в другой город.
ar|أريد إلغاء موعدي يوم الخميس لأنني سأسافر لزيارة عائلتي. شكراً لكم.
ja|引っ越しのため、来週の予約をキャンセルしてください。今までお世話になりました。
ko|다음 주 예약 취소해 주세요. 이사 가게 됐어요. 그동안 감사했습니다.
tl|Pakikansela po ang appointment ko sa Lunes, uuwi na ako sa Pilipinas. Salamat po sa lahat.
tr|Ankara'ya taşınıyorum, perşembe günkü randevumu iptal edin lütfen. Her şey için teşekkürler.
de|Bitte sagen Sie meinen Termin am Donnerstag ab, ich ziehe nach Hamburg. Vielen Dank für alles!
"""

NONE["admin_moving"] = """
en|Giving away my bed, fridge and all the kitchen stuff on Freecycle this week as I'm moving in with my partner. Can I keep the same GP if I'm just outside the area?
en|Moving house next month, I've given the sofa and most of my furniture away. How do I transfer my records to the new GP?
en|We've had to rehome our cat because my son's allergies got so bad. His eczema is still bad though, could it be something else?
en|I've saved for years and I'm finally going travelling for a year, clearing out my flat now. Do I need any jabs for South East Asia?
en|Gave away all my baby stuff today now that the youngest is two. Feeling a bit emotional! Anyway, I'd like to book a contraception review.
en|I'm downsizing to a bungalow and have given most of my late wife's things to charity. Please update my address.
en|Just to let you know I've sold up and I'm moving into sheltered housing on the 15th. Where should my prescriptions go?
en|giving my dog to my parents while I do my placement abroad, so that's why I've missed calls, I've been packing. can I get my pill for 6 months?
en|I've finally paid off all my debts and sorted my will now I've turned 60! Sensible stuff. Could I book the NHS health check?
en|Going on a long pilgrimage walk to Santiago, six weeks. Do I need to do anything about my blood pressure tablets?
en|We're emptying Mum's house since she moved into a care home. Found a carrier bag of her old medicines. Can we bring them in to be destroyed?
en|Leaving the country for good next week. I've handed in my notice, sold my car and given away my plants. Please can I have a copy of my vaccination record?
en|I'm joining the army in September so I'm giving away a lot of my stuff. Need a medical form signed, who do I ask?
en|We've rehomed our rabbits because of my daughter's asthma. Her wheeze is a bit better. Should we keep using the brown inhaler?
en|Decluttering with my therapist's encouragement: gave away three bags of clothes and it felt great. Just wanted to share some good news!
en|I've given my mobility scooter to my neighbour as I've got a new one from the council. Can I change my address for letters?
en|Going to university in Glasgow in two weeks. Need to register there but want to keep my ADHD meds going, how does that work?
en|My daughter is moving in with me so she can look after me after the op. I've given her my spare key. Can she collect my prescriptions?
en|Heading off to do volunteer work in Kenya for 3 months. Leaving the flat with a friend. Which vaccines do I need and is there time?
en|I finally put my late husband's clothes in bags for the charity shop. Took me two years. I feel lighter. Could I still get bereavement counselling?
en|Retiring on Friday and moving to the coast! Need to know how to transfer my care to a new practice.
en|Had to give up my horse as I can't afford her anymore, which was sad, but she's gone to a lovely home. My asthma might improve away from the hay!
en|sorting my affairs before my big op next week, lasting power of attorney, will, the lot, just in case. is there anything I should do health-wise to prepare?
en|We're a forces family and being posted to Germany. Can we have the kids' records sent on?
en|We've sold the house and we're going on a round-the-world cruise for our 40th anniversary! Need travel letters for my husband's medications.
es|Quiero cancelar mi cita del martes. Me mudo a Valencia y ya regalé el sofá y los muebles. Gracias por todo.
pt|Vou viajar pelo mundo por seis meses e dei meu gato para minha irmã. Preciso de alguma vacina antes?
"""

NONE["medication_question"] = """
en|Can I take all my tablets together at night or do some need to be in the morning?
en|How many paracetamol can I take in a day? I've got a bad toothache and the dentist can't see me till Thursday.
en|Going to a party tonight, is one glass of wine ok with my sertraline?
en|I accidentally took my blood pressure tablet twice this morning. Do I need to do anything?
en|What happens if I miss a dose of my antidepressant? I forgot last night.
en|Can I take ibuprofen with my naproxen or is that too much?
en|Mum keeps a big stock of her tablets because she's scared of running out. Is it a problem to keep that many at home?
en|My son took two of his ADHD tablets by mistake today instead of one. He seems fine. Should I be worried?
en|Can I crush my tablets? I struggle to swallow them.
en|Is there a maximum number of co-codamol I can take? Back is killing me.
en|Do I take all 8 prednisolone tablets at once? The label says once daily and that seems a lot.
en|Can I get 3 months supply instead of 1? I keep running out because the pharmacy is far.
en|I've got a drawer full of old medicines from my late husband. What's the safest way to get rid of them?
en|What's the highest dose of amitriptyline I can go up to for nerve pain? Current dose isn't touching it.
en|Is it dangerous to stop my citalopram suddenly? I'm going travelling and want to come off it first.
en|can i take my sleeping pill earlier tonight? i have an early flight tomorrow
en|Does mirtazapine make you gain weight? I've put on a stone.
en|My grandmother is on 11 different tablets. Is that normal? Could someone review whether she needs them all?
en|Is it safe to take antihistamines with my diazepam?
en|How much Calpol can I give a 3 year old? The bottle's confusing.
en|Should I take my metformin pills with food? They upset my stomach.
en|Can I double my inhaler puffs if I'm wheezy?
en|is it ok to take melatonin with my antidepressant, can't sleep
en|I've been given 28 days of tablets but the box has 30. Do I take them all or stop at 28?
en|I think I took yesterday's and today's thyroxine together this morning by mistake. Is that harmful?
en|Could I have my lithium level checked? Been feeling a bit shaky.
en|Is it safe to drive after taking pregabalin?
en|How many days in a row can I take Nytol? Struggling to sleep since my shifts changed.
en|My dad's carer put all his tablets for the week in one pot by mistake. He hasn't taken any of them. How do we work out which ones go when?
en|Child has swallowed one of my blood pressure tablets by accident, he's 3, found him with the packet. What do I do?
es|¿Cuántos paracetamoles puedo tomar al día como máximo? Me duele mucho la muela.
pt|Quantos comprimidos de ibuprofeno posso tomar por dia para dor nas costas?
pl|Ile tabletek paracetamolu mogę wziąć na dobę przy bólu głowy?
ru|Можно ли пить все таблетки вместе вечером или некоторые нужно утром?
ar|كم حبة باراسيتامول يمكنني أن آخذ في اليوم للصداع؟
zh|我晚上可以把所有的药一起吃吗？还是有些要早上吃？
ja|1日に何錠までアセトアミノフェンを飲んでもいいですか。
ko|진통제를 하루에 몇 알까지 먹어도 되나요?
vi|Tôi có thể uống tất cả thuốc cùng lúc vào buổi tối không?
tl|Ilang paracetamol po ang puwede kong inumin sa isang araw?
hi|Kya main saari dawaiyan raat ko ek saath le sakta hoon?
"""

NONE["past_attempt_history"] = """
en|I know my record mentions a suicide attempt in 2013. I'm applying to adopt and the agency needs a GP health report. I've been well for ten years.
en|For my new patient registration: I took an overdose of pills in 2014 when I was at university. I've been well for years and I'm not on any medication now.
en|The form asks about previous suicide attempts. Yes, one, in 2009. I got a lot of help and I'm in a good place. Happy to discuss if needed.
en|I'm applying to be a police officer and they want a letter about my mental health history, including the attempt I made when I was 17. Can the GP write one?
en|I'm doing a talk at my old school about surviving a suicide attempt eight years ago. Could I get a copy of my records from back then to check dates?
en|Ten years ago today I tried to end my life. Today I'm celebrating being alive and wanted to thank the practice that helped me through it.
en|My psychiatrist wants the GP to know about the overdose I took in 2019 for my records. I'm stable on lamotrigine now.
en|When I was 15 I tried to hang myself. I'm 34 now and doing well but I've noticed the anniversary makes me anxious. Could I get a few therapy sessions?
en|Life insurance company wants my medical history; they asked about a past suicide attempt (2012). Do I need to give consent for the full report?
en|I have scars on my arms from a suicide attempt years ago and I'd like to ask about scar treatment. I'm not self-harming now.
en|During my pregnancy booking they asked about past mental health. I had a suicide attempt in 2016. Midwife said to let the GP know so we can plan support. I'm well.
en|Just to update you, the crisis team discharged me last month after my overdose in June. I'm seeing the psychologist weekly and feeling much more hopeful.
en|I'm writing a memoir about my depression, including the night I walked to the bridge in 2011. Could I have my old notes?
en|I was sectioned after trying to jump from a car park in 2018. I've since trained as a peer support worker! Could you confirm the dates of my admission for my DBS form?
en|My new research trial form asks if I've ever tried to take my own life. Yes, twice in my twenties. Nothing since, 20 years. Is this relevant for the trial?
en|Old history: overdose aged 19, no attempts since. My new psychiatrist asked me to check the dates on my GP record.
en|I'd like to have a flag reviewed on my record that says 'suicide risk'. It's from an attempt in 2005 and it's affecting how A&E treat me.
en|Years ago I had a serious overdose that damaged my liver. Should I have my liver function checked regularly?
en|Been 5 years since my attempt. Got my semicolon tattoo today to mark it. Just wanted to share, no action needed!
en|Our family therapist asked us to let the GP know my daughter's attempt last year is part of her history for the referral. She's doing well now at college.
en|I'm on the waiting list for DBT. I've had past attempts but none since I started the skills group in 2021. Any idea on waiting time?
en|For the record: the cut on my wrist in my notes from 2017 was a suicide attempt, not an accident as written. Please correct it. I'm fine now.
en|Can I request my records from CAMHS? I was under them after a suicide attempt at 14 and I'm now training to be a nurse and want to understand what happened.
fr|J'ai fait une tentative de suicide il y a dix ans. Aujourd'hui je vais bien, c'est juste pour compléter mon dossier.
zh|十年前我自杀未遂过，现在一切都好，只是填表需要说明一下。
tr|Yıllar önce intihar girişimim oldu, şimdi çok iyiyim. Sadece dosyama eklenmesi için yazıyorum.
es|Hace muchos años tuve un intento de suicidio. Ahora estoy bien y con trabajo, solo lo menciono porque lo pide el formulario.
"""

NONE["other_resolved"] = """
en|My son was on the railway bridge last spring saying he'd jump, and the police talked him down. He's had a year of therapy and just passed his driving test. He needs his records checked before a work medical.
en|My daughter's school held an assembly after a pupil died on the railway line last year. She's fine, but she's asked to talk to someone about it. Can you refer her to the school nurse?
en|My brother tried to take his life last year. He's doing much better now with support. I'm struggling a bit with the aftermath and would like counselling for myself.
en|My daughter's overdose in March really shook us. She's back at school and seeing CAMHS. Could I get a letter for my employer about the time I took off?
en|My husband had a crisis last month, he said he wanted to end it and went to the bridge. The crisis team were brilliant and he's been well for weeks now. Just wanted to thank them.
en|My best friend died by suicide in January. I keep replaying our last conversation. I'm not having those thoughts myself, I just can't sleep.
en|My mum attempted suicide when I was a child. Now I'm pregnant and worried about depression running in families. Can I talk to someone?
en|My partner took an overdose two months ago. He's been well since and is seeing a psychologist. How can I best support him long term?
en|Last year my son told me he had a plan to kill himself. We got him help and he's thriving now. He's asked me to see if he can come off his sertraline.
en|My colleague talked about ending her life a few weeks back, we got her help and she's doing better now. I'm finding it hard to switch off. Is there support for me?
en|A student at my son's school took her own life last term. He's been quiet since. He hasn't said anything about hurting himself but I'd like him to talk to someone.
en|My sister used to say the voices told her to kill herself, but since her medication change in spring they've completely gone. She wanted me to say thanks.
en|After my wife's overdose scare in the autumn we removed all the meds from the house. She's much better now. Can we go back to monthly prescriptions instead of weekly?
en|My flatmate talked about killing herself at New Year, we got the crisis team. She's okay now and back at work. I'm just anxious myself now.
en|My uncle died by suicide last spring. The family has been through the funeral and the inquest. I'd like to be screened for depression as I know it can run in families.
en|Years ago my dad tried to end his life and I was the one who found him. I'm 40 now and it still comes back when I smell cut grass. Is that PTSD?
"""

NONE["hyperbole"] = """
en|Dying for a proper night's sleep. Baby wakes every hour. Can the health visitor ring me?
en|This job will be the death of me. Anyway, I need a fit note for another two weeks for my back.
en|My feet are killing me after the night shift. Could it be plantar fasciitis?
en|if I have to wait on hold for another hour I'll die lol. can you just book me in for the blood test
en|Honestly this cold is killing me. Can I get something stronger than Lemsip?
en|I'm dying to know my test results! Any news?
en|the kids are going to drive me to an early grave. anyway, can I get their flu sprays booked?
en|I could murder a bacon sandwich but I'm fasting for the blood test. What time can I eat?
en|Nearly died laughing at my grandson and wet myself a bit. Is that a pelvic floor thing?
en|This heat is unbearable, I'm dying out here. Should I take my water tablets in a heatwave?
en|If my husband snores one more night I'll kill him. Is there anything for sleep apnoea?
en|Revision is killing me. Can I get a letter for extenuating circumstances, I've had tonsillitis.
en|Over my dead body am I having another colonoscopy without sedation. Can I request it this time?
en|I'd rather die than go back to that dentist. Are there NHS ones nearby taking patients?
en|I'm literally dead on my feet, been tired for months. Could I get my iron checked?
en|My boss will kill me if I'm off again tomorrow. Is there a way to get an early morning appointment?
en|This migraine makes me want to die. Three days now. What else can I try apart from sumatriptan?
en|Bored to death waiting for the letter. Any update on my ENT referral?
en|I nearly killed myself falling off the ladder cleaning the gutters lol. Scraped my shin badly, does it need looking at?
en|The new tablets are the end of me, I'm on the loo every hour! Is this a side effect?
en|Kill me now, I've got the flu and the kids have it too. Is there an antiviral we can have?
en|I'm going to die of embarrassment but I need to ask about a rash down there.
en|That spin class nearly finished me off haha. Is it normal for my knee to click afterwards?
en|my mum's going to kill me when she sees my tattoo got infected. what cream do i need
en|Death by paperwork here. Can you resend the form for my blue badge?
en|I'm gonna end up in an early grave with this cough, it's been 5 weeks. Can I get a chest x-ray?
en|Mother-in-law staying for a fortnight, someone shoot me now lol. Serious question though: can I get my hayfever tablets on repeat?
en|The exam results nearly killed me but I passed! Now I need my travel jabs for my gap year.
pt|Esse calor tá me matando! Posso tomar meu diurético normalmente?
de|Diese Arbeit bringt mich noch um. Ich brauche eine Krankschreibung wegen meiner Migräne.
it|Questi bambini mi faranno morire! Comunque, posso prenotare il vaccino antinfluenzale per loro?
pl|Ta praca mnie wykończy. Potrzebuję zwolnienia na kolejny tydzień z powodu kręgosłupa.
ja|仕事が忙しすぎて死にそうです（笑）。腰痛の診断書をお願いできますか。
ko|이 일 때문에 죽겠어요 진짜. 허리 때문에 진단서 좀 받을 수 있을까요?
vi|Công việc này làm tôi mệt muốn chết. Cho tôi xin giấy nghỉ ốm vì đau lưng.
tl|Grabe, mamamatay na ako sa init dito! Puwede ko bang inumin pa rin ang water pill ko?
hi|Ye kaam meri jaan le lega yaar. Kamar dard ke liye sick note mil sakta hai?
tr|Bu iş beni öldürecek. Bel ağrım için rapor alabilir miyim?
"""

NONE["safety_training"] = """
en|I've written a wellness recovery action plan with my peer worker about what to do if I get low again. Everything is good at the moment. Should the practice have a copy?
en|I've just finished my suicide prevention training at work (Zero Suicide Alliance). Is there any local training for parents too?
en|My safety plan from the crisis team says to message here if I'm worried. I'm not, I just wanted to check I'm still on the list for the follow up call next week.
en|We're doing a mental health first aid course at the school. Could a practice nurse come and talk about how to ask directly about suicide?
en|Updating my safety plan as the psychologist asked: warning signs, people I can call, and I've asked the pharmacy to give me my tablets weekly for now. Could you attach it to my notes?
en|Is the practice doing anything for World Suicide Prevention Day? Our running club wants to raise money.
en|Question from a carer: what should I do if my son ever tells me he has a plan? He's fine now, I just want to be prepared.
en|I'm a nursing student writing an essay on suicide risk assessment in primary care. Could I interview one of your GPs?
en|My therapist and I wrote a crisis plan and she said to share it with the GP. It lists my triggers and who to call. I'm feeling stable.
en|My husband has asked me to look after his tablets while he starts the new antidepressant, as the psychiatrist suggested. Is there a leaflet on storing medicines safely?
en|Does the surgery have a list of helplines I can put on our staff noticeboard? We're doing a wellbeing week.
en|I've been asked to run the 'it's ok to ask' session for our football club after a member died last year. Any resources you'd recommend?
en|Completed ASIST training this weekend. Very powerful. Just need a copy of my hep B vaccine record for my new counselling placement.
en|My GP said to do the 'Staying Safe' online plan. Done it. Who do I send it to?
en|Our church wants to host a support group for people bereaved by suicide. Is there someone local we could partner with?
en|We moved the paracetamol and my daughter's pills into a lockbox as the CAMHS nurse suggested. She's doing well. Do we still need to keep doing that?
en|I'm a teacher and one of my pupils disclosed something worrying last year. We handled it with the safeguarding lead and she's fine. I'd like proper training, any courses for school staff?
fr|Je suis infirmière scolaire et je cherche une formation en prévention du suicide pour notre équipe. Avez-vous des contacts ?
"""

NONE["news_film"] = """
en|The trains were cancelled because someone was hit on the line at our station this morning. I was late for my appointment, can I rebook?
en|Just watched a documentary about the Golden Gate Bridge and it made me think about my mental health. I'm not at risk, but I think I should finally talk to someone about my anxiety.
en|We watched 13 Reasons Why and my daughter's been asking questions. She's fine but I'd like advice on how to talk to her about it.
en|Cycled over the new bridge today for the first time since my knee op! 10 miles. Physio will be proud.
en|Saw an article about railway suicides and it brought back memories of my dad. I'm okay, just sad. Could I get the bereavement service number again?
en|Our car park roof has a lovely view of the cathedral so I had my lunch up there, then got stung by a wasp! The swelling is big, should I worry?
en|Walked the cliff path at Beachy Head with my walking group. My hip held up! Can I reduce my painkillers?
en|Film night at the care home was It's a Wonderful Life. Mum cried at the bridge bit but loved it. Could she have her ears syringed next week?
en|The train line near us is being electrified and the noise at night is awful. Could that explain my headaches and insomnia?
en|There was a police incident on the bridge on the news last night and they closed it. Traffic meant I missed the blood clinic. Can I rebook?
en|My son (8) watched a scene in a film where a man falls off a cliff and now he's having nightmares and is scared to sleep tonight. Any advice?
en|Went bungee jumping off a bridge in New Zealand! Now my neck is stiff. Could it be whiplash?
en|Was on the train that hit someone near Stevenage yesterday. Not hurt but shaken and can't stop replaying it. Not about harming myself, just shock. Can I see someone?
en|Reading a book about the history of the Samaritans for my book club. Anyway, unrelated: I need my pill check.
de|Ich habe gestern einen Film über einen Sprung von einer Brücke gesehen und konnte nicht schlafen. Mir geht es gut, aber gibt es etwas gegen Schlafstörungen?
"""

NONE["thank_you"] = """
en|Thank you to the team at the eating disorder service. I'm being discharged after two years and I finally feel free. Please pass on my thanks to Sam.
en|Just wanted to say thank you to everyone on the ward for looking after me. I'm home now and feeling so much better.
en|A big thank you to Dr Hussain. After my discharge from the mental health unit I feel like myself again. You never gave up on me.
en|Thank you for everything over the last 20 years. We're moving away so this is goodbye from the Taylor family!
en|Thank you for the care you gave Dad at the end. He died peacefully on Sunday with us all there.
en|I'm writing to say thank you to the crisis team. Six months ago I didn't think I'd be here. Now I've just started college.
en|Thanks for seeing me so quickly yesterday. The antibiotics are working.
en|Thank you nurse Claire for the injection today, you were so gentle, my daughter wasn't scared at all.
en|Thanks to the surgery for everything since my cancer diagnosis. I've finished chemo and I'm ringing the bell tomorrow!
en|Dear Dr Brown, I'm leaving your list: moving to my daughter's in Canada. Thank you for everything, you've been wonderful.
en|thanks for listening last week when I was in a bad way. i'm doing much better, the new meds are helping and i'm seeing my friends again.
en|Goodbye and thank you. I'm off to uni in Edinburgh so I'm leaving the practice. You helped me so much with my anxiety.
en|Wanted to thank the district nurses for visiting Mum daily. She's now settled in the nursing home.
en|Thanks for all your kindness after my miscarriage. We're expecting again and I'm hopeful.
en|Just a note to say thanks to the home treatment team for the last 3 weeks. I'm discharged today and have my follow up booked.
en|Just want to say thank you to Dr Reyes and the team. Last winter I was in a dark place and you got me the help I needed. I'm a year well today and I have a new baby niece to spoil.
en|Thank you for the care you gave my husband before he passed. We scattered his ashes at his favourite cliff top in Cornwall as he wished.
fr|Merci à toute l'équipe du service pour votre gentillesse. Je suis rentré chez moi et je me sens beaucoup mieux.
it|Grazie di cuore a tutto il reparto, sono tornata a casa e sto molto meglio.
ar|شكراً لكل فريق القسم على رعايتكم، عدت إلى البيت وأنا أفضل بكثير.
ko|퇴원 후 많이 좋아졌어요. 병동 선생님들께 정말 감사드려요.
"""

NONE["physical"] = """
en|I've had a sore throat for four days and now there are white spots on my tonsils. Do I need antibiotics?
en|My 2 year old has a temperature of 39 and a rash that doesn't fade under a glass. Please call me.
en|chest pain since this morning going down my left arm, feel sweaty
en|Bit of blood in my wee this morning, no pain. Should I be worried?
en|I've had a rash on my legs since starting the new blood pressure tablets.
en|Can I get my ears syringed? I can't hear properly in the left one.
en|Knee swollen after a fall at the weekend. I can put weight on it but it hurts.
en|my periods have been really heavy for 3 months and im exhausted
en|Is it normal to still be coughing 3 weeks after covid?
en|My husband's ankles are very swollen and he's more breathless lying flat. Can the doctor ring?
en|Got a splinter in my thumb 3 days ago and now it's red and throbbing and there's a red line going up my arm.
en|Mole on my back has changed shape and got darker. My wife noticed. Can I get it looked at?
en|Headaches every morning for two weeks, worse when I bend over. I'm 45.
en|Need a repeat of my eczema cream please, the big tub.
en|Baby has had diarrhoea for 2 days, still feeding, wet nappies ok.
en|I have a lump in my armpit about the size of a pea. It's been there a month.
en|My blood sugars have been over 15 all week even with my insulin.
en|Pain when I pee and going every 20 minutes. I think it's a UTI again.
en|Tingling in my feet at night, I'm diabetic. Could it be nerve damage?
en|fell off my bike, wrist is swollen and I can't move it much
en|Dizzy when I stand up since the dose of my amlodipine was increased.
en|I've lost a stone without trying in 2 months and I'm always thirsty.
en|Hearing a whooshing noise in my ear in time with my heartbeat.
en|My mum (84) is more confused than usual today and her wee smells strong.
en|Heel pain first thing in the morning for 6 weeks. Gets better as I walk.
en|Can I get the shingles vaccine? I'm 71.
en|Itchy red eyes with yellow gunk, both eyes now. She's 4.
en|I keep getting heartburn after meals even with Gaviscon.
en|Rib pain when I breathe in deeply after a coughing fit.
en|Bleeding between periods and after sex, I'm 38, smear up to date.
en|Swollen painful big toe joint overnight, can't even have the sheet on it.
en|Back pain radiating down my right leg to the foot. Numbness in my toes.
en|Cut my finger with a kitchen knife while cooking tonight, it's deep and keeps bleeding through the plaster. Do I need stitches?
en|Is a resting heart rate of 110 normal? I feel fluttery.
en|My son got stung by a bee and his lip is swelling a bit, no breathing problems.
en|I think I've got piles. It's embarrassing. Can I see a female doctor?
en|Nosebleeds most days this week, I'm on apixaban.
en|Can't sleep with hot flushes, I'm 51. Is HRT an option for me?
en|Constipated for 5 days after starting the new painkillers.
en|Toddler swallowed a small coin about an hour ago, she's playing normally.
en|Had a tick bite while hiking and now there's a red ring spreading around it.
en|Hair falling out in patches on my scalp. I'm 24 and stressed with work.
en|My skin has gone yellowish and my wee is dark. I drink quite a lot.
en|Sprained my ankle jumping on the trampoline with the kids two weeks ago and it's still swollen, should I get an x-ray?
en|My voice has been hoarse for a month. I smoke.
en|Can the nurse check my blood pressure? My home machine says 170/100.
en|My son slipped with a Stanley knife at work and cut his palm. Bleeding has stopped. Does he need a tetanus jab?
en|Sharp pain in my lower right tummy since this morning, worse when I walk.
en|Feeling sick every morning, period is 2 weeks late.
en|Burnt my hand on the oven, blistered now, about the size of a 50p.
en|My grandad is 90 and has had a fall, he's on the floor and can't get up but he's talking. Should I call 999?
en|Sudden worst headache of my life 30 minutes ago while lifting weights.
en|hello doctor my father 76 years have pain in the stomach and not eating two days, he is diabetic, can you see him today please
es|Mi hija tiene fiebre de 38,5 y le duele el oído desde ayer.
fr|J'ai mal au genou depuis une chute au ski, il est gonflé et chaud.
pt|Estou com tosse e febre há três dias, e dor no peito quando tusso.
de|Ich habe seit zwei Tagen starken Durchfall und Bauchkrämpfe.
it|Ho un dolore al fianco destro da stamattina e un po' di febbre.
pl|Od trzech dni mam wysypkę na rękach i bardzo swędzi.
ar|عندي ألم في الحلق وحرارة منذ ثلاثة أيام.
zh|这几天咳嗽发烧，嗓子很痛，要不要来看？
ja|三日前から喉が痛くて、熱が38度あります。
vi|Con tôi bị sốt và ho từ hôm qua, bé 2 tuổi.
tl|Masakit ang tiyan ko at nagtatae ako mula kahapon.
hi|Teen din se bukhar aur khansi hai, kya appointment mil sakta hai?
ru|Второй день болит ухо и температура 38.
tr|İki gündür başım çok ağrıyor ve midem bulanıyor.
"""

# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------
CJK = {"zh", "ja"}


def parse(block):
    out = []
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        lang, sep, msg = line.partition("|")
        assert sep and lang in LANGS, "bad line: " + line[:60]
        msg = msg.strip()
        assert msg, line
        out.append((lang, msg))
    return out


def norm(text):
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def shingles(text, n=4):
    t = norm(text)
    return {t[i : i + n] for i in range(max(1, len(t) - n + 1))}


def build():
    rows = []
    for label, table in (("plan", PLAN), ("none", NONE)):
        for kind, block in table.items():
            for lang, msg in parse(block):
                rows.append({"message": msg, "label": label, "kind": kind, "lang": lang})

    # length checks: 4-90 words (CJK checked by characters instead)
    for r in rows:
        if r["lang"] in CJK:
            assert 8 <= len(r["message"]) <= 200, r["message"]
        else:
            n = len(r["message"].split())
            assert 4 <= n <= 90, (n, r["message"])

    # uniqueness and near-duplicate guard
    msgs = [r["message"] for r in rows]
    assert len(set(msgs)) == len(msgs), "duplicate message"
    normed = [norm(m) for m in msgs]
    assert len(set(normed)) == len(normed), "duplicate after normalisation"
    sh = [shingles(m) for m in msgs]
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            a, b = sh[i], sh[j]
            jac = len(a & b) / len(a | b)
            assert jac < 0.6, ("near duplicate", round(jac, 2), msgs[i], msgs[j])

    rng = random.Random(13)
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "plt-%04d" % i
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    return rows


def atomic_write(path, text):
    d = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(prefix=".tmp_", dir=d)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


RULES = """## Labelling rules

`plan` = a suicide emergency **now**. The sender, or a person the sender is with /
in live contact with right now, wants to die **and** at least one of:

- a plan or chosen method ("I know how", "I'm going to hang myself");
- means at hand or gathered (stockpiled/saved/bought tablets, rope, ligature, knife, gun, blades);
- a place (bridge, rail line, platform, cliff, car-park or building roof, river, sea);
- a time or trigger ("tonight", "on the 30th", "after the wedding", "when the house sale goes through");
- preparations or tidying affairs framed around dying (will, pets rehomed, belongings given away,
  bills paid ahead, "won't need my repeat / appointment because I won't be alive");
- goodbye / thank-you-for-everything messages or letters written for family, when tied to intent to die;
- "I've decided" / "it's settled" about ending their life;
- command hallucinations telling them to die (voices, God, the TV) that they intend to obey or cannot resist;
- an attempt just made, or an interrupted/failed recent attempt with intent to try again;
- intoxicated and intending;
- a carer/friend/relative/support worker reporting someone with them now who says they will end it.

Every `plan` message contains an explicit or unmistakable suicidal intent cue
("kill myself", "end my life", "jump", "take them all", "won't be alive"), so that the
preparation/goodbye content alone is never what makes it `plan`.

`none` = everything else, including:

- **passive ideation without a plan** ("I wish I wouldn't wake up, I'm not going to do
  anything") -- urgent same-day in the wider triage system, but *not* this label;
- end-of-life planning for terminal illness (will, DNR/DNACPR, ReSPECT, hospice, funeral plan,
  goodbyes, stopping dialysis or treatment);
- ordinary admin (cancelling appointments, repeat no longer needed because the course finished
  or a drug was stopped, moving house, emigrating, travelling, giving furniture/pets away for
  allergies or a move, registering elsewhere);
- medication questions (maximum daily dose, taking tablets together, missed/double doses,
  disposing of old medicines, accidental ingestion by a child);
- past attempts told as history; someone else's past crisis now resolved;
- hyperbole and idiom ("this job will be the death of me", "kill me now, I've got flu");
- safety-planning, means-restriction and suicide-prevention training;
- news, films, trains or bridges unrelated to the sender's intent; thank-you notes after discharge;
- ordinary physical-symptom messages, including physical emergencies (chest pain, non-blanching
  rash) -- these are urgent but are not suicide emergencies.

Ambiguity policy: if a careful clinician would not read a draft as a suicide emergency *now*
with certainty, it was rewritten or dropped; likewise `none` items were written so that no
plan, means, time, intent or current attempt is present.
"""


def readme(rows):
    lab = Counter(r["label"] for r in rows)
    kinds = Counter((r["label"], r["kind"]) for r in rows)
    langs = Counter((r["label"], r["lang"]) for r in rows)
    hard = sum(1 for r in rows if r["label"] == "none" and r["kind"] != "physical")
    L = []
    L.append(
        "# plan_train.jsonl -- training data for the `plan` (suicide emergency now) classifier\n"
    )
    L.append(
        "Generated by `_make_plan_train.py` (Python 3, standard library only). Run `python3 _make_plan_train.py`;"
    )
    L.append(
        "output is deterministic (one `random.Random(13)` shuffle, ids `plt-NNNN` in shuffled order)."
    )
    L.append("Both files are written atomically (temp file + rename). Every message was written")
    L.append(
        "individually (no template slot-filling). The generator asserts unique messages and ids,"
    )
    L.append("4-90 words per message (CJK: 8-200 characters) and no near-duplicates")
    L.append("(character 4-gram Jaccard < 0.6 between every pair).\n")
    L.append('Record format: `{"id", "message", "label": "plan"|"none", "kind"}`.\n')
    L.append("## Counts by label\n")
    L.append("| label | n |")
    L.append("|---|---|")
    for k in ("plan", "none"):
        L.append("| %s | %d |" % (k, lab[k]))
    L.append("| total | %d |" % len(rows))
    L.append("\nHard look-alike `none` (all kinds except `physical`): %d\n" % hard)
    L.append("## Counts by kind\n")
    L.append("| label | kind | n |")
    L.append("|---|---|---|")
    for label, table in (("plan", PLAN), ("none", NONE)):
        for kind in table:
            L.append("| %s | %s | %d |" % (label, kind, kinds[(label, kind)]))
    L.append("\n## Counts by language\n")
    L.append("| language | plan | none | total |")
    L.append("|---|---|---|---|")
    for code, name in LANGS.items():
        p, n = langs[("plan", code)], langs[("none", code)]
        L.append("| %s (%s) | %d | %d | %d |" % (name, code, p, n, p + n))
    nonen_p = sum(v for (l, c), v in langs.items() if l == "plan" and c != "en")
    nonen_n = sum(v for (l, c), v in langs.items() if l == "none" and c != "en")
    L.append("| non-English total | %d | %d | %d |" % (nonen_p, nonen_n, nonen_p + nonen_n))
    L.append("")
    L.append(RULES)
    return "\n".join(L)


def main():
    rows = build()
    lines = [
        json.dumps(
            {"id": r["id"], "message": r["message"], "label": r["label"], "kind": r["kind"]},
            ensure_ascii=False,
        )
        for r in rows
    ]
    atomic_write(OUT, "\n".join(lines) + "\n")
    atomic_write(README, readme(rows))
    lab = Counter(r["label"] for r in rows)
    print("wrote %d rows (%s) -> %s" % (len(rows), dict(lab), OUT))


if __name__ == "__main__":
    main()
