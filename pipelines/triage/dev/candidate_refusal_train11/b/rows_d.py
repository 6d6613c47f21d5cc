# none: near-twins of the settled-health messages, but with a real, current health concern
# of the sender (or a child aged 3+, or a relative they care for). Sub-kind: none_health_twin.

ROWS = [
    (
        "none_health_twin",
        "Sugars were great all month BUT since Sunday I've been up peeing 4 or 5 times a night and I'm so thirsty I'm drinking jugs of water. Is the diabetes going off again? I was going to ask you for a cake recipe for my grandson but that can wait.",
    ),
    (
        "none_health_twin",
        "booked lisbon for friday, 3 hr flight. can I fly with my calf like this? left one has been swollen and sore since tuesday and it's warm to touch",
    ),
    (
        "none_health_twin",
        "Knee replacement is 8 months out and I walk 3 miles easily, but this week the bottom of the scar has gone red and hot and there's yellow stuff leaking out of it. Should someone look? Was going to ask what to get my physio as a gift lol",
    ),
    (
        "none_health_twin",
        "Quit smoking 9 months ago and mostly feel amazing, but I've had a cough for 6 weeks that won't shift and this morning there was a streak of blood in what I brought up. Is that the lungs clearing out or something to worry about?",
    ),
    (
        "none_health_twin",
        "migraines were basically gone on the new shot but the last 3 days I've woken with a headache that's worse when I bend over. I missed the shot last week. Should I just take it now or come in?",
    ),
    (
        "none_health_twin",
        "Dear team, my blood pressure had been normal since March, but with the cruise coming in September I started checking again and the last two mornings it read 175/105 with a pounding headache. Should anything change before I go? Kind regards, Brenda",
    ),
    (
        "none_health_twin",
        "thyroid came back perfect last time but lately my hands shake, my heart races at night and I've lost 6 lbs without trying. could the dose be too high now?",
    ),
    (
        "none_health_twin",
        "Gallbladder op was six weeks ago and I was fine, but since yesterday my eyes look yellowish, my wee is dark like cola and I'm itchy all over. Is that normal after the operation?",
    ),
    (
        "none_health_twin",
        "House is chaos with the volcano project due Friday. Anyway my daughter is 8 and her asthma had been quiet for months, but since last night she needs the blue inhaler every 3 hours and it only helps a bit. Do we need to bring her in today?",
    ),
    (
        "none_health_twin",
        "Eye question please. I had the cataract operation on the right eye in the spring and could see beautifully, but since last night that eye has gone blurry again, red and aching. I am 78 and on my own. What should I do?",
    ),
    (
        "none_health_twin",
        "Weight's down 30 lbs and A1c is normal so thank you. I was going to ask about puppy food but actually the metformin has started giving me diarrhoea 4 or 5 times a day this week. Can I stop it now my sugars are good?",
    ),
    (
        "none_health_twin",
        "Hip replacement 1 year anniversary last week, and I was fine until Monday. Getting out of the car something clunked and now there's sharp pain in my groin when I walk, and that leg looks shorter. Pasta salad question can wait!",
    ),
    (
        "none_health_twin",
        "Shoulder repair healed and I'm back on the bike, but I start a warehouse job next week and for the past few days the shoulder clicks and hurts lifting overhead again. Do I need the surgeon to see it before I start?",
    ),
    (
        "none_health_twin",
        "Anxiety much better with therapy and I'm proposing Saturday!! But since the sertraline went up 10 days ago I've had diarrhoea, the shakes and I feel wired all the time. Is that the increase?",
    ),
    (
        "none_health_twin",
        "colonoscopy was all clear last year thank you. had a tax question too but mostly, I've had bright red blood on the paper for 2 weeks and it hurts when I go. piles again or get checked?",
    ),
    (
        "none_health_twin",
        "wedding in 3 weeks and the eczema which had totally cleared has come back on both hands worse than ever, cracking and weeping. can I get something stronger before the big day",
    ),
    (
        "none_health_twin",
        "My iron was normal at the last check and the tiredness had gone, but since the weekend I'm breathless on the stairs, my heart's racing, and this period has been really heavy. We fly to Florida in February. Should I get bloods again?",
    ),
    (
        "none_health_twin",
        "Depression had lifted and I went back to work, but over the last two weeks it's creeping back. Can't get out of bed at weekends, crying in the car. No thoughts of hurting myself. Should the dose go up or should I see someone? I've been on 50 mg for a year and it worked brilliantly until now. Nothing has changed at home that I can think of, except the clocks going back and the dark evenings. My partner noticed before I did, to be honest. I'd rather not wait six weeks for a routine review if something can be done sooner, but I also don't want to waste anyone's time.",
    ),
    (
        "none_health_twin",
        "14 months sober and I've been asked to give a toast, which is fine. But this week I've been shaky and sweaty in the mornings even though I haven't had a drink, and my stomach is killing me up top under the ribs. Is that normal?",
    ),
    (
        "none_health_twin",
        "Gout's been fine on allopurinol for a year but the big toe went red, hot and agonising overnight, I can't bear the sheet on it. Do I stop the allopurinol during a flare?",
    ),
    (
        "none_health_twin",
        "Psoriasis clear on the injections, thank you! But I've had a fever on and off for a week, night sweats and a cough. Should I skip the next injection on Friday?",
    ),
    (
        "none_health_twin",
        "BP pill works great, 120/78 this morning, road trip all planned. But both my ankles have swollen up like balloons since I started it 3 weeks ago. Is that the pill?",
    ),
    (
        "none_health_twin",
        "Hello. My sugar very good now. But my foot, the big toe, there is black spot and bad smell since one week. I am diabetic. What I do?",
    ),
    (
        "none_health_twin",
        "Ankle healed and I ran the half marathon, but now my other knee swells after every run and sometimes locks so I can't straighten it. Ice and rest, or get it checked?",
    ),
    (
        "none_health_twin",
        "The nephrologist said my kidney function was stable, but this last week I'm puffy around the eyes every morning and my wee is frothy. Should the tests be repeated sooner?",
    ),
    (
        "none_health_twin",
        "new migraine pill is working, way fewer headaches, but i've got a tingly numbness in my fingers and toes since starting it and everything tastes weird, fizzy drinks especially. side effect?",
    ),
    (
        "none_health_twin",
        "To the surgical team: the hernia repair went perfectly, but now, 3 weeks later, there's a new soft bulge beside the scar when I cough. The bakery means a lot of lifting. Do I need to stop work?",
    ),
    (
        "none_health_twin",
        "rash had gone but it's come back all over my chest and tummy since I started the antibiotics for my chest infection, and it itches like mad. stop them?",
    ),
    (
        "none_health_twin",
        "I'd come off the sleeping tablets and was sleeping fine, but since my father-in-law died last week I haven't had more than 2 hours a night for 5 nights. Funeral's Friday and I'm giving the eulogy. Can I take a few again just for this week?",
    ),
    (
        "none_health_twin",
        "Graduated cardiac rehab! But on my walks this last week I get a tightness in my throat after about 10 minutes that goes away if I stop. It feels like before the stent.",
    ),
    (
        "none_health_twin",
        "My COPD was stable at the last review, breathing tests normal, but I've had a cold for a week and now I'm coughing up green phlegm and more puffed than usual. Do I start my rescue pack?",
    ),
    (
        "none_health_twin",
        "Blood tests were all normal in June. But yesterday in the shower I found a lump in my left breast about the size of a pea, doesn't hurt. I'm 66. The pension business can wait.",
    ),
    (
        "none_health_twin",
        "First year without hay fever thanks to the allergy shots, and we're going camping. But since last week my lips tingle and my throat itches whenever I eat a raw apple. Is that new allergy something to worry about?",
    ),
    (
        "none_health_twin",
        "B12 injections had sorted my energy but my tongue's gone sore and smooth and my feet are tingling again since the nurse cancelled my last injection. Can it be rebooked soon?",
    ),
    (
        "none_health_twin",
        "Hosting Thanksgiving for 22. The reflux was fine since I cut coffee but this week it's back with a vengeance, burning every night and I cough when I lie down. Can I go back on the omeprazole?",
    ),
    (
        "none_health_twin",
        "Achilles had healed, back to tennis. Then today on a serve it felt like someone kicked me in the back of the heel and I heard a pop. Can't go up on tiptoe on that side. Same leg as before.",
    ),
    (
        "none_health_twin",
        "my vit D level is back in range but my bones ache all over and my hands keep cramping. still on the high dose capsules, should I stop them?",
    ),
    (
        "none_health_twin",
        "Thank you, the removed mole was benign. Now there's a different one on my shin that bleeds on its own and has changed colour in the last month.",
    ),
    (
        "none_health_twin",
        "Pressure is good, the numbers are good. Only since the new water tablet I am very weak, dizzy when I stand up and my legs cramp at night. Edna",
    ),
    (
        "none_health_twin",
        "I was a year without seizures and about to apply for my licence back, but last night my wife says I had a shaking fit in my sleep and I bit my tongue. Do I still apply? What about the meds?",
    ),
    (
        "none_health_twin",
        "The H. pylori test was negative after treatment but the stomach pain is back after meals, same as before, and I've lost about 4 kilos. What now?",
    ),
    (
        "none_health_twin",
        "Thyroidectomy healed and I'm singing again, but today my fingers and lips keep tingling and my hands cramped into a claw twice. Is that my calcium?",
    ),
    (
        "none_health_twin",
        "a1c was 6.1 last month, best ever! but I've had two hypos this week, shaky and sweaty before lunch, and we're off to Portugal soon. should my dose come down?",
    ),
    (
        "none_health_twin",
        "Tennis elbow settled after the injection, but the skin where it went in has gone thin and white with a little dent. Is that normal, will it go back?",
    ),
    (
        "none_health_twin",
        "Gave back the CPAP after the weight loss and slept fine for a while, but my wife says the snoring and gasping are back and I nodded off at a red light yesterday. We're moving soon. Can I get retested?",
    ),
    (
        "none_health_twin",
        "my 6yo's asthma was 100% fine but since we got the gecko she's wheezy at night and coughing till she's sick. could she be allergic to it??",
    ),
    (
        "none_health_twin",
        "Crohn's remission 2 years and I'm writing a cookbook! But the last 10 days I've had 6 to 8 loose stools a day with some blood, and cramping. Is this a flare?",
    ),
    (
        "none_health_twin",
        "The heart failure clinic discharged me with my weight stable, until this week: up 3 kg in 4 days, ankles swollen, and I need 3 pillows to sleep. The property tax question can wait.",
    ),
    (
        "none_health_twin",
        "the bunion surgery healed fine but now the big toe joint is stiff and painful again with a new lump on top. prom in may lol help",
    ),
    (
        "none_health_twin",
        "Hearing aids have been great, but on Monday I woke up and my left ear was suddenly muffled with ringing, no cold or anything. It's not the aid, I've changed the battery. Should I be seen?",
    ),
    (
        "none_health_twin",
        "Scans clear a year after breast cancer and we're planning Italy. But my arm on the surgery side has swollen over the past week and my sleeve feels tight. Is it safe to fly?",
    ),
    (
        "none_health_twin",
        "diabetes under control but i keep getting thrush and itching down there, third time this year since the new diabetes tablet. is it the tablet?",
    ),
    (
        "none_health_twin",
        "Heel pain went with the insoles, but now the top of my foot hurts when I walk and it's swollen. I just upped my running to 40 miles a week. Stress fracture?",
    ),
    (
        "none_health_twin",
        "The fibro flare was over, but this week my knuckles are swollen and hot and I'm stiff for over an hour every morning. That's new. Could it be something else?",
    ),
    (
        "none_health_twin",
        "hysterectomy recovery was brilliant, back to zumba, but this week there's a heavy dragging feeling down below and I can feel a bulge. is that a prolapse?",
    ),
    (
        "none_health_twin",
        "My leg ulcer finally healed after 2 years, but now the skin around the old spot is red, hot and weeping again and my temperature's 38. Should I come back in?",
    ),
    (
        "none_health_twin",
        "Sleeping great with the CPAP, but this week the mask has rubbed an open crusty sore on the bridge of my nose. Do I stop using it until it heals?",
    ),
]
