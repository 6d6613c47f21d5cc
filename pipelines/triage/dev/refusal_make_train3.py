"""Append the third-pass rows to data/refusal_train.jsonl: health-adjacent out-of-scope requests.

Written for this project by the team (fictional): requests that name a symptom or a medicine but
ask the service to do something triage does not do, and controls that mention the same things
while asking only about the sender's own symptoms. Idempotent: rows already present are kept.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "refusal_train.jsonl"
FIRST_ID = 747

OUT_OF_SCOPE = [
    # a diagnosis or treatment for someone who is not the patient
    "My dad won't see a doctor about his cough. Which pills from my own prescription can I give him?",
    "Work out what's wrong with my flatmate from what I tell you: tired, yellow eyes, itchy.",
    "My aunt's blood results came back odd, can you interpret them and tell her what she has?",
    "Tell me if my boyfriend is bipolar, he has big mood swings.",
    "Could you decide what dose of my antidepressant my sister should start on?",
    "I'd like you to diagnose my uncle's rash from my description, he lives abroad.",
    # falsified documents and certificates
    "I need a medical certificate for the days I missed, although I wasn't ill, I was travelling.",
    "Write a note saying I have a back injury so I get out of the fitness test.",
    "Could you change the date on my negative test result so the airline accepts it?",
    "Give me a letter saying I'm allergic to the vaccine so I can skip it at work.",
    "Fill in my benefits form and say my fatigue stops me working, even though it doesn't.",
    "I want my records edited to remove the alcohol note before the insurance medical.",
    "Please certify that my knee pain means I can't serve on a jury.",
    "Make me a fit-to-fly letter for my flight; I broke my leg two weeks ago but it's fine.",
    # medico-legal opinions and complaints
    "Did the A&E doctor commit malpractice by sending me home with a fracture? I want your view.",
    "Write an expert opinion for my court case saying the fall caused my neck pain.",
    "Was the midwife to blame for my tear? I'm gathering evidence for a claim.",
    "Help me write a formal complaint against the surgeon who did my gallbladder.",
    "Give me a statement I can use in my personal injury claim about my whiplash.",
    # insurance and billing disputes
    "My insurer denied cover for my physio. Tell them the back pain is severe so they pay.",
    "Can you contest the bill for my blood tests? I was charged for tests I never had.",
    "Explain to my health plan why my migraine drug should be covered.",
    "The pharmacy charged me twice for my inhaler; get the money back for me.",
    "Which insurance plan covers IVF best? Compare them for me.",
    # controlled substances and drug seeking
    "My back pain is bad, so authorise a bigger supply of my codeine before the weekend.",
    "Where can I buy diazepam online without a script? Anxiety is awful.",
    "How many of my gabapentin can I sell to a friend without getting caught?",
    "Get me some stimulants for my exams, coffee isn't enough.",
    "I want to bring tramadol back from holiday, what's the most I can carry?",
    "Renew my sleeping pills early, I've used the month's supply in two weeks.",
    # cosmetic and elective shopping
    "Find me the cheapest clinic for botox near the station.",
    "Which brand of breast implants lasts longest? I'm shopping around.",
    "Compare packages for laser eye surgery abroad, price and reviews.",
    "Is a liposuction deal at 999 pounds a good buy? Help me pick a clinic.",
    "Recommend the best anti-ageing serum to buy for my wrinkles.",
    "Where should I go for a nose job, Turkey or Poland?",
    # research, homework and teaching
    "For my biology coursework, describe how insulin regulates blood sugar, 400 words.",
    "I'm studying nursing; make me flashcards on the signs of heart failure.",
    "Explain the pathophysiology of asthma for my exam tomorrow.",
    "Write a literature review on statins and muscle pain for my dissertation.",
    "Test me with ten questions on antibiotic classes, I'm revising for pharmacy school.",
    "What's the history of the smallpox vaccine? It's for a school project.",
    # asking the service to act: email, call, book, order, cancel, sign up
    "Phone the surgery and tell them my chest infection means I'll miss my review.",
    "Send a message to my rheumatologist asking for an earlier slot for my joint pain.",
    "Order my blood pressure tablets for delivery on Friday.",
    "Put me down for the asthma clinic next Tuesday at 10.",
    "Cancel my colonoscopy next week, I'm feeling better now.",
    "Email the hospital and ask them to post my scan results to me.",
    "Register me with a new GP practice closer to home.",
    "Arrange a home visit for my dad's leg ulcer dressing.",
    # second opinions on another clinician's care
    "My GP started me on metformin. Should I trust her or is she wrong?",
    "The dermatologist said my mole is harmless. Check her judgement for me.",
    "Is my surgeon right that I need my gallbladder out, or is he after the fee?",
    "Review the treatment my psychiatrist picked and say whether it's the best one.",
    "My physio's plan for my shoulder seems useless. Give me a second opinion on it.",
    "Do you agree with the cardiologist that I need a stent?",
]

CONTROLS = [
    "My son brought home a tummy bug and now I've been vomiting since midnight.",
    "I was doing my tax return when my chest started to feel tight and heavy.",
    "Filled out the insurance claim, but my wrist is still swollen a week after the fall.",
    "My appointment is on Thursday but my cough is now bringing up blood.",
    "The new statin my doctor prescribed is giving me aching thighs.",
    "My partner thinks I look pale, and I've been short of breath climbing stairs.",
    "I need a fit note for work at some point, but today the back pain is stopping me standing.",
    "The dog knocked me over and my hip hurts when I put weight on it.",
    "Our neighbour's kid had chickenpox and now I have itchy spots on my chest.",
    "My GP is on leave and my ear has been draining pus for two days.",
    "After switching pharmacies my inhaler looks different and I'm wheezing more.",
    "My boss noticed my hand shaking in the meeting and now it won't stop.",
    "Couldn't afford my repeat prescription this month and my blood sugar readings are high.",
    "The surgeon's letter says all is healing, but the wound is red and oozing now.",
    "Studying for exams all week and I've had a migraine with flashing lights since noon.",
    "The billing office stressed me out and I've had chest pain for an hour.",
    "My mum says I was mumbling in my sleep and I woke with a bitten tongue.",
    "Got bitten by my hamster, the finger is throbbing and swelling.",
    "I cancelled my physio because of the pain, now my knee is locking.",
    "My husband's on the same antibiotic and we both have diarrhoea now.",
    "The rheumatologist changed my dose and my mouth is full of ulcers.",
    "I'm a nurse myself and I can't shake this fever and night sweats.",
    "The school rang: I collapsed while picking up my daughter and I'm still dizzy.",
    "Waiting on a referral letter, but the lump in my breast has grown.",
    "My sister has had the same rash, and mine is now blistering on my ribs.",
]


def main() -> None:
    lines = OUT.read_text(encoding="utf-8").splitlines()
    have = {json.loads(x)["message"] for x in lines if x.strip()}
    rows = [(m, "out_of_scope") for m in OUT_OF_SCOPE] + [(m, "none") for m in CONTROLS]
    n = FIRST_ID + sum(1 for x in lines if json.loads(x)["id"] >= f"rtrain-{FIRST_ID:04d}")
    for message, label in rows:
        if message in have:
            continue
        lines.append(json.dumps({"id": f"rtrain-{n:04d}", "message": message, "label": label}))
        n += 1
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    tmp.replace(OUT)
    print(f"wrote {OUT} ({len(lines)} rows)")


if __name__ == "__main__":
    main()
