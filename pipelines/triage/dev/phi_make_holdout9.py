"""Build phi_holdout9.jsonl: a recall-heavy held-out PHI set (150 fictional messages and notes).
Run once to write the file; it is a frozen before/after yardstick, so never edit its items after.

Items are written with inline markup ``{LABEL|value}``; phi_markup strips it, finds each
value's offsets in the plain text by code, checks every span and writes atomically.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

OUT = Path(__file__).with_name("phi_holdout9.jsonl")

# Messages and notes that carry PHI, aimed at what redactors tend to miss. Conventions
# (README_dev_b.md, phi_README.md): titles, roles, field labels and a leading article stay
# outside a span; each address part below state level is its own span; an AGE span is the
# number only, and only at 90 or over; a time beside a date is not part of the DATE span;
# named facilities are ADDRESS, IP addresses are URL, plates, serials and NHS numbers are ID.
WITH_PHI: list[str] = [
    "From: {NAME|Thanh Nguyen} <{EMAIL|thanh.nguyen82@example.com}>\nTo: Nurse Advice Line\nCc: {NAME|Bích Trần}\nSubject: dad's oxygen\n\nHis sats were 86% this morning, is that too low for him?",
    "Saw {NAME|Okafor} yesterday about the skin graft; he wants me back on {DATE|3/4} to check it.",
    "MY NAME IS {NAME|DOLORES YOUNG} AND I NEED MY WATER PILLS REFILLED BEFORE {DATE|FRIDAY THE 28TH}",
    "Sister {NAME|Bernadette} from the parish drove mum over, mum is {AGE|ninety-three} and gets winded crossing the room",
    "Pastor {NAME|Emeka} sat with dad on the ward on {DATE|4th March} and said he looked grey and sweaty.",
    "Officer {NAME|Wachowski} brought the pt in after a rear-end collision, vehicle plate {ID|7KDL392}, no LOC.",
    "Coach {NAME|Reyes} needs a note saying {NAME|Tyrese} can go back to football after the concussion.",
    "{NAME|Maria}'s rash spread to her back overnight. Her husband {NAME|Bill} thinks it is shingles.",
    "Nurse {NAME|Brown} told me to ask the doctor whether I can take a stool softener with the iron.",
    "Visitors approved for bed 12: {NAME|Hoang Van Minh}, {NAME|Le Thi Hoa}, {NAME|Pham Duc Anh}.",
    "Kind regards,\n{NAME|Chukwuemeka Nwosu}, MD\nFamily Medicine\n{PHONE|+44 20 7946 0958}",
    "My neighbour said to me, \"{NAME|Aoife} hasn't eaten in two days and won't stop crying,\" so I am writing for her.",
    "pt {NAME|siobhán o'sullivan-ryan}, seen {DATE|03-04-25}, c/o productive cough and low grade fever",
    "Mr {NAME|O'Driscoll} rang at 10:40 on {DATE|Mar 12th} wanting his INR result.",
    "Appointment for {NAME|Nadia Al-Hashimi} confirmed for {DATE|2025.03.04} at 09:30.",
    "mum slipped in the kitchen last {DATE|Tuesday the 11th} and her wrist is still swollen",
    "Wizyta {DATE|12 marca 2025} u dr {NAME|Zielińskiej}, mama dalej ma wysoką gorączkę.",
    "Ngày {DATE|5 tháng 3}, bà {NAME|Lan} bị ngã trong nhà tắm và đau hông.",
    "Bitte den Termin am {DATE|Dienstag, 18. März} bei Dr. {NAME|Schreiber} absagen, ich bin krank.",
    "Please call {NAME|Adaeze} on {PHONE|+234 803 555 0142} or at work on {PHONE|020 7946 0321 ext. 214}.",
    "Best number for me is {PHONE|612.555.0187 x33}, ask for {NAME|Marguerite Lavoie}.",
    "new mobile is {PHONE|07700 900461}, the landline hasnt changed. {NAME|tom}",
    "Address for the home visit: {ADDRESS|Flat 4}, {ADDRESS|27 Canal Street}, {ADDRESS|Manchester} {ADDRESS|M1 3HE}",
    "Mail the test kit to {ADDRESS|RR 2 Box 118}, {ADDRESS|Hillsboro}, KS {ADDRESS|67063}, thank you",
    "Can you update my address to {ADDRESS|1402-88 Harbord St}, {ADDRESS|Toronto}, ON {ADDRESS|M5S 1G6}",
    "Send the bill to {ADDRESS|P.O. Box 7734}, {ADDRESS|Anchorage}, AK {ADDRESS|99510} please",
    "NHS number {ID|485 777 3456}. My GP is Dr {NAME|Mensah} at {ADDRESS|Riverside Surgery}.",
    "MRN#{MRN|004417728} / {NAME|Pedersen, Astrid} / DOB {DATE|17-Jan-1948}",
    "Claim {ID|CLM-2025-0091873} for the ambulance was denied; member ID {ID|BXW448201977}.",
    "serial no. {ID|4K7-22918-B} on my insulin pump keeps alarming occlusion at night",
    "Portal login from {URL|203.0.113.47} was blocked, pt {NAME|Gerrit Visser} asked for a password reset.",
    "I keep a recovery blog at {URL|https://hannahreidheals.example.com/week6}, the physio wanted the link",
    "email me at {EMAIL|kwabena.owusu-ansah@example.org} instead of calling, I work nights",
    "Dad is {AGE|92}yo, had his cataract done {DATE|Mar '25} and now sees halos around lights",
    "aged {AGE|95}, lives at {ADDRESS|Willow Court Care Home}, admitted with a UTI",
    "Resident celebrated her {AGE|100th} birthday on {DATE|2 March}; since then poor oral intake.",
    "hi its {NAME|rose} again. my ear is still ringing since the flight on the {DATE|9th}",
    "{NAME|HOPE} here, {NAME|KENNEDY}'s mom. Her inhaler ran out on {DATE|SAT 8 MARCH}.",
    "cc: Dr. {NAME|Farouk}, {NAME|L. Abernethy} RN, {NAME|Ines Carvalho} PA-C",
    "Patient {NAME|Fiachra Ó Murchú} discharged from {ADDRESS|St. Brendan's Hospital} on {DATE|2nd April 2025}.",
    "hey its {NAME|faith} can u tell dr {NAME|kim} my bp was 160/100 this am",
    "Doctor {NAME|Iwu}'s office line is {PHONE|(470) 555-0129}, he did my knee on {DATE|January the 6th}",
    "My granddaughter {NAME|Priya Venkataraman} ({EMAIL|priya.v.2001@example.net}) handles my appointments.",
    "Sent: {DATE|Monday, 3 March 2025} 16:02\nFrom: {NAME|Grzegorz Lewandowski}\nTo: {NAME|Ewa}\nSubject: FW: lab results\n\n{NAME|Ewa}, can you ask them what the high potassium means?",
    "-----Original Message-----\nFrom: {EMAIL|mdelaney@example.com}\nDate: {DATE|24/02/2025}\n\nMy father {NAME|Cormac Delaney} is {AGE|ninety} and needs a wheelchair form.",
    "Ms. {NAME|Yetunde Bakare-Coker}, {DATE|14/03/1936}, hospital no. {MRN|K0293341}, for review",
    "{NAME|Dương Thị Mai} ({AGE|91}) - daughter {NAME|Hương} says she has been vomiting since {DATE|Wed 5/3}.",
    "my boyfriend {NAME|Jamal}'s sister {NAME|Imani} took me to {ADDRESS|Lakeside Urgent Care} on {DATE|2/28}",
    "BROTHER {NAME|SEAMUS} CALLED, WANTS PT'S PRESCRIPTIONS SENT TO {ADDRESS|9 KILDARE ROAD}",
    "Hospice RN {NAME|Temitope} visited {DATE|03/07/2025}; pt {AGE|ninety four}, comfortable on morphine.",
    "The parking ticket says my car {ID|LX19 KPO} was there all day while I was in surgery, can you stamp it?",
    "pls fax to {PHONE|1-503-555-0177} attn {NAME|Rhiannon}, re: {NAME|Gwilym Pritchard}",
    "We are at {ADDRESS|45 Rue des Lilas}, {ADDRESS|Lyon} {ADDRESS|69003} until {DATE|15 avril}, then home.",
    "Mi hijo {NAME|Santiago} tiene fiebre desde el {DATE|lunes 3 de marzo}, ¿lo llevo a urgencias?",
    "Il mio medico, la dott.ssa {NAME|Ferraro}, mi ha visto il {DATE|4 marzo} per il dolore al petto.",
    "{NAME|Abdulrahman}, {NAME|Layla} and {NAME|Yousef} all have the stomach bug, {NAME|Layla} is the worst",
    "Sorry for the typos, im typing one handed. {NAME|Mohammed Al-Qahtani}, dob {DATE|2/9/71}",
    "Hey it's {NAME|Young}, {NAME|Eunji Young}, I was supposed to get a call back about my MRI",
    "Transfer from {ADDRESS|Mercy General} overnight on {DATE|2/3}, receiving RN {NAME|Dymphna}.",
    "Plz tell dr. {NAME|rahman} the swelling is worse, this is {NAME|kemi}",
    "his age is {AGE|97}, his name is {NAME|Augustin Mbeki} and he lives in {ADDRESS|Soweto}",
    "appt 4 my dad {NAME|jerzy} on {DATE|wed the 19th} @ 2pm pls confirm",
    "Ordered by: {NAME|Okonkwo, Chidinma} NP; Collected: {DATE|2025-03-06} 07:15; Acct {ID|90021457}",
    "Caller: {NAME|Harjit Kaur} (wife). Pt {NAME|Gurpreet Singh Sandhu}, {AGE|90}, fell out of bed at 0300.",
    "The box is addressed to {NAME|R. Mwangi}, {ADDRESS|Unit 7}, {ADDRESS|19 Eucalyptus Rd}, {ADDRESS|Parramatta} NSW {ADDRESS|2150}",
    "My dad's Medicaid id is {ID|NY44718209Q}, the pharmacy says it's inactive",
    "policy {ID|GH-771-23904-01}, subscriber is my wife {NAME|Bridget Nolan}",
    "I'm {AGE|ninety-six} this spring and my knees have finally given out",
    "Mrs {NAME|Kaczmarek} ({AGE|93}y) found on floor by carer {NAME|Agnieszka} at 0710 on {DATE|06.03.2025}",
    "Last seen by Dr. {NAME|Ruairí Mac Giolla} on the {DATE|3rd of Feb}, nothing since.",
    "Tell nurse {NAME|joy} thank you for staying late with my daughter on {DATE|Feb 27}",
    "i think {NAME|chinonso} gave me the wrong dose on {DATE|march 1st}, i was so dizzy",
    "Wound photos uploaded to {URL|https://share.example.org/u/ddavies1954/leg-ulcer}",
    "Incoming call from {PHONE|+1 (604) 555-0173} - {NAME|Wei Chen} asking for a sick note",
    "Dr. {NAME|Anjali Deshpande}, MBBS\n{EMAIL|a.deshpande@example-clinic.org}\nDirect {PHONE|+44 (0)161 496 0550}",
    "admission {DATE|12 Feb}, discharge {DATE|19 Feb}, readmitted {DATE|March the 4th} with CHF",
    "Patient states her name is {NAME|Mercy Adjei-Boateng} and her doctor is Dr {NAME|Lin}",
    "mom ({NAME|Carmel}) is {AGE|91} and lives with us at {ADDRESS|14 Fairview Terrace}, {ADDRESS|Cork}",
    "Flight back from our holiday on {DATE|4/3/2025}, fever started two days later. {NAME|Khoa}",
    "Re: Baby Girl {NAME|Ortega}, born {DATE|3/1/25} at {ADDRESS|Valley Regional Medical Center}",
    "Her pacemaker model is fine but the serial {ID|PJN889021K} was entered wrong in her chart",
    "DOB: {DATE|July 4th, 1930} (so {AGE|94} now). Name: {NAME|Eudora Pickett}",
    "my sister {NAME|Ngozi}'s number is {PHONE|+234 (0) 802 555 7714}, she's my emergency contact",
    "He was at {ADDRESS|Sunnybrook Rehab} from {DATE|Jan 20} to {DATE|Feb 14} after the stroke.",
    "lab said the IP {URL|10.44.2.19} sent my results to the wrong printer, i'm {NAME|Ola Nordmann}",
    "Hi Dr {NAME|Whitfield}, it's {NAME|Patience}. My sugar was 45 last night and I nearly passed out.",
    "Please ring my son {NAME|Ciarán} on {PHONE|087 555 3321}, he will bring me on {DATE|Thurs 13/3}",
    "{NAME|WILL} ({NAME|WILLIAM MARSH}) NEEDS HIS EPIPEN RX BEFORE SCHOOL ON {DATE|MONDAY 10TH}",
    "my wife {NAME|Dawn} is {AGE|ninety-one} and refuses the walker",
    "Subject: sick note for {NAME|Kyle Summers}\n\nHe was off from {DATE|24th Feb} through {DATE|28th Feb} with flu.",
    "To: Charge Nurse {NAME|Okoye}\nFrom: {NAME|Lindiwe Dube}\n\nMy mother in bay 3 has not had her insulin since lunch.",
    "Beneficiary: {NAME|Oleksandr Bondarenko}, member #{ID|UHC-55820193}, DOS {DATE|02/21/2025}",
]

# Clinical content that must not be redacted: words that are also names, ages under 90, bare
# years, weekdays and relative dates, eponyms, brands, vitals, doses and room numbers.
NO_PHI: list[str] = [
    "I hope the swelling goes down by itself, it rose a little after I walked the dog.",
    "Fever rose to 39.2 overnight and the brown discharge from the wound has a smell now.",
    "Got a bill from the hospital for the X-ray, does insurance cover that?",
    "I have faith in the new inhaler but I still wheeze when I climb stairs.",
    "Young adult with 3 days of sore throat, tonsils enlarged with exudate, Centor score 3.",
    "She is 89 and still drives herself to dialysis on Mondays, Wednesdays and Fridays.",
    "Will the March vaccine clinic have the RSV shot, or should I get it at the pharmacy?",
    "May I take ibuprofen with prednisone, or will it upset my stomach?",
    "Pt in Room 12B, pain 6/10, morphine 2 mg IV given at 1400 with good effect.",
    "Diagnosed with Addison's in 2011 and Hashimoto's in 2015, both stable on meds.",
    "Crohn's flare: 8 stools a day, CRP 64, started budesonide 9 mg daily.",
    "Temp 37.9, HR 96, BP 118/74, SpO2 97% RA, RR 18. Lungs clear bilaterally.",
    "Two weeks ago I started Xarelto and now my gums bleed when I brush.",
    "Is it normal to feel this tired a month after a Whipple procedure?",
    "Reviewed Glasgow score, Ranson criteria and lipase. Admit to Gastroenterology.",
    "Last Tuesday I had a migraine with aura for the first time in years.",
    "Can I take Sudafed with my blood pressure tablets? They are amlodipine 5 mg.",
    "The Tenckhoff catheter exit site is red and a bit crusty this morning.",
    "Sunday lunch gave me heartburn all evening, Gaviscon helped a bit.",
    "Grandma is 85 and keeps forgetting whether she took her Aricept.",
    "Schedule: metformin 500 mg with breakfast, 1000 mg with dinner, recheck A1c in 3 months.",
    "Plan: Holter 48 h, echo, TSH, follow-up in 2 weeks in Cardiology.",
    "Marked improvement since the weekend, the Bell's palsy is almost gone on the left.",
    "Od wczoraj wieczorem boli mnie brzuch i mam mdłości, czy mam jechać na SOR?",
    "Tôi bị ho và sốt nhẹ ba ngày nay, có cần đi khám không?",
    "Ich habe seit gestern Abend Durchfall und Bauchkrämpfe, was soll ich tun?",
    "Rash looks like a target, spreading out from the bite. Could this be Lyme?",
    "Do you think the Mediterranean diet or DASH is better for my cholesterol?",
    "Apple cider vinegar and cinnamon did nothing for my sugars, back to Januvia.",
    "Summer allergies are brutal, Zyrtec in the morning and Flonase at night.",
]

# Clinical content mixed with PHI.
MIXED: list[str] = [
    "Dr. {NAME|Hartigan} suspects Cushing's syndrome, cortisol was high on {DATE|28/02/2025}.",
    "{NAME|Precious}'s peak flow fell to 180 after the Ventolin ran out yesterday.",
    "Pt {NAME|Ignatius Oduya}, {AGE|98}, Parkinson's, Sinemet 25/100 TID, fall risk high.",
    "my son {NAME|Rory} has Tourette's and the new dose of clonidine makes him sleepy. ring {PHONE|01632 960 118}",
    "Foley removed {DATE|3/5} 0600, voided at 1130. Dtr {NAME|Consolata} at bedside.",
    "Mr. {NAME|Hassan Farah}, MRN {MRN|20448913}, Whipple on {DATE|Feb 17}, JP drain output 40 mL.",
    "Meniere's is acting up again, the room spins when I turn over. -{NAME|Gráinne}",
    "{NAME|bill}'s A1c was 9.1, can we try Ozempic? he's on metformin 1 g BD",
    "Babinski upgoing on the left in Mrs. {NAME|Ekwueme}, CT head ordered, family ({PHONE|555-0148}) informed.",
    "Lupus nephritis follow-up with Dr. {NAME|Bhattacharya} on {DATE|Thursday 20 March}, bring urine sample.",
    "{NAME|Agnes}, {AGE|ninety-nine}, Alzheimer's, wandering at night, Seroquel 12.5 mg trialled.",
    "Holter shows runs of SVT; nurse {NAME|Kiera Flynn} will call you on {PHONE|(212) 555-0102}.",
    "Bell's palsy on the right since {DATE|Saturday 1st March}, pt {NAME|Owain Pryce}, started prednisolone.",
    "Hep B booster given to {NAME|Nguyễn Văn Bình} on {DATE|06/03/25}, lot number on the card.",
    "My daughter {NAME|Grace} has Kawasaki disease, Dr. {NAME|Achebe} says the echo on {DATE|3/10} matters.",
    "PICC placed in right basilic, tip confirmed on CXR. {NAME|O. Adeyemi}, RN, {DATE|05/03/2025}",
    "{NAME|Ryszard} has Raynaud's and his fingers went white shovelling snow, should he try nifedipine?",
    "Type 1 diabetes, Dexcom G7 serial {ID|DX7-330198-Q}, pt {NAME|Leilani Kahale}, readings dropping overnight.",
    "Graves' disease, TSH <0.01, carbimazole 20 mg. Pt {NAME|Sunita Raghunathan}, {PHONE|+91 98450 55512}.",
    "Called back Mr. {NAME|Abiodun} re: Tinel's positive, EMG booked at {ADDRESS|Northgate Neuro Clinic}.",
    "The Mirena was placed on {DATE|Jan 9} and I have cramps every day. {NAME|Roisin}",
    "Pt's wife {NAME|Halima} reports black stools x2 since {DATE|Sun 2/3}, on Eliquis 5 mg BD.",
    "Asthma review: {NAME|Marek Nowak}, Symbicort 200/6 two puffs BD, peak flow 420. Email {EMAIL|marek.n@example.pl}.",
    "Epley maneuver done for {NAME|Ffion}, vertigo better. Review {DATE|17th March}.",
    "Mrs. {NAME|Adebisi} had the Heimlich done on her at the restaurant on {DATE|Friday 7th}, ribs sore.",
    "{NAME|Olumide}'s Apgar was 9/9, Guthrie done {DATE|3/6}, jaundice mild.",
    "Pt {NAME|Ho Thi Thu}, {AGE|90}, Hodgkin lymphoma in remission, tired and SOB on exertion.",
    "Dr {NAME|Sheehan-Walsh}, the Lasix isn't working, ankles huge. Ring {PHONE|+353 1 555 0193}. {NAME|Nuala}",
]


def main() -> None:
    items = build(WITH_PHI + NO_PHI + MIXED, "hold9-phi", "held-out dev set 9", "2026-11-24")
    write(OUT, items)
    empty = sum(1 for i in items if not i["spans"])
    print(
        f"{OUT.name}: {len(items)} items, {sum(len(i['spans']) for i in items)} spans, {empty} empty"
    )


if __name__ == "__main__":
    main()
