"""Build phi_holdout.jsonl: a held-out PHI set for measuring the redactor, never tuned on.

Written fresh (own wording) before any redactor change; frozen after its first measurement.
Run: /work/venv/bin/python pipelines/triage/dev/phi_make_holdout.py
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

# Conventions follow README_dev_b.md: titles and field labels outside spans; each address
# component below state level its own span; state, country, weekday alone, bare years and
# ages of 89 and under are not PHI. Facility names (hospitals, schools, parks) are ADDRESS.
MARKED = [
    "hi this is {NAME|marisol quintero-baez}, my daughter {NAME|lupe} has had a fever since last night. best number is {PHONE|773.555.0199}",
    "Good morning. My mother {NAME|Agnieszka Wróblewska} (DOB {DATE|2 Feb 1934}) is {AGE|92} and slipped in the bathroom yesterday. Her chart number is {MRN|MR-0045521}.",
    "Could you fax the referral to {PHONE|(408) 555-0173 ext. 214}? Attention {NAME|Colm O'Driscoll} at the front desk.",
    "He's allergic to penicillin. Ask for {NAME|Bartholomew} when you call, he's my husband's brother.",
    "Rash started on the {DATE|3rd}, got worse after the second infusion. Any advice?\n\n-{NAME|Ngozi A.}",
    "Reminder about my colonoscopy prep questions. The appointment is {DATE|Thursday, January 8th, 2027} at {ADDRESS|Mercy West Endoscopy Center}.",
    "I moved! New address is {ADDRESS|PO Box 4471}, {ADDRESS|Truth or Consequences}, NM {ADDRESS|87901}. Please update my file.",
    "New mailing address: {ADDRESS|RR 2 Box 118}, {ADDRESS|Millersburg}, OH {ADDRESS|44654}",
    "My insurance changed. Member ID {ID|W2K 883 104 77}, group {ID|00731-CX}. Thanks",
    "the nurse said to send my sugar log, readings 140 to 180 all week. you can email it back to {EMAIL|dolores.ferreira62@gmail.com} -{NAME|dolores}",
    "My grandpa is {AGE|101} years young and still gardening, but his ankles have been swollen since {DATE|Oct 30}.",
    "Social is {SSN|412 88 0931} if billing needs it.",
    "I need a copy of my records sent to {EMAIL|j.abernathy@abernathy-law.com}. Patient {NAME|Lionel Abernathy}, born {DATE|11/5/47}.",
    "Please call my cell {PHONE|+44 7700 900461}, I'm in London until the {DATE|12th of March}.",
    "We're travelling; our Mexico number is {PHONE|+52 55 1234 5678}. My wife {NAME|Guadalupe} has had diarrhea since we landed.",
    "Hi Dr {NAME|Szymanski}, quick question about the new inhaler, it makes me shaky.",
    "Message from {NAME|Hank}: the pacemaker serial number is {ID|PJN704512H}, the device rep needs it.",
    "pls tell dr. {NAME|van der Berg} that my son {NAME|jaxon} threw up twice after lunch",
    "My son, {NAME|Mateo Ruiz}, age 7, hit his head on the slide at {ADDRESS|Roosevelt Elementary} today.",
    "Can I get my lab results from the {DATE|14th}? My number changed to {PHONE|512-555-0144x3}.",
    "i went to the urgent care on {ADDRESS|Kingsley Ave} and they said its bronchitis",
    "Patient {NAME|Deirdre McAllister-Young}, DOB {DATE|1958-07-30}, MRN {MRN|000739154}, requests a refill of lisinopril.",
    "My daughter {NAME|Siobhan}'s insurance card says {ID|XEH998201443}. Does that cover the MRI?",
    "I am writing for my father, {NAME|Nguyễn Văn Hùng}, who is {AGE|90}. He stopped eating on {DATE|Sunday the 9th}.",
    "this is {NAME|faith}. the cough is worse, can i come in tomorrow",
    "Hey it's {NAME|Hope} again about the swelling in my left calf.",
    "Visit summary link for my records: {URL|https://mychart.stlukes-health.org/visit/77A91}",
    "The glucose meter app uploads from {URL|192.168.14.7} at home, is that secure?",
    "I'll be staying at my sister's place, {ADDRESS|1820 N. Halsted St., Unit 5R}, {ADDRESS|Chicago}, IL {ADDRESS|60614}, through {DATE|January 3}.",
    "Driver's license {ID|D123-4567-8901} was requested at check-in, is that required?",
    "My car got towed from the clinic lot, plate {ID|7KXR219}. Who do I call?",
    "Born {DATE|March '52}, had the shingles shot years ago. Do I need another?",
    "I'm {AGE|ninety-three} and the new pills make me dizzy when I stand.",
    "Mom will be {AGE|95} on the {DATE|22nd}; she wants the flu shot before then.",
    "Re: appointment for {NAME|K. Oyelaran}. She can do {DATE|Tues 11/18} or {DATE|Wed 11/19}.",
    "Thanks so much!\n{NAME|Priyanka}\n{PHONE|646 555 0127}",
    "Our home phone is {PHONE|(207) 555-0109} but my work line is {PHONE|207-555-0190 ext 33}.",
    "The hospice nurse {NAME|Amara} at {ADDRESS|Cedar Hollow Hospice} said to message you about the morphine.",
    "I had the biopsy at {ADDRESS|St. Agatha Medical Center} on {DATE|9-3-2026}.",
    "My medicare number is {ID|1EG4-TE5-MK73}.",
    "Account {ID|#55-20917-B} shows a balance I already paid.",
    "Claim number {ID|C0098871532} was denied. Can someone help?",
    "Last period was {DATE|Sept. 28}, home test positive this morning.",
    "i think my husband {NAME|wei} has the flu, hes 52 with asthma",
    "My name is {NAME|José Luis Ibáñez}, I speak a little English. My tooth hurts and my face is swelling.",
    "Hi! My twins {NAME|Ava} and {NAME|Ezra} both have pink eye, can you call in drops?",
    "Caller: {NAME|Willow Banks}, callback {PHONE|360-555-0162}, re: wound check.",
    "Please update my emergency contact to my neighbor {NAME|Rosalind Pike}, {PHONE|555-0133}.",
    "Sending this from my work email {EMAIL|tstrand@northfieldcoop.org} because the portal keeps logging me out.",
    "Please send the prescription to the pharmacy at {ADDRESS|4410 Old Mill Rd}, {ADDRESS|Catonsville}.",
    "The rash appeared {DATE|Nov. 2nd} after I started Opdivo.",
    "My appointment on {DATE|12.04.2026} conflicts with work, could we move it?",
    "{NAME|Marguerite} here. Blood pressure 162/98 this morning with a headache. Should I come in?",
    "I'm caring for Mr. {NAME|Abdi Warsame}, {AGE|94}, who has been more confused since {DATE|Friday 14 Nov}.",
    "device: insulin pump SN {ID|OM-5K-220394}. It beeped twice and shut off.",
    "Verification: the last 4 of my SSN are {SSN|0387}, DOB {DATE|04/19/1970}.",
    "Hello,\nMy son {NAME|Dmitri Volkov-Hale} (MRN {MRN|V0029384}) has a fever of 101 after his shots.\n{NAME|Irina}",
    "Tell {NAME|Sunny} I said thank you for the great care last week.",
    "My wife {NAME|Summer} had a seizure this morning and is very sleepy now.",
    "We live out past Hwy 61 at {ADDRESS|23871 County Road 14}, {ADDRESS|Zumbrota}; the ambulance had trouble finding us last time.",
    "My daughter's name is {NAME|Nevaeh} and her birthday is {DATE|June 3rd}.",
    "Can you mail the form to {ADDRESS|Apt 12, 77 Rue Saint-Denis}, {ADDRESS|Montréal} {ADDRESS|H2X 3K8}?",
    "I am {NAME|Oluwaseun Adeyemi-Cole}'s caregiver. He was discharged on the {DATE|fifteenth} and still can't keep food down.",
    "Reference number from the nurse line: {ID|TRX-2026-118834}.",
    "For the record my old patient number at {ADDRESS|Valley Regional} was {MRN|VR 448 1920}.",
    "{NAME|O'Neill, Padraig} - DOB {DATE|31/01/1940} - requesting an INR check this week.",
    "Her pulse was 112 and temp 100.9 at 3am. She is 88 and on Eliquis.",
    "I took 2 Advil at 10 and another 400 mg at 4. Pain is still 6/10.",
    "Is it normal to bleed a little after the procedure? It has been 3 days.",
    "May I switch from Keytruda infusions every 3 weeks to every 6?",
    "Will the contrast dye affect my kidneys? My creatinine was 1.4 last time.",
    "Thank you all at the infusion center, you have been wonderful. Happy holidays!",
    "About my {DATE|3/2} appointment: can I bring my daughter {NAME|Ximena}?",
    "Call {NAME|Bobbie Jo} at {PHONE|1-800-555-0175}, she handles my FMLA paperwork.",
    "Hi, {NAME|Tran Thi Mai} here, I need an interpreter for my visit on {DATE|Dec 1}.",
    "The website for my support group is {URL|www.brca-sisters.net} if other patients ask.",
    "fyi my new cell is {PHONE|917 555 0112} and email {EMAIL|rocky_b1979@yahoo.com}",
    "Daughter {NAME|Imogen} (age 6) was bitten by a neighbor's dog at {ADDRESS|Fenwick Park}.",
    "My father {NAME|Hamid Rahimi} passed away on {DATE|October 5, 2026}; please cancel his appointments.",
    "Prescription #{ID|6614029} needs a refill before the weekend.",
    "Called from {PHONE|(415)555-0186} earlier, no one picked up.",
    "{DATE|2026/11/20}: BP 128/82. {DATE|2026/11/21}: BP 131/85. Is that ok?",
    "Dear Nurse {NAME|Fatima},\nThe drainage is yellow now and smells.\nRegards,\n{NAME|Chuck Wendell}",
    "hi it's {NAME|mia} from the 4pm group, can I bring my own pillow to the infusion?",
    "My kid {NAME|Aarav} has had a temp of 102 since {DATE|Saturday Nov 15}",
    "Please reach my son at {PHONE|+1 (858) 555-0157} or on WhatsApp at {PHONE|+91 98200 12345}.",
    "My employee ID is {ID|E340187} for the workers comp claim.",
    "I was seen in the ER at {ADDRESS|Good Samaritan} on the {DATE|4th of July} and sent home with antibiotics.",
    "Ms. {NAME|Greer} asked me to send the results from Monday.",
    "My partner {NAME|Jules} and I will both come. Our address is {ADDRESS|55 Larkspur Ct}, {ADDRESS|Boise}.",
    "{NAME|Bao} is allergic to sulfa, I mentioned it to Dr. {NAME|Keane} at the last visit.",
    "age {AGE|104}, nursing home resident, new cough and low oxygen",
    "Update: {NAME|grandma rosa} is home from the hospital. Her new doctor is Dr. {NAME|Ifeoma Eze}.",
    "Our zip is {ADDRESS|30318-2214} if the mail-order pharmacy needs it.",
    "The scan on {DATE|Dec. 12, 2025} showed the nodule; the one on {DATE|5/30/26} was clear.",
    "Sign me up for the flu clinic. {NAME|Yusuf Demir}, {PHONE|(973) 555-0146}, {EMAIL|ydemir@outlook.com}",
]

OUT = Path(__file__).resolve().parent / "phi_holdout.jsonl"

if __name__ == "__main__":
    items = build(MARKED, "hold-phi", "held-out dev set", "2026-11-23")
    write(OUT, items)
    print(len(items), "items,", sum(len(i["spans"]) for i in items), "spans ->", OUT.name)
