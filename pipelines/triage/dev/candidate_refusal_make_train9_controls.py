#!/usr/bin/env python3
"""Generate data/offtopic_train9_controls.jsonl (controls for the everyday off-topic head): hard-negative controls (label none) and close
out_of_scope twins for the out-of-scope refusal detector. One message per line
in the blocks below; lines starting with '#' are section headers. Ids rtrain9c-NNNN in
file order. Run: python pipelines/triage/dev/candidate_refusal_make_train9_controls.py"""

import difflib
import json
import os
import re
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "offtopic_train9_controls.jsonl")

NONE = r"""
# A1 results via insurer / life-insurance medical
The life insurance paramedic did bloods last week and their letter says my PSA is 6.8. Is that high for 54? Nobody here has ever checked it.
hi, got a letter from my insurer's wellness program saying my A1c came back 6.9%. I thought I was just "borderline". does this mean diabetes now?
Life insurance exam flagged protein in my urine (2+). I feel totally fine. Do I need to come in or just repeat it?
My insurance company declined my policy because of an "abnormal ECG" from their exam, something about a right bundle branch block. Should I be worried about my heart? I'm 41 and run 3x a week.
The underwriting nurse took my BP three times and it was 168/104 every time. I've never had high blood pressure. Should I do something before my physical in March?
Insurer sent me my cholesterol numbers from the paramed exam: LDL 212, total 290. That seems really high?? my dad had a heart attack at 50
Hello. The insurance medical found my liver enzymes are raised (ALT 148). I do have a few beers most nights. What does this mean for me and what should I do? Thanks, Marek
got my results from the insurance check, hep C antibody positive. i'm kind of freaking out. what happens now
My insurer mailed me one of those home stool tests and it came back positive. I'm 52, no symptoms at all. What's the next step for me?
The insurance nurse's machine kept saying "irregular" when she took my pulse. I have noticed my heart fluttering at night sometimes. Should someone check that?
Life insurance blood test says my TSH is 0.05. I've lost about 15 lbs without trying and my hands shake. is this my thyroid??
Quick one - the insurers medical report says my BMI is 31 and fasting glucose 118. Is that prediabetes and what should I be doing about it?
# A2 results via employer / occupational health
Work did a hearing test for everyone on the factory floor and I failed on the left. I've had ringing in that ear for a couple months too. Do I need to see ENT?
Our company health fair did finger-prick glucose and mine was 310 (I had eaten). I've been peeing a lot and really thirsty lately. should I worry
Occupational health read my TB skin test for the new hospital job as 14mm. I feel fine, no cough. What do I need to do?
My employer's biometric screening says my hemoglobin is 9.1. I do get really out of breath on the stairs. Is that anemia?
The employer spirometry for the paint shop says my lung function is "reduced, obstructive pattern". I get wheezy at night. Do I have asthma?
HR's wellness vendor flagged my vitamin D at 9. Is that low enough that I need a prescription dose, or is the drugstore stuff fine?
Work eye screening (we're on screens all day) says I have high eye pressure in both eyes. What does that mean, is it glaucoma?
Hi, the site medic checked my bp after I felt dizzy on the scaffolding today - 82/50. I'm home now and still lightheaded every time I stand. Should I be seen?
Company annual physical - their doctor said I have a heart murmur and to follow up with my own doctor. Never been told that before. How urgent is it?
The lab my job uses for lead monitoring says my blood lead is 38. I've had stomach cramps and headaches for weeks. Is this dangerous?
# A3 results via blood bank / plasma centre
I tried to donate blood today and they turned me away because my hemoglobin was 10.8. My periods have been really heavy. Should I take iron or get checked?
The blood bank sent a letter saying my donation tested reactive for hepatitis B and I shouldn't donate again. What does that mean for me? Do I need treatment?
Red Cross said my pulse was 118 at the donation screen and wouldn't let me give. I've felt my heart racing on and off for a week. Anything I should do?
gave blood yesterday and the arm where the needle went is now swollen, purple, and my fingers are tingly. normal bruise or something else
Donated plasma this morning and nearly passed out in the car after. I'm home but still clammy and there's a crushing feeling in my chest. what should i do
The blood service wrote that my sample had a "positive syphilis screen, confirmatory pending". I'm mortified. Do I need to get tested or treated here?
I've donated platelets every 2 weeks for a year and now I bruise super easily on my legs. Could the donating be doing that or is it something else?
Blood bank BP check was 172/96 - they let me donate anyway. I'm 63 and not on any meds. Should I book in?
# A4 results via gym / school / pharmacy kiosk / DTC test
My gym does body comp scans and the trainer's cuff read 190/115, he said I shouldn't train today. I have a mild headache. Is that an emergency?
School nurse did vision screening and sent a note home that my son (8) failed the right eye. He has been squinting at the board. Who should he see?
The school scoliosis check letter says my 12 year old daughter's back is "uneven". Does she need an x-ray? She does complain of backache after netball.
Did one of those ancestry DNA tests and it says I carry a BRCA2 variant. What should I actually do with that? My aunt had ovarian cancer.
The CrossFit box did a VO2 test and my heart rate shot up to 220 and stayed there a couple of mins, I got dizzy. I'm 29. Should I get checked before I train again?
My daughter's sports physical at her high school (she's 15) - the volunteer doctor heard an "extra sound" and wants clearance before track. She fainted once while running. Is that serious?
The uni health fair did a free HIV rapid test and mine was reactive. They said get a confirmatory test. Can I do that here and how soon?
Gym scale says my body fat went from 22% to 30% in two months even though I'm eating less, and my ankles are puffy by evening. Is something wrong?
# B forms and letters with a clinical question
Flying to Lisbon 9 days after my lap gallbladder removal and the airline wants a fit-to-fly letter. Honestly my right calf is a bit sore and swollen - is it even safe for me to fly?
My employer needs a return-to-work note after my concussion (came off my bike 2 weeks ago). I still get headaches if I look at a screen for more than an hour. Am I actually ready to go back?
Need FMLA paperwork for my knee replacement later this month. Also - how much pain is normal in the first two weeks? I want to know if I should plan for more time off.
DMV sent me a vision form for my license renewal. Thing is, the last month my left eye has gone blurry and straight lines look wavy. Should I come in before I fill it out?
School wants a form saying my son (10) can go on the overnight camp. He's had two asthma attacks this spring and is using his blue inhaler a lot. Is he ok to go, and should we step up his preventer?
Hi - I need a letter for a jury duty deferral because I'm on chemo (cycle 3 next week). Right now my temp is 38.3 and I feel shivery. Do I need to do anything about that?
my boss wants a doctors note for 3 days off with the stomach bug. I'm still having diarrhea 6-7 times a day and feel dizzy. is that still normal on day 4?
The disability form asks how long I'll be off after the hernia repair. The wound has started leaking yellowish stuff and is red around the edges. Is it infected?
Need my CDL medical card renewed. Lately I've been getting chest tightness walking up hills that goes away when I rest. Should I get checked before the exam?
Scuba course form says I need a doctor's sign-off because I ticked "asthma". I haven't used an inhaler in 3 years. Is diving actually safe for me?
The gym wants a medical clearance since I'm 67 and had a stent in 2019. I'd like to start weight training - are there limits I should stick to?
Cruise line form asks if I'm fit to travel 6 weeks after my hip replacement. Still on one crutch. Do I need a blood thinner for the flights, and is it safe at all?
HR wants a fitness-for-work cert after my back surgery. I still have numbness down my right leg and now some trouble starting to pee. Is that expected?
I need a medical certificate for an exam extension. I've had a headache for 5 days, the worst I've ever had, and today my neck is stiff and light hurts my eyes. Can I be seen?
My pilot medical (class 2) is coming up and I started sertraline 2 months ago. I'm feeling a lot better - should I be thinking about coming off it, and how?
The airline needs a MEDIF form so I can bring oxygen. My COPD has been worse this week, more breathless and green phlegm. Should I still travel on Friday?
School needs an allergy action plan signed for my 7yo. Last week his lips swelled up after cashews. Should he carry an EpiPen now?
Work wants proof I'm fit to return after covid. It's been 3 weeks and I still get out of breath on stairs and my heart races. Is that normal?
Applying to the fire service and the fitness test needs a doctor's sign off. In practice runs I've nearly blacked out twice. Should I be checked first?
Filling in the DVLA form about my seizure last month. Before I send it - I've had two more zoning-out spells this week. Should my meds be changed?
The visa medical for Canada found a shadow on my chest x-ray and told me to get it looked at. I have had a cough for 2 months and night sweats. What do I do?
Need a sick note for the last 2 weeks, I hurt my back lifting a wardrobe. The pain now goes down my leg to my foot. Do I need a scan?
League needs a form saying I'm cleared after my ACL reconstruction. The knee still gives way sometimes when I turn. Should the surgeon see it before I play?
hey, uni housing needs a letter for a ground floor room because my kneecap dislocated twice this term. is there anything that can be done for it, physio or something?
Summer camp form for my daughter (9) asks for her meds. She's on methylphenidate - should she take a break from it over summer or keep going?
Travel insurance asks if I have any "ongoing investigations" - I'm waiting on a colonoscopy for blood in my stool. It's been more frequent this week and I feel weak. Should it be sooner?
Employer wants a note for light duties after my wrist fracture. Cast came off last week but my hand is swollen, shiny and hurts when anything touches it. Is that normal?
Need a medical for my taxi licence. Honestly is my sugar control good enough? Readings have been 14-18 and I'm weeing loads.
Sports day consent form for my 11 yo asks about heart problems. He gets chest pain and goes pale when he runs, I assumed it was a stitch. Should he be checked first?
My FMLA intermittent leave is for Crohn's flares. I'm on day 5 of one now, bloody stool 8 times a day and a fever. Should I be seen?
# C1 contraception changes
I'd like to come off the pill and get a coil instead, the pill makes me queasy every morning. Which coil would suit me and do I keep taking the pill until it's fitted?
Can I switch from the combined pill to the mini pill? I'm 36 and I've started getting migraines with flashing lights before them.
I want to stop the Depo shot. How long until my periods come back, and will the weight come off?
Had my implant 3 years and I've been bleeding on and off for 6 weeks. Can I get it taken out or swapped for something else?
hiya, my hormonal coil is due out next month and I'm 48. Do I need another one or am I covered by menopause now? also the hot flushes are killing me lol
Can I run my pill packs back to back to skip my period on holiday? I'm on Rigevidon.
Switched to the patch 2 weeks ago and now my left calf is swollen and painful. Could that be related?
Hello, I had the copper IUD put in Tuesday and since yesterday I've got bad pelvic pain and a temp of 38.4. Is that normal cramping?
I'd like to go back on the pill after a year off. Can you reissue my old prescription? I've had a few bad headaches recently though, not sure if that matters.
Condom split last night. Is it too late for the morning-after pill or would the copper coil be better? I'm on lamotrigine if that matters.
Been on Yasmin 10 years, I'm 35 and smoke about 5 a day. A friend said that's dangerous at my age - should I change to something else?
Vasectomy was 3 months ago and I've done the sample. Still a dull ache in my left testicle. Is that normal and when can we stop other contraception?
# C2 brand / generic switches
Pharmacy switched my levothyroxine to a different maker and since then I'm exhausted and my heart's pounding. Could that be the switch?
My plan will only cover generic Eliquis now. Will apixaban from another maker work the same? I can't risk a clot with my AFib.
The new generic of my Wellbutrin XL looks different and I've had headaches and felt low since starting this batch. Is that a known thing?
Got a different generic of my levetiracetam this refill. Is that safe? I had a breakthrough seizure years ago when my pills were changed.
I'd like to switch from Lantus to the biosimilar my plan covers. Same dose? Sugars are ok at the moment.
Chemist gave me a generic inhaler that's a different shape and I don't think I'm getting the full puff - I'm more wheezy this week. What should I do?
My ADHD meds are on shortage and the pharmacy offered another brand of methylphenidate ER. Is it the same dose for me or do I need a new script?
# C3 stopping / pausing / timing medicines around life events
Can I stop my statin for a 2-week cruise? I'd rather not deal with muscle aches on the excursions.
Ramadan starts next week - how should I take my metformin and gliclazide while I'm fasting?
I want to stop my citalopram. I feel better and my new partner doesn't like me being on meds. Can I just stop it?
Going trekking at altitude in Peru. Do I keep taking my amlodipine or pause it, and do I need anything for altitude sickness?
Can I drink at my sister's wedding on Saturday? I'm on metronidazole, last dose is Friday.
Ran out of my prednisolone 2 days ago (20mg for the last 3 months) because of the house move. I feel awful, dizzy and vomiting. Can I just restart it?
I'd like to stop my blood pressure tablets. I've lost 20kg this year and my home readings are around 110/65, and I get dizzy when I stand up.
Can I pause Ozempic for a 3 week holiday since I can't keep it in a fridge? Do I restart at the full dose when I'm back?
Pharmacy didn't have my bisoprolol so I've gone without since Monday. Heart's been racing at 140 since this morning and my chest feels tight.
Having a tooth out Thursday and the dentist said to ask you whether I should stop my clopidogrel before.
Festival this weekend - is it ok to drink on sertraline? Also it's been making me sweat loads, is that normal?
I want to come off omeprazole after 6 years. Do I taper? Last time I stopped, the heartburn was horrible.
Can I stop the finasteride? Libido has been low since I started and it's affecting my relationship.
Can I take a 3 month supply of warfarin backpacking and skip my INR checks? I feel fine on it.
Started a new job with night shifts. How do I time my Lantus (usually 10pm) now that I sleep during the day?
# D life stress then a symptom
Working rotating night shifts at the warehouse for 3 months. Now I can't sleep even on days off, I'm lying awake till 5am. Is there anything that helps that isn't addictive?
Rent went up again and I'm working two jobs. The past few weeks my heart does flip-flops in the evening and I can feel it in my throat. Stress or something else?
Going through a divorce. I haven't really eaten in two weeks and I keep thinking everyone would be better off without me. I don't know who else to tell.
Exams start Monday. Burning in my upper stomach every night, worse lying down, tums help a bit. Is it just stress?
We moved house last weekend and since then I've had a constant headache and feel sick whenever I'm indoors. My partner has it too. The boiler is really old.
New puppy = no sleep lol. but I also keep getting itchy welts on my arms and my eyes are streaming. am i allergic to him?
Lost my job last month. Low mood, no motivation, sleeping 12 hours a day. Not suicidal, just flat. Can I talk to someone?
My mum died in March and I still cry every day and can't concentrate at work. Is this normal grief or should I get help?
Wedding planning is killing me, my left eyelid has been twitching for 2 weeks nonstop. Should I worry?
Caring for my dad full time and haven't slept properly in months. Now I get sharp chest pains when I'm stressed, lasting a few seconds. Is that anxiety?
Started a PhD in a new country and barely know anyone. The panic attacks are back, 3 this week. Last time I was on sertraline - can I restart it?
The lease dispute with my landlord has me so wound up. I've had a tension headache every day for 3 weeks and take paracetamol most days. Is that bad?
Been driving trucks 14 hrs a day. Now my right leg is swollen from the knee down, warm and sore. Just from sitting too long?
Finals + coffee + energy drinks... my heart was 150 at rest this afternoon and I felt faint. It's 110 now. Do I need to go in?
Kids back at school, juggling everything, and my period today is flooding through a pad every hour. I feel a bit faint. Is that stress?
Bankruptcy hearing next week. I've started drinking most of a bottle of wine a night to sleep. I want to cut down but I'm shaky and sweaty in the mornings.
Since the house fire I keep getting flashbacks and can't sleep in the dark. It's been 2 months. What help is there for me?
New job in a cold storage warehouse - my fingers go white then blue in there and hurt when they warm up. What is that?
Packing boxes all week for the move and now my lower back is killing me, can't stand straight. Is ibuprofen ok? No numbness or anything.
Stressful week at work (audit). Diarrhoea on and off, cramps, and today some blood on the paper. IBS flare or should I get it checked?
my boyfriend and I broke up and since then my eczema has gone wild on my hands and neck, cracking and weeping. can I get something stronger than hydrocortisone
Working from home since the office closed, I sit 10 hrs a day. Neck and shoulder pain and now tingling in my right fingers at night. Anything I can do?
Just became a foster carer to two teenagers. I'm exhausted and my hair is coming out in clumps. Could it be stress or should I get bloods done?
Night shift nurse here - I've been taking melatonin and zopiclone together to sleep in the day for months. Is that safe long term?
Minor car accident three days ago, didn't think I was hurt. My sister says I was confused this morning and I've been vomiting, and my neck is stiff.
Uni deadlines have me living on toast and energy drinks. I'm 20 and I get a sharp pain on the left of my chest when I breathe in. Is that anything?
Money stress about the mortgage and I've realised I grind my teeth. Jaw clicks and aches and I get ear pain on that side. Dentist or you?
My son (14) is stressed about exams and has started skipping meals and losing weight fast. He says he's "fat". I'm worried it's an eating disorder.
Twins' birthday party prep all day and now I've got a headache nothing like my usual migraines, came on like a thunderclap and it's the worst ever.
Since starting at the bakery I have a runny nose and wheeze at work that gets better at weekends. Could I be allergic to flour?
# E1 sport and hobbies
Training for a marathon in April and my left shin hurts on every run now, and one spot is really tender to press. Shin splints or stress fracture?
During my 10k yesterday I got a pressure in my chest and went grey, sat down and it passed. I'm 56. Is that worth mentioning?
Started bouldering and my middle finger is swollen at the base, something popped when I was on a crimp. Do I need an x-ray?
Playing 5-a-side and took a ball to the face. Now I see double when I look up.
Doing a charity cycle from London to Paris next month. I get numbness in my groin after long rides - normal or bad?
Got tackled at rugby yesterday and banged my head. Since then I can't remember parts of the match and I've thrown up twice.
Started keto to cut for my bodybuilding show. My breath smells like nail polish, I feel really sick and breathless today. I'm type 1.
Inside of my elbow aches after a round of golf and gripping a mug hurts. Golfer's elbow? What helps?
Swimming every morning now and my right ear is itchy, sore and leaking a bit. swimmer's ear?
Tennis last night - felt like someone kicked the back of my calf, heard a pop, and now I can't push up on my toes.
Keen gardener here, pricked by a rose thorn a few weeks ago. Now there's a line of red lumps going up my forearm.
Doing some DIY with the grinder and got a bit of metal in my eye. It's red, watering and feels like something is still in there.
Spent yesterday painting the spare room and woke up with a rash on my hands and my eyelids are swollen. Reaction to the paint?
# E2 travel
Back from Kenya 10 days ago. Fever of 39 since last night with chills and a headache. I did take my malaria pills... mostly.
Going to Thailand in 6 weeks. Which jabs do I need, and is it ok to fly with my asthma inhaler in my hand luggage?
Long-haul flight back from Sydney 2 days ago. Now I'm short of breath on the stairs and get a pain under my right ribs when I breathe in.
On holiday in Spain and got stung by a jellyfish on my leg, red whip marks and burning. What should I put on it?
Travellers diarrhoea since coming back from Mexico, day 9 now. Watery, no blood, but I'm wiped out. Do I need antibiotics?
Flying to Canada next week - is it ok to skip my CPAP on the overnight flight? I've also been waking up gasping lately even with it on.
Just back from camping in Wisconsin. There's a bullseye red rash on my thigh where I pulled a tick off last week. Do I need antibiotics?
Got bitten by a monkey at a temple in Bali yesterday and it broke the skin. Do I need rabies shots?
# E3 food
Went to a food festival and had satay. Now my throat feels tight, my lips are swelling and it's hard to swallow.
Tried a new sushi place Friday, since then vomiting and diarrhea, can't keep water down and haven't peed since this morning.
Went vegan in January. Lately my feet tingle and I'm so tired. Could that be B12?
Ate some wild mushrooms I foraged on a walk about 6 hours ago, now bad stomach cramps and vomiting.
Started intermittent fasting 18:6 and I get shaky and sweaty around noon. I'm on gliclazide for diabetes, is that a problem?
Cooking class tonight and I sliced my fingertip on the mandoline. It's bled through 3 plasters in 20 mins. Does it need stitches?
# E4 pets
We got a cat and since then my chest is tight at night and I'm wheezing. I've never had asthma. Do I need an inhaler?
My dog bit my hand when I broke up a fight with another dog yesterday. Today it's red, swollen up to the wrist and throbbing.
Since I started cleaning out the parrot's cage I've had a dry cough and fever for a week. Someone said birds can make you ill?
Scratched by a stray kitten a couple weeks ago, now I've got a tender lump in my armpit and a low fever. Cat scratch fever?
The vet said our dog has ringworm and now I've got round itchy patches on my forearm. What cream do I need?
# E5 tech and wearables
My smartwatch says my resting heart rate is 42. I feel fine but I'm not especially fit. Should I be worried?
Apple Watch keeps notifying "possible AFib". I do feel a bit fluttery. What should I do?
My fitbit shows my oxygen dipping to 84% at night and my wife says I snore really loud and stop breathing. Do I need a sleep study?
Home BP cuff I bought online says 182/121 this morning and I have a headache and blurry vision.
My Libre alarmed at 2.9 overnight three times this week. I'm on insulin. Should my dose change?
Pulse oximeter says 89% sitting down. I have a cold and I'm more breathless than usual.
The watch ECG app says sinus rhythm but my heart keeps skipping when I lie on my left side. Is that ok?
Gaming long hours and my wrist and thumb hurt when I use the controller, also my eyes are dry and burning. Any tips?
# E6 news and media
Read in the news that metformin was recalled for a contaminant. I take metformin - should I stop?
Saw an article saying PPIs cause dementia. I've been on omeprazole for years. Should I worry?
There was a story on TV about Ozempic and pancreatitis. I'm on it and have had upper stomach pain going through to my back since yesterday.
News says there's a measles outbreak in our city. I'm not sure I ever had the MMR as a kid. Should I get it now?
Heard on a podcast that statins cause diabetes. My sugar was a bit higher on my last test. Should I stop my atorvastatin?
There's been a bird flu story about dairy farms. I work on one and I've had red eyes and a cough for 3 days. Should I get tested?
Saw the valsartan recall list and my batch number matches. What should I take instead?
I read that ibuprofen is bad for the kidneys. I take 2 a day for my knees and I have stage 3 CKD. Should I switch?
# F cost and access
Can't afford my inhaler anymore (Symbicort went up to $300). Is there a cheaper one that works the same? I've been rationing it and I'm wheezy.
Lost my insurance and insulin is insane. I've been stretching my vials by taking less and my sugars are 15-20 lately. What are my options?
Is there a cheaper generic for the EpiPen? Mine expired and I have a severe peanut allergy.
My deductible reset and I can't afford Eliquis this month. Can I take aspirin instead for a few weeks? I have AFib.
Pharmacy quoted $90 for the antibiotic you sent. Is there a cheaper one that treats my UTI just as well? Still burning a lot.
I can't afford physio after my shoulder surgery. Are there exercises I can safely do at home?
The ER is so expensive. I've got a cut on my palm that's gaping open - can I come to the clinic instead?
Can I split my 20mg lisinopril tablets in half instead of buying the 10s? It would save me a lot.
No car till payday and the clinic is 30 miles away. My ankle is still swollen a week after I twisted it and I can't put weight on it. Can I do a video visit?
Lost my job and insurance. I'm on quetiapine and lithium with 4 days left. What happens if I run out?
CGM sensors aren't covered anymore. Is it safe to go back to finger sticks with my insulin pump?
Is store-brand loratadine as good as Claritin? My hay fever is awful this year and I'm not sleeping.
I can't afford a dentist right now. My tooth abscess has made my face swell up under my eye and I have a fever.
Co-pay for my Humira went up. Could I space the injections to every 3 weeks instead of 2? My Crohn's is quiet right now.
Cheapest way to keep an eye on my blood pressure? Last reading here was 160/100 and I can't afford lots of visits.
Can I use my roommate's leftover amoxicillin for my sore throat instead of paying for a visit? There are white spots on my tonsils.
Hearing aids cost a fortune. My hearing in one ear got a lot worse suddenly over the last 2 days - can I just buy the cheap OTC ones?
Parking costs more than the appointment. Can you order my A1c at the lab near work instead? Also my feet have been tingling more.
Medicaid stopped covering the nicotine patches. Is the gum just as good? I'm 6 weeks quit and really don't want to slip.
My daughter (16) needs her acne medication but it's $400. Any cheaper options that work? Her skin is starting to scar. Thanks, Ines
"""

OOS = r"""
# third-party results / screening (no clinical question)
The life insurance company wants my medical records from the last 5 years. How do I send them over?
Which life insurer gives better rates for non-smokers, Aviva or Legal & General?
My employer's wellness program pays $200 if I complete the screening. Is that taxable income?
What are the Red Cross hours on Saturday? Our church is doing a blood drive and I want to plan the carpool.
The paramedical exam was meant to be free but I got an $80 bill. Who do I dispute that with, you or the insurer?
Does my gym membership count as an HSA-eligible expense?
The school nurse wants my son's vaccination record. Can you email it to the school office?
My coworker's cholesterol was 280 at the company health fair. What should she do about it?
I work in HR and I'm setting up biometric screening for our staff. Which vendor would you recommend?
Is it legal for my employer to require a drug test for a fully remote job?
# forms and letters, pure paperwork
Please fill in the dates on my FMLA form - leave starts the 3rd and ends the 28th. The fax number is on the form.
Can the doctor just sign my DMV vision form? I already passed the eye test at the counter, they only need a signature.
What's the fax number for sending my disability paperwork to the insurer?
My son's school lost the sports physical form we handed in last month. Can you send them a copy?
My employer keeps rejecting my doctor's note because it isn't on letterhead. What are my rights here?
What's the deadline for returning the jury duty excuse form?
Can I get a printed copy of my immunisation record for my new job?
My friend needs a fit-to-fly letter for her trip. She isn't a patient here - can your doctor write one for her?
Does the emergency contact on the summer camp form have to be a relative?
What's the difference between FMLA and short-term disability pay?
# medicines and products, not about own care
Which pill organiser is better for morning and evening doses, the Amazon one or the Walgreens one?
Is Novo Nordisk or Lilly the better stock to buy right now with all the GLP-1 hype?
My neighbour takes warfarin and asked me if she can drink cranberry juice. What should I tell her?
Which pharmacy downtown has the shortest wait for pickups?
How do I get the pharmacy app to send refill reminders to my new phone?
What does "bioequivalent" mean? I'm writing an essay on generic drug regulation for my pharmacology class.
A friend gave me her leftover Ozempic pens. Am I allowed to sell them on Facebook?
Why is it called "the pill"? Just curious about the history.
I'm writing a blog post about the history of the copper IUD. When was it invented?
The vet prescribed gabapentin for my dog. Can I give him my own gabapentin instead to save money?
# life stress, no health ask
Can you write a letter to my landlord saying I shouldn't be evicted? I'm behind on rent.
Do you know a good divorce lawyer in the area?
Can you help me study for my anatomy exam? What are the bones of the wrist?
Moving to another state next month. How do I transfer my records to a new practice there?
Best crate training method for a new puppy who cries all night?
My night shift roster clashes with my kids' school pickup. How do I ask my manager for a schedule change?
My sister is going through a divorce and isn't sleeping. What can I say to support her?
Is stress leave paid in California?
What's a good budgeting app? money stress is real lol
I'm writing a novel where the main character has panic attacks. What would one feel like for her?
# hobby / sport / travel / food / pets / tech / news, no own-health ask
Training for a marathon - what's a good 16-week plan to get under 4 hours?
Which smartwatch has the most accurate heart rate sensor, Garmin or Apple?
Read in the news that a new Alzheimer's drug was approved. How does it work? Just curious.
My cat keeps sneezing since we moved. Should I take her to the vet?
Any restaurants near the clinic with good gluten-free options? I have a long gap between appointments.
Do I need a visa for Thailand as a US citizen?
My running buddy collapsed on our group run last week and is still in hospital. What could have caused it?
What's the world record for the fastest marathon?
My dog was bitten by the neighbour's dog. Does the neighbour have to pay the vet bill?
How do I sync my Fitbit with the patient portal app?
Saw the news about the measles outbreak - how many cases have there been in the state so far?
Which travel insurance is best for a ski trip to Austria?
# cost and access, no clinical ask
Can you explain this charge on my bill? I was billed twice for the same visit.
What are the parking rates at the main hospital garage?
Does the clinic take Apple Pay?
Which Medicare Advantage plan should I pick for next year?
How do I apply for the hospital's charity care program? I just need the form.
Is there a cheaper gym than Planet Fitness in town?
My brother can't afford his inhaler. Where can he get a cheaper one?
Can I pay off my balance in monthly installments?
"""


def parse(block, label):
    rows = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        rows.append({"message": line, "label": label})
    return rows


def validate(rows):
    errs = []
    seen = set()
    for i, r in enumerate(rows):
        if set(r) != {"message", "label"}:
            errs.append(f"{i}: bad keys {sorted(r)}")
        if r["label"] not in ("none", "out_of_scope"):
            errs.append(f"{i}: bad label {r['label']}")
        m = r["message"]
        if not isinstance(m, str) or not m.strip():
            errs.append(f"{i}: empty message")
        if not m.isascii():
            errs.append(f"{i}: non-ascii {m!r}")
        key = re.sub(r"\W+", " ", m.lower()).strip()
        if key in seen:
            errs.append(f"{i}: duplicate {m!r}")
        seen.add(key)
    # near-duplicate check (templated copies)
    msgs = [r["message"].lower() for r in rows]
    for i in range(len(msgs)):
        for j in range(i + 1, len(msgs)):
            if difflib.SequenceMatcher(None, msgs[i], msgs[j]).ratio() > 0.75:
                errs.append(f"near-dup {i}/{j}: {rows[i]['message']!r} ~ {rows[j]['message']!r}")
    return errs


def main():
    rows = parse(NONE, "none") + parse(OOS, "out_of_scope")
    errs = validate(rows)
    c0 = Counter(r["label"] for r in rows)
    if c0 != Counter({"none": 200, "out_of_scope": 60}):
        errs.append(f"expected none=200 out_of_scope=60, got {dict(c0)}")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(OUT), prefix=".refusal_ctl.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for i, r in enumerate(rows, 1):
                row = {"id": f"rtrain9c-{i:04d}", **r}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    # re-read and re-validate the written file
    with open(OUT, encoding="utf-8") as f:
        back = [{k: v for k, v in json.loads(l).items() if k != "id"} for l in f]  # noqa: E741
    assert back == rows and not validate(back)
    c = Counter(r["label"] for r in back)
    print(f"wrote {OUT}: {len(back)} rows; " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    main()
