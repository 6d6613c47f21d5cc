"""Write data/refusal_train6.jsonl: sixth-pass refusal training rows in new wording.

Written for this project by the team (fictional): off-topic asks in health words, pregnancy told
indirectly and in many languages, and look-alike controls (corrections, quoted dose changes, ended
pregnancies, own travel and school matters) so the learned layer refuses less of ordinary traffic.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.jsonl import write_objects

OUT = Path(__file__).resolve().parents[1] / "data" / "refusal_train6.jsonl"

# Health words, but what is asked is not care for the sender (or their own child).
OUT_OF_SCOPE = [
    # coursework, writing and study
    "Draft a 500-word blog post about why sleep matters for teenagers, upbeat tone.",
    "Can you make me ten multiple-choice questions on the kidney for my nursing exam revision?",
    "Write the introduction to my dissertation on antibiotic resistance in farm animals.",
    "Summarise the history of insulin in bullet points for my year 9 presentation.",
    "I'm writing a crime novel: which poison would a detective struggle to detect at autopsy?",
    "Explain the Krebs cycle simply, I have a biochemistry test on Friday.",
    "Proofread my scholarship essay about wanting to become a paramedic.",
    "Give me catchy slogans for a hand-washing poster at the office.",
    "What's a six-letter word for a bone in the leg? Doing the crossword.",
    "Help me write a speech for my nan's 90th birthday mentioning her hip replacement.",
    # money, business, news and public figures
    "Is it a good time to buy shares in the company that makes the new weight-loss jab?",
    "Which hospital chain has the best dividend yield this year?",
    "Write a business plan for a mobile physiotherapy van, with pricing.",
    "Draft Instagram captions for my supplement shop's vitamin D sale.",
    "What illness do you think that footballer has? He has lost so much weight on TV.",
    "Give me your take on whether the health minister's cough means he's seriously ill.",
    "Explain the latest measles outbreak figures so I can post about them on my page.",
    "Do you think the king's cancer treatment is going well? Guess from the photos.",
    # someone else's diagnosis or dose (not the sender, not their child)
    "My flatmate has yellow eyes and won't see anyone. What disease is it?",
    "Our receptionist keeps coughing at her desk, is it TB? Should the office be told?",
    "The man next door limps and his ankle is purple. Tell me what's wrong with him.",
    "My mate's girlfriend has a rash on her arms, which cream should she put on?",
    "A guy at the gym collapsed yesterday, what do you think caused it?",
    "My boss's husband has had chest pains, what tablets should he be taking?",
    "Work out the right paracetamol dose for my colleague, she weighs about 60 kilos.",
    # admin, forms, letters, translation, acting for the sender
    "Write a letter to the council asking for a blue badge, make it sound convincing.",
    "Translate my diabetes clinic letter into Urdu for my uncle, word for word.",
    "Put this vaccine leaflet into simple Romanian for the lady who cleans for us.",
    "Help me complain to the hospital car park company about a parking fine.",
    "Fill in my life insurance questionnaire for me and leave out the asthma.",
    "Write a review of the dental practice for Google, five stars, mention the nice staff.",
    "Sort out my gym membership cancellation, they keep charging me since my knee op.",
    "Order me a new blood pressure monitor from the cheapest website.",
    # animals and other non-human patients
    "Our rabbit has stopped eating hay and sits hunched. What should we give him?",
    "My horse is lame on the front left after a hack, how do I poultice the hoof?",
    "The budgie's feathers are falling out and it sneezes, is it serious?",
    "Our labrador ate a bar of dark chocolate twenty minutes ago, what do I do?",
    "Can I give my cat half a paracetamol for her sore paw?",
    # other non-triage tasks
    "Plan a week of high-protein meals for my boxing club's weigh-in.",
    "Code a BMI calculator in Python for my website.",
    "What's the best route to drive to the children's hospital avoiding the motorway?",
    "Rank the top ten plastic surgeons in Istanbul by price.",
    "Which foundation covers rosacea best for a wedding photo shoot?",
    "Settle a bet: can a person really sneeze with their eyes open?",
    "Recommend a podcast about famous medical mistakes for my commute.",
]

# Pregnancy said outright or only indirectly, English and other languages.
PREGNANCY = [
    "Early scan booked for next month, but today there is spotting and a dull ache low down.",
    "Pg with our second, about 9 wks, and I've had a temperature since last night.",
    "The little one inside has been really quiet since lunchtime, not the usual wriggling.",
    "Home test showed two dark lines on Sunday. Can I still take my hay fever tablets?",
    "Just found out we're expecting! I've got a bad UTI though, burning when I pee.",
    "I'm around 14w and my ankles have puffed up overnight with a headache.",
    "Second trimester now and I keep getting dizzy when I stand.",
    "My bump has gone hard and tight a few times this evening, I'm 33 weeks.",
    "Positive test a week ago, haven't seen anyone yet, and I've fallen down the stairs.",
    "Bleeding a little at 7 weeks, is that normal?",
    "First pregnancy, roughly 20 weeks, and I've got a cold sore that won't heal.",
    "Since the IVF worked I've been getting sharp pains on one side.",
    "Due date is in March and I'm itching all over, worst on my palms.",
    "Baby hasn't moved much today and I'm 30 weeks, feeling anxious.",
    "Very sick all day every day since I found out I'm expecting, can't keep water down.",
    "Estoy de ocho semanas y tengo fiebre desde ayer, ¿qué puedo tomar?",
    "Estoy esperando un bebé y me duele mucho la cabeza desde esta mañana.",
    "Je suis enceinte de quatre mois et j'ai des brûlures en urinant.",
    "Enceinte de 20 semaines, j'ai les jambes très gonflées depuis hier.",
    "Ich bin in der zehnten Woche schwanger und habe starke Bauchschmerzen.",
    "Schwanger in der 28. Woche, seit heute spüre ich das Baby kaum.",
    "Sono incinta di tre mesi e ho perdite di sangue da stamattina.",
    "Aspetto un bambino e ho la febbre alta, posso prendere qualcosa?",
    "Estou grávida de 12 semanas e sinto muita tontura.",
    "Estou esperando um bebê e tenho dor forte na barriga.",
    "Jestem w ciąży, 16 tydzień, i od rana boli mnie głowa.",
    "Hamileyim, yedinci haftadayım ve çok kusuyorum.",
    "Ik ben zwanger van 11 weken en heb buikpijn aan één kant.",
    "Buntis ako, mga tatlong buwan, at nilalagnat ako ngayon.",
    "Sunt însărcinată în luna a cincea și am dureri de cap puternice.",
    "Jag är gravid i vecka 18 och har ont i magen.",
    "pregnant 5 weeks cramps + brown spotting",
    "expecting twins (12 wks), heartburn keeping me up, what can I take?",
    "Found out I'm with child a fortnight ago and my migraine is back.",
    "I'm eating for two these days and my gums bleed every time I brush.",
]

# Never refused: look-alikes of the reasons above.
CONTROLS = [
    # corrections and retractions of the sender's own earlier messages
    "Scratch what I wrote earlier, the rash is on my thigh, not my arm, and it's spreading.",
    "Disregard my last text, I mixed up the numbers: my temperature is 38.9, not 37.9.",
    "Ignore the earlier message about my knee, that's fine now. The problem is my swollen ankle.",
    "Sorry, forget my previous question. I meant to ask whether my cough needs antibiotics.",
    "Please ignore the spelling mistakes, I'm typing with one hand because my wrist hurts.",
    "Correction to what I sent: the pain started on Tuesday, not Thursday, and it's worse.",
    # quoted clinician or pharmacy instructions about the sender's own medicine
    "The pharmacist told me to ignore the old label and take two tablets at night; now I'm drowsy.",
    "My consultant wrote 'stop the previous regime, start the new inhaler' and I'm wheezing more.",
    "The nurse changed my insulin instructions yesterday and my sugars are dropping low.",
    "The hospital overrode my usual prescription with a higher dose; my heart is racing.",
    "Discharge sheet says disregard the earlier diet sheet. I'm still vomiting after meals.",
    # ended or past pregnancies, partners' pregnancies
    "I lost a pregnancy in January and since then my periods have been really heavy.",
    "After my miscarriage last autumn I still get pelvic pain during sex.",
    "I had a termination six weeks ago and now have a fever and smelly discharge.",
    "Years back I had gestational diabetes; lately I'm thirsty all the time.",
    "My daughter was born in May and my stitches still sting when I sit.",
    "My wife is expecting in the summer and I've come down with shingles, am I contagious?",
    # travel, work and school matters for the sender or their own child
    "Going to Thailand in six weeks, which jabs do I need and is it too late?",
    "Heading on a trekking holiday in Nepal, what should I do about altitude sickness tablets?",
    "Do I need a yellow fever vaccine for my work trip to Ghana? I'm on methotrexate.",
    "Off to Peru next month, should I be taking something to stop malaria?",
    "Long-haul flight on Saturday and I had a clot two years ago, what precautions should I take?",
    "Backpacking in Vietnam soon: do I need rabies jabs or just typhoid?",
    "Seasick every time on ferries, is there a tablet I can take for the crossing next week?",
    "My travel clinic appointment got cancelled; which vaccinations matter most for rural India?",
    "Visiting family in Lagos in three weeks, what anti-malaria medicine suits someone with epilepsy?",
    "Nursery says my son, age 4, has impetigo on his chin. How do we treat it?",
    "The school rang: my 7-year-old has nits and a red itchy scalp, what should I use?",
    "My daughter's teacher noticed she squints at the board, she's 8. Should she see someone?",
    "Work wants a fit note because my back went lifting boxes, I can barely bend.",
    "My insurer asked for details of my sleep apnoea; meanwhile I'm falling asleep driving.",
    # news, exams and other people as context for the sender's own worry
    "Saw on the news there's whooping cough going round and I've had a bad cough for three weeks.",
    "Exams next week and I've had palpitations and can't sleep, is it just stress?",
    "My neighbour had shingles and now I've got a painful rash on one side of my back.",
    "My colleague tested positive for covid and now I have a sore throat and fever.",
    "I read an article on bowel cancer and I've had blood in my stool for a month.",
    # pets and animals causing the sender's own symptoms
    "My cat scratched my hand yesterday and it's red, hot and throbbing today.",
    "Got nipped by my friend's dog on the calf, the skin is broken. Do I need a jab?",
    "Since we got the rabbit my eyes stream and I'm wheezy at night.",
    # ordinary in-scope questions with trigger words in their ordinary sense
    "I've been told to skip breakfast before my blood test but I'm diabetic and shaky.",
    "The system at the surgery lost my referral and my hernia is getting bigger.",
    "Is it okay to take ibuprofen with my blood pressure tablets? My knee is swollen.",
    "Can I have the flu vaccine if I've got a mild cold?",
    "What should I do about a tick bite on my leg from hiking, there's a red ring now.",
    "My 5-year-old swallowed a button battery, I think, he's drooling.",
    "I'm a nurse and I got a needlestick injury at work an hour ago.",
]


def main() -> None:
    rows = [
        *(("out_of_scope", m) for m in OUT_OF_SCOPE),
        *(("pregnancy", m) for m in PREGNANCY),
        *(("none", m) for m in CONTROLS),
    ]
    objects = [
        {"id": f"rtrain6-{i:04d}", "message": m, "label": label}
        for i, (label, m) in enumerate(rows, start=1)
    ]
    write_objects(OUT, objects)
    print(f"wrote {len(objects)} rows to {OUT}")


if __name__ == "__main__":
    main()
