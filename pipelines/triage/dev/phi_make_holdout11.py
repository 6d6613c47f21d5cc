"""Build phi_holdout11.jsonl: a fresh, recall-heavy held-out PHI set (150 fictional items).
Run once to write the file; it is a frozen before/after yardstick, so never edit its items after.

Items are written with inline markup ``{LABEL|value}``; phi_markup strips it, finds each
value's offsets in the plain text by code, checks every span and writes atomically.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

OUT = Path(__file__).with_name("phi_holdout11.jsonl")

# Conventions (README_dev_b.md, phi_README.md): titles, roles, field labels and a leading article
# stay outside a span; each address part below state level is its own span; named facilities,
# wards, schools and employers tied to a person are ADDRESS; an AGE span is the number only, and
# only at 90 or over; a time beside a date is outside the date; IPs are URL; NHS numbers, plates
# and serials are ID; bare years, weekdays alone and relative dates are not PHI.

# Clinician writing: SOAP notes, handovers, discharge summaries, referral letters.
NOTES: list[str] = [
    "S: pt reports 3 days of productive cough, wife {NAME|Gwendolyn} says he's been off his food.\nO: T 38.4, RR 22, sats 91% RA.\nA: likely CAP.\nP: amoxicillin, review {DATE|Thu 26/11}.\n{NAME|T. Abernethy-Kaur}, ANP",
    "HANDOVER {DATE|24.11.26} nights -> days\nBed 4: {NAME|MCALLISTER, Dorothy}, {AGE|93}, #NOF day 2, confused overnight, son {NAME|Graeme} aware.\nBed 6: {NAME|Ferreira, Joaquim}, DKA resolving.",
    "Discharge summary\nName: {NAME|Bartholomew Nwachukwu}\nDOB: {DATE|02/07/1941}\nHospital no: {MRN|RX4471093}\nAdmitted: {DATE|17/11/2026}  Discharged: {DATE|23/11/2026}\nWard: {ADDRESS|Kingfisher Ward}, {ADDRESS|St Columba's Infirmary}",
    "Dear Dr {NAME|Haddad},\nRe: Mrs {NAME|Zofia Wróblewska}, NHS No {ID|485 777 3456}\nThank you for seeing this lady who has had two syncopal episodes since {DATE|3 October}.\nYours sincerely,\n{NAME|Eamon Mac Giolla Rua}\nGP, {ADDRESS|Thornbury Lane Surgery}",
    "Nursing note 0340: HCA {NAME|Precious} found pt on floor beside bed, no head strike. Obs stable. Dr {NAME|Lindqvist-Hale} (FY2) informed, bloods sent.",
    "Porter {NAME|Kwabena} took pt down to CT at 1415; ward clerk {NAME|Sheila Dunmore} rang daughter on {PHONE|07700 900 418}.",
    "A: {AGE|91}yo F with UTI and delirium. Lives alone at {ADDRESS|Flat 2, 19 Mortimer Close}, {ADDRESS|Leamington Spa} {ADDRESS|CV31 2LQ}. Carer {NAME|Jadwiga} visits twice daily.",
    "Referral: please see {NAME|Oluwadamilare Adeyemi-Cole} (DOB {DATE|1939-05-30}, MRN {MRN|50193377}) re worsening memory. Contact niece {NAME|Bisola} on {PHONE|+44 20 7946 0321}.",
    'SOAP\nS: "my legs feel like concrete" per pt\nO: 2+ pitting oedema to knees\nA/P: increase furosemide, daily weights, recheck U&E {DATE|Mon 30th}\n- {NAME|rhiannon p}, RN',
    "Pt {NAME|NGUYEN Thi Lan} transferred from {ADDRESS|Meadowbank Care Home} on {DATE|22 Nov} with a sacral sore, grade 2.",
    "Discharge to {ADDRESS|Willowdene Nursing Home}, {ADDRESS|14 Harrowgate Road}, {ADDRESS|Darlington}. Next of kin: {NAME|Colm O'Dwyer} (son), mobile {PHONE|+353 87 555 2190}.",
    "Clinic letter dictated {DATE|19/11/2026}, typed {DATE|23/11/2026}. Seen with his granddaughter {NAME|Ayesha}, who interpreted.",
    "OT home visit {DATE|Wednesday 25 November} 10:00 to {ADDRESS|7 Pengelly Terrace}, {ADDRESS|Redruth}. Key safe code held by Sister {NAME|Morwenna Trevithick}.",
    "Pt seen in {ADDRESS|Foxglove Ward} by Dr {NAME|Banerjee}; plan d/w Charge Nurse {NAME|Declan}. Pt's employer ({ADDRESS|Castlegate Bakery}) needs a fit note.",
    "Safeguarding note: grandson {NAME|Tyrese Holloway-Baptiste} attends {ADDRESS|Brindley Park Academy}; school nurse Mrs {NAME|Okwuosa} aware.",
    "Physio note: mobilised 20 m with frame. Pt says her late husband {NAME|Archibald} was a physio too. Aged {AGE|97}, very determined.",
    "ED triage {DATE|24/11} 02:12 - {NAME|O'SULLIVAN, Siobhán}, brought by partner {NAME|Fionnuala}, ? anaphylaxis to cashew. Adrenaline x1 given by crew.",
    "Pharmacy: Rx for {NAME|Idris Benyamina}, addr {ADDRESS|Apt 12B, 440 Ridgeline Ave}, {ADDRESS|Tacoma}, WA {ADDRESS|98402}, Medicaid id {ID|WA8830127645}.",
    "Op note {DATE|11-23-2026}. Surgeon: {NAME|Ingrid Solberg-Mathers}, MD. Assist: {NAME|Raj Venkataraman}, PA-C. Procedure: lap chole, uneventful.",
    "Key: value summary\npatient: {NAME|Hollander, Ruth}\nage: {AGE|90}\ngp: Dr {NAME|Ifeoma Chukwu}\nsurgery: {ADDRESS|Elmfield Medical Practice}\nnok: {NAME|Saul Hollander} {PHONE|0113 496 0772}",
    "Name\tBed\tIssue\n{NAME|PATEL Hemant}\t3\tAKI\n{NAME|Krzysztofik, Wanda}\t5\tfalls\n{NAME|Yusuf Al-Amin}\t8\tsepsis",
    "Telephone consult {DATE|Tues 24th Nov}: spoke with Mrs {NAME|Bellweather}'s daughter {NAME|Faith} who confirms mum stopped her apixaban on the {DATE|17th}.",
    "Addendum by {NAME|k.osei}: pt's device serial {ID|PM-7Q2-448810} interrogated, normal pacing.",
    "Community nurse visit to Mr {NAME|Eliasz Zawadzki}, {ADDRESS|ul. Lipowa 8 m. 3}, {ADDRESS|Kraków}. Wife {NAME|Halina} reports good intake.",
    'Pt states: "Dr {NAME|Moyo} told me I could stop the statin". Not documented. Will check with {NAME|Moyo}.',
]

# Portal messages, texts and emails in English.
MESSAGES: list[str] = [
    "hi its {NAME|jasmine} from the 3rd floor, my dad {NAME|ronnie} has been coughing all night can someone call",
    "From: {NAME|Delphine Achterberg} <{EMAIL|d.achterberg77@example.org}>\nTo: Nurse Practitioner {NAME|Greaves}\nCc: {NAME|Matthias Achterberg}\nSent: {DATE|Monday, 23 November 2026} 21:47\nSubject: dad's wound\n\nThe dressing is soaked through again.",
    "saw {NAME|Oyelowo} yesterday and he said my bloods were fine but nobody has sent the letter",
    "My mum {NAME|Rose} is {AGE|ninety-two} and keeps forgetting her evening tablets, can the pharmacy do blister packs?",
    "please call {PHONE|312.555.0186 ext. 42} and ask for {NAME|Bill} in billing, he has my claim {ID|CLM-2026-0098817}",
    "{NAME|MARGARET}'S CAREGIVER HERE. SHE IS DIZZY AGAIN SINCE {DATE|FRIDAY 20TH}.",
    "hey doc this is {NAME|Pham Van Duc}, pls send the referral to {EMAIL|pham.vanduc1958@example.com}",
    "Reminder: {NAME|Brown} (my husband, {NAME|Terrence Brown}) has his echo on {DATE|3/12} at 9:30.",
    "Pastor {NAME|Ekpenyong} is bringing me to the clinic because my son {NAME|Uchenna} works nights.",
    "Coach {NAME|Dabrowski} said {NAME|Kacper} hit his head at practice on {DATE|Sat the 21st}, he has a headache today",
    "Officer {NAME|Reyes-Montalvo} from the county brought my brother in on {DATE|11/22}, badge number doesn't matter, we just want to know where he is",
    "Sister {NAME|Bernadette} from the parish visits Aunt {NAME|Peggy} every Sunday; {NAME|Peggy} is {AGE|98} now.",
    "my neighbour {NAME|young} (yes that's his name, {NAME|Young Kim}) found me on the stairs",
    "Thank you so much for everything.\n\nWarm regards,\n{NAME|Hope Adebayo-Lindqvist}\n{PHONE|(646) 555 0139}",
    "The kids - {NAME|Aaliyah}, {NAME|Bodhi} and {NAME|Marcel} - all have the same rash. Is it hand foot and mouth?",
    "Can {NAME|Faith} pick up my prescription? She's my carer. Her number is {PHONE|+1-604-555-0114}.",
    "my appt letter says {DATE|03-04-25} but that can't be right, that was last year",
    "Last seen {DATE|4th March} by Dr. {NAME|Ranganathan} - I was told to rebook in 6 months.",
    "it was {DATE|March the 4th} when i first noticed the lump, maybe the {DATE|5th}",
    "Started the new inhaler {DATE|Mar '25}, still wheezy at night",
    "Booking ref for {NAME|Anh Thư} is {ID|BK-55120-Z}, scan on {DATE|2025.03.04}",
    "I fell last {DATE|Tuesday the 11th} and my wrist is still purple",
    "ok so {NAME|bill} says i shuld call u bc my sugars r 19 this mornin, dob {DATE|4/7/52}",
    "Send the results to my work email {EMAIL|SANTIAGO.OROZCO@example.co.uk} not the old one",
    "New address: {ADDRESS|RR 2 Box 118}, {ADDRESS|Cold Spring}, MN {ADDRESS|56320}",
    "Please post my letters to {ADDRESS|PO Box 7734}, {ADDRESS|Halifax}, NS {ADDRESS|B3K 5M7}",
    "I'm at {ADDRESS|Unit 5, 221 Wattle Street}, {ADDRESS|Ultimo} NSW {ADDRESS|2007} until the {DATE|15th of December}",
    "My member ID is {ID|YJK908441172} and policy {ID|POL-66-019-882}. Why was the ambulance denied?",
    "NHS number {ID|943 476 5919}, I moved to {ADDRESS|27 Cranbrook Gardens}, {ADDRESS|Ilford} {ADDRESS|IG2 6NQ}",
    "the parking ticket says plate {ID|KD19 XRV} but i was inside with my mum the whole time",
    "CPAP serial no. {ID|2203-AX-77419} keeps showing an error after the update",
    "the portal logged me out from {URL|192.168.44.107}, is that you?",
    "Here is the photo: {URL|https://photos.example.net/user/lorcan.mcbride/leg-rash}",
    "Grandad turned {AGE|100} on {DATE|Nov 9}!! the care home did a cake",
    "dad is {AGE|92}yo and on 4 blood pressure pills",
    "aged {AGE|95}, lives with daughter, still walks to the shop",
    "{NAME|Maria}'s inhaler was left at school, can the pharmacy do another?",
    "{NAME|Siddharth Raghunathan} here - can I get a sick note for {ADDRESS|Vellmar Logistics}? Off since {DATE|Thursday 19 Nov}.",
    "my daughter {NAME|Niamh} goes to {ADDRESS|St Brigid's National School} and they need an allergy plan signed",
    'She said, "I\'m {NAME|Dolores}, and I want to go home" - is that normal after the anaesthetic?',
    "SSN {SSN|512-66-0934} was printed on the envelope, that seems wrong",
    "this is {NAME|DEVON} AGAIN, STILL WAITING FOR A CALLBACK ON {PHONE|555 318 2207}",
    "fwd from auntie {NAME|ngozi}: the pharmacy on {ADDRESS|Carrow Road} closed so where do we go?",
    "hi it's {NAME|will} - the physio said to ask about the MRI from {DATE|oct 2nd}",
    "Ms {NAME|Bui}, your appointment on {DATE|Friday, December 4, 2026} at 08:15 is confirmed.",
    "Reach me at {PHONE|+234 803 555 0162} (whatsapp) or {EMAIL|chidi.okonkwo.lagos@example.ng}",
    "{NAME|Malgorzata}'s test came back and she's asking what 'equivocal' means",
    "To: {EMAIL|dr.mensah.office@example-clinic.org}\nFrom: {NAME|Hyacinth Ebanks}\nRe: {NAME|Lloyd Ebanks} DOB {DATE|12 Jan 1934}\n\nHe's refusing to eat.",
    "dr {NAME|oconnell} wanted a stool sample but the pot broke lol",
    "I'm {NAME|Seamus O'Rourke-Delaney}, {ADDRESS|33 Beechwood Avenue}, {ADDRESS|Ranelagh}, {ADDRESS|Dublin 6}. My GP is at {ADDRESS|Rathmines Family Practice}.",
    "please tell nurse {NAME|FATIMAH} thank you, she was so kind to mum",
    "My dad's carers ({NAME|Joy}, {NAME|Precious} and {NAME|Tendai} from {ADDRESS|Harbourside Homecare}) say his legs are swollen.",
    "Account no. {ID|4471-209-33}. I was charged twice for the visit on {DATE|Nov 16th}.",
    "Licence no {ID|D6101-55027-71204} in case you need it for the form",
    "he's {AGE|one hundred and one}, he deserves a proper bed not a trolley",
    "i think {NAME|santos} gave me the wrong dose, can someone check",
    "call {PHONE|(020) 7946 0887 ext 310} - ask for {NAME|Priyamvada}",
    "Call the house on {PHONE|0161-496-0553} after 6, or text {PHONE|07700.900.671}",
    "We've moved Grandma {NAME|Xiomara} to {ADDRESS|Sunnyfield Lodge} for respite until the {DATE|8th Dec}.",
    "He works at {ADDRESS|Brightwater Primary School} as a caretaker and got bitten by a dog on site on {DATE|Tuesday 17/11}.",
    "hello this is grandpa {NAME|joe}'s wife {NAME|dot}, his catheter is blocked again",
    "The visiting podiatrist, Mr {NAME|Thibault Gagnon}, said the toenail needs to come off.",
    "Message for Dr {NAME|Al-Khatib}: {NAME|Rania} (my wife) has had a fever of 39 since {DATE|Sun 22/11}.",
    "ward round list: rm 12 {NAME|abiodun f.} - home tmrw if INR ok; rm 14 mrs {NAME|o'hagan}'s son {NAME|padraig} wants a call on {PHONE|07700 900 552}",
    "Patient: {NAME|Hemi Te Rangi}\nDOB: {DATE|1933-08-14}\nAge: {AGE|93}\nIwi contact: {NAME|Aroha Te Rangi} {PHONE|021 555 0493}",
]

# Messages and notes in other languages, with transliterated names and foreign date/age forms.
OTHER_LANG: list[str] = [
    "Hola, soy {NAME|Esperanza Quintanilla}. Mi abuela tiene {AGE|noventa y cuatro} años y se cayó el {DATE|15 de noviembre}.",
    "Bonjour docteur, ma mère {NAME|Geneviève Lachapelle}, {AGE|quatre-vingt-treize} ans, tousse depuis le {DATE|mardi 17 novembre}.",
    "Guten Tag, mein Vater {NAME|Ewald Kirchhoff} ist {AGE|96} Jahre alt und liegt seit dem {DATE|12. Oktober} im {ADDRESS|Klinikum Rosenheim}.",
    "Buongiorno, sono {NAME|Ludovica Ferraresi}, mia zia {NAME|Carmela} ha {AGE|novantuno} anni e non mangia dal {DATE|20 novembre}.",
    "Olá, meu pai {NAME|Sebastião Albuquerque} tem {AGE|noventa e cinco} anos, consulta marcada para {DATE|2 de dezembro}.",
    "Dzień dobry, moja babcia {NAME|Stanisława} ma {AGE|dziewięćdziesiąt trzy} lata, wizyta {DATE|15 października} została odwołana.",
    "Chào bác sĩ, mẹ tôi là {NAME|Trần Thị Hoa}, {AGE|94} tuổi, bị sốt từ {DATE|ngày 5 tháng 11}.",
    "Magandang araw po, si Lola {NAME|Corazon} ay {AGE|siyamnapu't dalawa} na at nahulog noong {DATE|ika-8 ng Nobyembre}.",
    "Merhaba, annem {NAME|Fatma Yıldırım} {AGE|93} yaşında, randevusu {DATE|8 Aralık} tarihinde.",
    "Goedemiddag, mijn opa {NAME|Hendrik de Vries} is {AGE|91} jaar en woont in {ADDRESS|Zorgcentrum De Linde}, {ADDRESS|Amersfoort}.",
    "Habari daktari, bibi yangu {NAME|Mwanaisha} ana miaka {AGE|tisini na sita}, alianguka tarehe {DATE|14 Novemba}.",
    "Mi esposo {NAME|Rigoberto} tiene cita con la Dra. {NAME|Valdivieso} el {DATE|jueves 3 de diciembre}, teléfono {PHONE|+52 55 5555 0147}.",
    "Je m'appelle {NAME|Youssef Benali}, j'habite {ADDRESS|12 rue des Tanneurs}, {ADDRESS|69003} {ADDRESS|Lyon}. Merci de m'envoyer l'ordonnance.",
    "Meine Adresse: {ADDRESS|Lindenstraße 42}, {ADDRESS|80331} {ADDRESS|München}. Versichertennummer {ID|K229184407}.",
    "Caro dottore, il mio numero è {PHONE|+39 347 555 0192}, chieda di {NAME|Gianluca}.",
    "Sou a {NAME|Maria da Conceição} da {ADDRESS|Rua das Flores 118}, {ADDRESS|Porto}, {ADDRESS|4050-262}.",
    "Pani {NAME|Wiśniewska} prosi o telefon: {PHONE|+48 601 555 284}, adres {ADDRESS|ul. Długa 14}, {ADDRESS|00-950} {ADDRESS|Warszawa}.",
    "Anh {NAME|Lê Quang Minh} hẹn khám {DATE|thứ Hai, 30/11}, số điện thoại {PHONE|0912 555 384}.",
    "Ang anak kong si {NAME|Jericho} ay may lagnat simula {DATE|Nobyembre 20}, paki-text sa {PHONE|0917 555 0266}.",
    "Doktor {NAME|Aydın} bey, babam {NAME|Mehmet} {DATE|23 Kasım} gecesi hastaneye kaldırıldı.",
    "Hallo, ik ben {NAME|Femke Verhoeven}, mijn afspraak op {DATE|3 december} kan niet doorgaan.",
    "Mgonjwa {NAME|Baraka Mwangi} atarudi kliniki tarehe {DATE|2 Desemba}, namba yake ni {PHONE|+254 712 555 093}.",
    "Ma grand-mère a {AGE|quatre-vingt-dix-neuf} ans, elle est à l'{ADDRESS|EHPAD Les Tilleuls} depuis le {DATE|4 mars}.",
    "Mein Opa ist {AGE|dreiundneunzig} und verwechselt seit {DATE|Montag, 16. November} die Tabletten.",
    "La signora {NAME|Assunta Pellegrino}, {AGE|92} anni, ricoverata all'{ADDRESS|Ospedale San Luca} dal {DATE|18/11}.",
    "Salaam, my name is {NAME|Abdulrahman al-Shammari}, my mother {NAME|Umm Khalid} is short of breath since {DATE|Friday 20th}.",
    "{NAME|Nagesh} here - my father {NAME|Venkatesh Subbarayan} turned {AGE|ninety} last week, can he still have the flu jab?",
    "{NAME|Chiamaka Obiora-Eze} (nee {NAME|Nwosu}), DOB {DATE|1 Feb 1936}, Medicare {ID|2GH7-TR4-KV81}",
    "{NAME|Dermot Ó Súilleabháin} and {NAME|Róisín Ní Bhriain} are both listed as next of kin.",
    "Paciente {NAME|Ximena Guadarrama}, historia clínica {MRN|HC-0048812}, alta el {DATE|21/11/2026}.",
]

# Clinical text with no PHI: words that are also names, eponyms, brands, ages under 90, bare
# years, weekdays and relative dates, vitals, departments, and plain messages in other languages.
NO_PHI: list[str] = [
    "I hope the new dose of metformin helps, the old one gave me stomach cramps.",
    "Will the Holter monitor be fitted on the same day as the echo?",
    "The bill from the lab was higher than expected, is there a payment plan?",
    "Rose-coloured rash on the trunk, blanching, no fever. Likely pityriasis rosea.",
    "Patient is 87, lives independently, BP 148/82, HR 76 irregular.",
    "Parkinson's tremor worse on the left since the weekend; Sinemet timing reviewed.",
    "Crohn's flare: stool frequency up to 8 a day, CRP 64, started on budesonide.",
    "SOAP\nS: sore throat 3 days\nO: tonsils enlarged, no exudate\nA: viral pharyngitis\nP: fluids, paracetamol, safety-net advice",
    "Handover: bed 2 needs a repeat potassium at 6am, bed 5 for TTO, bed 7 awaiting OT assessment.",
    "Had shingles in 2019 and chickenpox as a kid, should I get the Shingrix?",
    "Every Monday and Thursday I get palpitations after coffee.",
    "Young adults with Addison's disease need a steroid emergency card.",
    "Faith-based fasting next month - how should I adjust my insulin?",
    "Tengo dolor de cabeza desde hace tres días y el ibuprofeno no me ayuda.",
    "J'ai mal au ventre après chaque repas depuis une semaine.",
    "Ich habe seit gestern Fieber und Halsschmerzen.",
    "Ho la pressione alta, devo prendere la pastiglia la mattina o la sera?",
    "Estou com tosse seca há duas semanas, é normal?",
    "Od tygodnia boli mnie kolano, szczególnie rano.",
    "Tôi bị ho và sốt nhẹ từ hôm qua.",
    "Masakit ang tiyan ko mula kahapon, ano ang dapat kong inumin?",
    "İki gündür başım ağrıyor ve midem bulanıyor.",
    "Ik heb sinds vanochtend last van duizeligheid.",
    "Nina homa na kikohozi tangu jana usiku.",
    "Discharge summary: admitted with cellulitis of the left shin, IV flucloxacillin 48 h, switched to oral, home with 5 days.",
    "Brown discolouration of the urine after starting nitrofurantoin, is that expected?",
    "Cardiology Outpatients asked me to do a 24-hour urine collection before my next visit.",
    "Referral letter: 64-year-old man with Dupuytren's contracture affecting the ring finger, for hand surgery opinion.",
    "GCS 15, pupils equal and reactive, Babinski negative bilaterally.",
    "My son is 9 and has had a barking cough for 2 nights, worse at bedtime.",
]


def main() -> None:
    items = build(
        NOTES + MESSAGES + OTHER_LANG + NO_PHI, "hold11-phi", "held-out dev set 11", "2026-11-24"
    )
    write(OUT, items)
    empty = sum(1 for i in items if not i["spans"])
    print(
        f"{OUT.name}: {len(items)} items, {sum(len(i['spans']) for i in items)} spans, {empty} empty"
    )


if __name__ == "__main__":
    main()
