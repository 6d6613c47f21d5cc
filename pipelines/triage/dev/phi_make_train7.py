"""Build phi_train7.jsonl: round-6 training items that teach what is NOT PHI in name-like words.

Eponymous diseases, signs and devices, brand-name drugs, place-named foods and ordinary words
that are also names, each mostly without PHI, beside possessive real names so that "X's" alone is
no cue. Written after phi_holdout6.jsonl was frozen, with other terms and wording; never scored
as held-out. Run: /work/venv/bin/python pipelines/triage/dev/phi_make_train7.py
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

# Same span conventions as phi_make_holdout6.py and phi_README.md.
MARKED = [
    # --- eponymous conditions, signs, tests and devices: not PHI
    "My dad was just diagnosed with Alzheimer's and keeps wandering at night.",
    "Could swollen glands in my neck mean Hodgkin's lymphoma?",
    "I have Sjogren's so my eyes are always dry.",
    "Wilson's disease runs in our family, do I need a copper test?",
    "Is Huntington's something they can test my kids for?",
    "The geneticist thinks it might be Marfan syndrome because he is so tall.",
    "My Ehlers-Danlos makes my shoulder pop out.",
    "He has Tourette's and the tics are worse with stress.",
    "They found Barrett's esophagus on the scope.",
    "My fingers are curling, the physio said Dupuytren's contracture.",
    "Pain between my toes, could it be Morton's neuroma?",
    "I think I tore my Achilles jumping off the step.",
    "The neuro exam showed a positive Babinski on the left.",
    "Romberg test was positive, she sways with eyes closed.",
    "Doing the Valsalva makes my heart rate drop.",
    "Heberden's nodes are making it hard to open jars.",
    "She fell on an outstretched hand, likely a Colles fracture.",
    "Lou Gehrig's disease took my uncle, I'm scared of the twitching.",
    "Is aspirin in kids really linked to Reye's syndrome?",
    "The rash peeling off after the new antibiotic, could it be Stevens-Johnson?",
    "Tinel's sign at the wrist was positive.",
    "My 11 year old has heel pain, the coach said Sever's disease.",
    "They did a Pap smear and the results were abnormal.",
    "The Gram stain showed gram-positive cocci.",
    "The Doppler of my leg was normal.",
    "Her Hickman line site looks red.",
    "The Mantoux test left a bump on my arm.",
    "Glasgow coma scale was 14 on arrival.",
    "Using the Bristol stool chart, it's a type 6.",
    "The ER used the Wells score and said no clot.",
    "My pelvic floor therapist told me to keep doing Kegel exercises.",
    "Is Horner's syndrome why my eyelid droops?",
    "Is Perthes disease why my son is limping?",
    "Wernicke's was on the list because of his drinking.",
    "Kaposi sarcoma was ruled out on the biopsy.",
    # --- brand-name drugs and products: not PHI
    "Can I take Zoloft and Lexapro together while switching?",
    "My Synthroid dose went up and now my heart races.",
    "Coumadin clinic says my INR is 4.1.",
    "Is it ok to stop Plavix before the dental work?",
    "The Humira injection site is itchy and red.",
    "Dupixent has cleared my eczema but my eyes are pink.",
    "Wegovy makes me nauseous every Sunday after the shot.",
    "Trulicity pen jammed, can I get another one?",
    "Farxiga gave me a yeast infection.",
    "Do I keep taking Januvia if I'm not eating?",
    "Lipitor or Crestor, which has fewer muscle aches?",
    "Keppra is making my son very irritable.",
    "She ran out of Lamictal two days ago.",
    "Seroquel leaves me groggy until noon.",
    "Can Adderall raise my blood pressure?",
    "Flonase and Claritin are not helping the allergies.",
    "I took Mucinex and Advil at the same time.",
    "Imodium stopped the diarrhea but now my stomach cramps.",
    "Pepcid at night or Nexium in the morning?",
    "Zofran didn't stop the vomiting.",
    "We keep Narcan in the house for my brother.",
    "Augmentin gave my toddler a diaper rash.",
    "Valtrex for cold sores, how long do I take it?",
    "Tamiflu for the whole family or just the sick one?",
    "Medrol dose pack makes me so hungry.",
    "Ambien had me sleepwalking.",
    # --- place-named foods and ordinary words that are also names: not PHI
    "Can I have Greek yogurt after the colonoscopy prep?",
    "Epsom salt soaks help my feet.",
    "Is Dijon mustard ok on a low sodium diet?",
    "I ate a lot of Swiss cheese and my stomach hurts.",
    "French fries and a milkshake gave me heartburn.",
    "My hope is to get off the oxygen by spring.",
    "Pat the wound dry and put the dressing on.",
    "Please mark the chart that I'm allergic to sulfa.",
    "Will do, thanks for the quick reply.",
    "Can you bill my secondary insurance this time?",
    "My sugar rose to 280 after the steroid shot.",
    "The skin looks like an orange peel around the nipple.",
    "I felt a wave of dizziness on the stairs.",
    "My heart does a skip and a jump at night.",
    "Every autumn my asthma flares.",
    "The baby's cry sounds like a bark.",
    "My ankle is the size of a plum.",
    # --- possessive and word-like real names: PHI
    "{NAME|Jenny}'s fever broke last night but she still won't eat",
    "my son {NAME|Parker}'s asthma is acting up again",
    "Dr. {NAME|Kaplan}'s office never called back",
    "{NAME|Marcus}'s rash spread to his back",
    "is {NAME|Hope}'s appointment still on for tomorrow?",
    "i'm picking up {NAME|Will}'s antibiotics",
    "my niece {NAME|Bliss} has the hiccups for 2 days",
    "{NAME|Lincoln} fell off the trampoline and his wrist is swollen",
    "this is {NAME|Hershel Baptiste}, my Coumadin clinic number changed",
    "my daughter {NAME|Tiffany} is on Zoloft and feels worse",
    "call {NAME|Duke} if I don't pick up, he is my husband",
    "{NAME|Cash} has croup again, the cough sounds like a seal",
    "best wishes, {NAME|Harmony Okafor-Lewis}",
    "her boyfriend {NAME|Phoenix} brought her in after the seizure",
]


if __name__ == "__main__":
    here = Path(__file__).parent
    items = build(MARKED, "train7-phi", "round-6 training set (not-PHI words)", "2026-11-23")
    write(here / "phi_train7.jsonl", items)
    print(len(items), "items,", sum(len(i["spans"]) for i in items), "spans")
