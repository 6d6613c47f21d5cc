"""Build phi_holdout10.jsonl: a fresh, recall-heavy held-out PHI set (150 fictional notes and messages).
Run once to write the file; it is a frozen before/after yardstick, so never edit its items after.

Items are written with inline markup ``{LABEL|value}``; phi_markup strips it, finds each
value's offsets in the plain text by code, checks every span and writes atomically.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

OUT = Path(__file__).with_name("phi_holdout10.jsonl")

# Clinician notes: SOAP, handover, discharge, referral, nursing, pharmacy, theatre. Conventions
# (README_dev_b.md, phi_README.md): titles, field labels and a leading article stay outside a
# span; each address part below state level is its own span; an AGE span is the number only and
# only at 90 or over; a time beside a date is not in the span; named facilities, wards and care
# homes tied to a patient's stay are ADDRESS; IPs are URL; plates, serials, NHS numbers are ID.
NOTES: list[str] = [
    "SOAP note {DATE|24/11/2026}\nS: Mrs {NAME|Adaeze Nwosu}, {AGE|93}, reports ankle swelling for 5 days, sleeping on 3 pillows.\nO: BP 148/82, HR 88, pitting oedema to mid-shin.\nA: probable heart failure flare.\nP: furosemide up to 40 mg, review by Dr {NAME|Pellegrino} on {DATE|Thu 26 Nov}.",
    "HANDOVER 19:30\nBay 3 bed 2 - {NAME|HENRIK SOLBERG}, MRN {MRN|7730-1182}, day 1 after lap chole, pain settled on paracetamol. Wife {NAME|Ingrid} (mob {PHONE|07700 900461}) will ring {ADDRESS|Kestrel Ward} tomorrow morning.",
    "DISCHARGE SUMMARY\nPatient: {NAME|O'SULLIVAN, Pádraig}\nAdmitted: {DATE|2025.03.04}   Discharged: {DATE|2025.03.11}\nWard: {ADDRESS|Larch Ward}, {ADDRESS|Royal Glenmoor Infirmary}\nNHS No: {ID|485 777 3456}\nDiagnosis: community-acquired pneumonia, IV co-amoxiclav then oral doxycycline.",
    "Dear Dr {NAME|Mahlangu},\nRe: {NAME|Tran Thi Hoa}, DOB {DATE|17.09.1932}, {ADDRESS|Flat 2, 19 Bellhaven Court}, {ADDRESS|Leeds} {ADDRESS|LS6 2QT}\nThank you for seeing this lady with six months of painless jaundice and weight loss.\nYours sincerely,\nDr {NAME|Eamon Fitzgerald-Kaur}, {ADDRESS|Moorfield Lane Surgery}",
    "Nursing note 0340: pt {NAME|ruth abernethy-cole} found on floor beside bed, no head strike per pt. Obs stable. Son {NAME|Declan} informed by phone at 0410. Incident form raised.",
    "Resident Mr {NAME|Ferenc Horváth} of {ADDRESS|Willowmere Care Home} turned {AGE|ninety-eight} on {DATE|2 November}; poor oral intake since, GP asked to review.",
    "Referral: 6 y/o girl {NAME|Zainab Al-Rashidi} seen at {ADDRESS|Brookvale Family Practice} on {DATE|Monday 9th November} with 3 weeks of limp. Mother {NAME|Huda} speaks Arabic, interpreter needed. Contact {PHONE|+44 7911 123456}.",
    "A&E triage 14:05 {DATE|11-Nov-2026}: {NAME|WOJCIECHOWSKI, Bartosz}, {AGE|91}yo, brought in by carer from {ADDRESS|Oakhurst Lodge}. Query UTI, new confusion.",
    "ICU handover: bed 6 {NAME|Nguyễn Văn Long} still intubated, FiO2 0.4. Daughter {NAME|Mai} asks for a daily call at 10:00 on {PHONE|+84 90 555 1234}.",
    "Clinic letter. cc: Mrs {NAME|Blessing Okonkwo-Eze}, {ADDRESS|27 Ashgrove Road}, {ADDRESS|Croydon} {ADDRESS|CR0 6TY}. Attended with her {AGE|90}-year-old mother; BP now well controlled.",
    "I reviewed Mr {NAME|Okafor} in the chest clinic on {DATE|4th March}. FEV1/FVC 0.61. I have asked Sister {NAME|Hennessy} to arrange pulmonary rehab.",
    "Op note {DATE|March the 4th}: surgeon Mr {NAME|Raghunathan}, assistant Dr {NAME|lowe}. Uncomplicated right hemicolectomy. Patient {NAME|Gwendolyn Price} to HDU.",
    "Phone triage: caller {NAME|Hope Whitaker} about her husband {NAME|Bill}, {AGE|ninety-four}, black stools since {DATE|Sunday 15th}. Advised to call an ambulance.",
    "Home visit {DATE|Wed 18/11}: baby {NAME|Zofia Kowalska}, 10 days old, feeding well. Mum {NAME|Agnieszka} tired but coping. Address confirmed as {ADDRESS|Unit 4, 212 Harbour Street}, {ADDRESS|Swansea} {ADDRESS|SA1 8QY}.",
    "DNACPR discussed with the patient and his niece {NAME|Róisín} on {DATE|20/11/26}. Patient {NAME|Tadhg Ó Conaill}, {AGE|96}, has capacity and agrees.",
    "physio note - mr {NAME|brown} walked 20 m with frame. Daughter {NAME|Daisy} asked about rehab at {ADDRESS|Linden House} after discharge.",
    "Pharmacy: Rx for {NAME|Ogunleye, Precious}, DOB {DATE|1934-07-21}, member ID {ID|UHC 9910 4456 21}, apixaban 2.5 mg bd.",
    "Telephone consult {DATE|23.11.2026} 11:20 with Mr {NAME|Szymon Nowak}, registered at {ADDRESS|Hollybank Medical Centre}. Cough 3/52, no red flags, safety-netted.",
    "Wound clinic: dressing changed by Nurse {NAME|Joy Mensah}. Next visit {DATE|Fri 27th Nov} at 9.30. Pt {NAME|Kwabena Asante} prefers morning slots.",
    "Transfer: {NAME|DESHPANDE, Ananya Rao} moved from {ADDRESS|Bluebell Ward} to {ADDRESS|St Columba's Hospice} on {DATE|22nd November 2026}. Husband {NAME|Vikram} aware.",
    "Patient: {NAME|ABDULLAHI, Musa}\nMRN: {MRN|A00917734}\nDOA: {DATE|11/18/2026}\nAttending: {NAME|J. Whitcombe}, MD\nPlan: CT abdomen with contrast, NPO after midnight.",
    "Lab form: specimen collected {DATE|24 Nov 2026} 06:10, collector {NAME|T. Abiodun}, requisition {ID|RQ-55190-22}.",
    "Occupational health: employee {NAME|Dariusz Lewandowski}, payroll {ID|EMP-00418823}, needle-stick injury on {DATE|19 Nov} at 14:30.",
    "Advance directive signed {DATE|Nov 16th, 2026} and witnessed by Fr. {NAME|Anselm Moloney} and {NAME|Deirdre Keane}.",
    "Signed: {NAME|R. Moynihan}, RN  {DATE|24/11/26} 07:45",
    "Name on wristband reads {NAME|SADHBH O'DONNELL}, chart says {NAME|Sadhbh O Donnell}; please merge. MRN {MRN|RGI-0045127}.",
    "urgent - pt {NAME|Olumide Adebayo-Smith}, DOB {DATE|12/05/1933}, aged {AGE|93}, sats 88% on air, for medical reg review.",
    "Reminder: Mr {NAME|Young} is booked with Dr {NAME|Ng} on {DATE|Wednesday 2 Dec} at 10:40, {ADDRESS|Parkside Clinic}, {ADDRESS|2nd Floor, 88 King St W}, {ADDRESS|Toronto} ON {ADDRESS|M5X 1A9}.",
]

# Patient and family messages in English: portal, text, email, forwarded mail.
MESSAGES: list[str] = [
    "hi its {NAME|faith} from the 3rd floor, my mom {NAME|rose} is {AGE|92} and wont eat since the {DATE|19th}",
    "From: {NAME|Colm O'Driscoll} <{EMAIL|colm.odriscoll@example.ie}>\nTo: Nurse {NAME|Faith Adeyemi}\nCc: {NAME|bill young}\nSent: {DATE|Monday, 23 November 2026} 08:14\nSubject: Dad's catheter\n\nThe catheter bag is leaking again, can someone come out today?",
    "Forwarded message\nFrom: {EMAIL|hope.marchetti1947@example.com}\nDate: {DATE|Sat 21 Nov 2026}, 22:40\nTo: Dr. {NAME|Farrukh Tashkentov}\nSubject: knee\n\nStill swollen after the steroid injection on {DATE|Mar 3}.",
    "saw {NAME|Okafor} yesterday about my sugar and he said to text {PHONE|07700 900 218} if it goes over 20",
    '"Ask for Pastor {NAME|Emeka}, he drives people to the hospital," my neighbour said. Can he come onto the ward with me?',
    "Officer {NAME|Dunleavy} brought my brother in after the crash on {DATE|Nov 14}, the car plate was {ID|LK67 RXW}, insurance wants the report",
    "{NAME|Maria}'s inhaler ran out and {NAME|Tomás}'s EpiPen expires {DATE|12/26}, can you renew both?",
    "The kids are {NAME|Hunter}, {NAME|Chase}, {NAME|Sage} and {NAME|Brooklyn} - all four have the stomach bug",
    "Thanks again for everything.\n\nWarm regards,\n{NAME|Lakshmi Venkataraman}\n{ADDRESS|4410 Oak Hollow Dr}, {ADDRESS|Plano}, TX {ADDRESS|75093}\n{PHONE|972.555.0183}",
    "pls call my daughter {NAME|YOUNG-MI} on {PHONE|+1 (646) 555-0129 ext. 31}, she handles my appointments",
    "My dad said, \"Tell Dr. {NAME|Abubakar} I'm not taking that statin.\" He is {AGE|95} so I can't argue much.",
    "Hi, {NAME|Caoimhe O'Shaughnessy} here, DOB {DATE|3/4/1930}, I need my repeat prescription for levothyroxine.",
    "address for the wheelchair delivery: {ADDRESS|RR 2 Box 118}, {ADDRESS|Millersburg}, OH {ADDRESS|44654}. ask for {NAME|Junior}",
    "Please mail the forms to {ADDRESS|PO Box 4471 Station A}, {ADDRESS|Halifax} NS {ADDRESS|B3K 5M1}",
    "My husband's CPAP serial is {ID|J3R-22819-X4} and the company says claim {ID|CLM-2026-0087713} is still pending",
    "the portal link you sent is {URL|https://myhealth.example.org/u/jgallagher-1956/letters}, it says access denied",
    "Login trouble. It logged me in from {URL|198.51.100.23} and I was never there. Account {ID|AC-5561902}.",
    "my grandmother turns {AGE|100} on {DATE|Dec 2nd}, can she get the flu jab at home? she lives at {ADDRESS|Flat 9, Rosemount Court}, {ADDRESS|Bath}",
    "I'm aged {AGE|95} and the stairs at the surgery are too much for me now. Can the nurse visit?",
    "pt is a {AGE|92}yo female with new onset AF, family asking about blood thinners",
    "Policy {ID|PLY-440-221-908}, claim {ID|88230175}, patient {NAME|Mercy Adjei-Boateng}. Date of service {DATE|10/30/2026}.",
    "My Medicaid number is {ID|ZZ44108872} and my caseworker is Ms. {NAME|Hill}, she needs a copy of the letter",
    "HELLO THIS IS {NAME|DOLORES VANCE} CALLING ABOUT MY {AGE|NINETY-ONE} YEAR OLD HUSBAND {NAME|EARL} HE FELL IN THE KITCHEN",
    "hey its me {NAME|drew} lol. the rash is back since last {DATE|tues the 10th}",
    "appt was last {DATE|Tuesday the 11th} at 2pm and i still have no results",
    "Last colonoscopy was {DATE|Mar '25} with Dr {NAME|Iyer}, two polyps removed. Am I due again?",
    "Dr. {NAME|Kaur}'s nurse {NAME|Bronwyn} said my INR was 4.1 on {DATE|Nov 20}. Should I skip tonight's warfarin?",
    "Email me at {EMAIL|thanh.pham.nguyen@example.vn} instead, my son {NAME|Phạm Minh Khôi} reads them for me",
    "New address from {DATE|1 December}: {ADDRESS|Apt 5B, 300 Grand Concourse}, {ADDRESS|Bronx}, NY {ADDRESS|10451}. Phone stays {PHONE|718-555-0142}.",
    "Coach {NAME|Delgado} said my son {NAME|Mateus} hit his head at practice {DATE|Sat 11/21}, he's been throwing up",
    "The device rep ({NAME|Kyle Brandt}, {EMAIL|kbrandt@example-medtech.com}) checked pacemaker serial {ID|PZM 700455 K} on {DATE|18/11}.",
    "my wife {NAME|Nadia}'s birthday is {DATE|4/3} but the pharmacy has {DATE|3/4} on file",
    "txt: hiya its mrs {NAME|brown}, the district nurse {NAME|pat} didnt come today, leg dressing soaked thru",
    "Please pass to Sister {NAME|Aoife}: Mr {NAME|Ferreira} in bed 4 wants to know when his son {NAME|Gustavo} can visit.",
    "baby {NAME|Amara} (DOB {DATE|03-09-26}) missed her 8 week check, can we rebook?",
    "Last tetanus shot {DATE|03-04-25} per my records, do I need another after a dog bite?",
    "Sister {NAME|Bernadette} from the parish brings communion to mum at {ADDRESS|Glenview Nursing Home} every week; she noticed mum's legs are purple",
    "ok so {NAME|kwame} and {NAME|efua} both have conjunctivitis. {NAME|kwame}'s eye is worse",
    "Please copy the letter to Dr {NAME|Liesel Hartmann} at {ADDRESS|Southbank Medical Group}, fax {PHONE|(617) 555-0170}.",
    "my NHS number is {ID|943 476 5919} and my GP is at {ADDRESS|Wickham Road Surgery}",
    "The home health aide ({NAME|Rosa Inés Batista}) says grandpa is {AGE|ninety six} and his oxygen is 86% on room air",
    "{NAME|Faith} and {NAME|Hope} (twins) need their MMR booster, can we come {DATE|Thursday 3rd}?",
    "Numbers for the chart: home {PHONE|+353 1 555 0147}, mobile {PHONE|087 555 2210}. Contact person {NAME|Niamh}.",
    "plate # {ID|8KTW442} is the car we'll be in for curbside pickup, I'm {NAME|Rhett}",
    "Insulin pump S/N {ID|PMP-22-009184}, pt {NAME|Jovanka Petrović}, alarms every night at 3am",
    "You have me listed as {NAME|Anne-Marie Lefebvre-Brown}; it's {NAME|Anne Marie Lefebvre} now since the divorce.",
    "voice note transcript: 'doctor please its {NAME|Oluwakemi} again, my baby {NAME|Tife} temp 39.2 since morning'",
    "RE: appt on {DATE|2026-11-30} 09:00, can I bring my interpreter {NAME|Hamza}?",
    "Can Padre {NAME|Ignacio} visit mum in {ADDRESS|Cedar Unit}? She is on end-of-life care.",
    "The family wants updates sent to {NAME|ahmed}'s email {EMAIL|a.elsayed.family@example.com}, not his phone",
    "{NAME|MAGDALENA} - your results from {DATE|Tue 17/11} are normal, no action needed. Dr. {NAME|Pieterse}",
    "To: {EMAIL|dr.m.oyelowo@example-nhs.uk}\nFrom: {NAME|Gillian Brightwater}\nRe: hearing aid\n\nMy {AGE|ninety}-year-old father's hearing aid whistles constantly.",
    "Dr {NAME|Whitlock}'s secretary {NAME|Pam} said the MRI is booked for the {DATE|2nd of December}",
    "hi nurse its {NAME|BILLY-RAY} again my foot ulcer smells bad now",
    "Our son {NAME|Cormac}'s school nurse at {ADDRESS|St. Brigid's National School} called; he has a temp of 38.6.",
    "I stayed at {ADDRESS|Harborview Rehabilitation Center} from {DATE|Oct 2} to {DATE|Oct 19} after my hip, Ms. {NAME|Quinn} said you need the records",
    "Re: {NAME|Yaw Boateng} - please send results to his daughter {NAME|Abena} at {EMAIL|abena.boateng@example.co.uk} or {PHONE|020 7946 0321}.",
    "GRANDMA {NAME|JO} IS {AGE|99} TODAY AND HAS A UTI AGAIN",
    "Member #: {ID|W28841-0937}  Group #: {ID|GRP-31877}\nSubscriber: {NAME|Patience Owusu-Ansah}\nDOB: {DATE|Aug 9 1941}",
    "my son is {NAME|Will}. {NAME|Will} has had diarrhea for three days and won't drink",
    "sorry, my cell is {PHONE|604-555-0199}, not the landline. - {NAME|jas}",
    "the ambulance crew ({NAME|Mick} and {NAME|Shaz}) took dad to {ADDRESS|Northgate General} on {DATE|Fri 13th}",
    "Hi Dr {NAME|Hassan}, {NAME|Leila} here (mum of {NAME|Yara}, DOB {DATE|2/2/2020}). She still has a wet cough.",
    "Salam, this is {NAME|Abdelrahman Al-Qahtani}, my mother {NAME|Umm Khalid} is {AGE|93} and her sugar was 22 this morning",
    "Namaste doctor, I am {NAME|Venkatesh Subramanian}, my father {NAME|K. Ramaswamy Iyer} has an appointment on {DATE|25-11-2026}",
    "Good morning ma, I'm {NAME|Chukwuemeka Obi}, calling for Mama {NAME|Ifeoma} who was admitted to {ADDRESS|Ikoyi Crest Hospital} on {DATE|Sunday 22/11}.",
    "{NAME|Grzegorz}'s physio at {ADDRESS|Riverside Rehab Centre} wants a letter confirming his knee surgery date, it was {DATE|9 Oct 2026}.",
    "my daughter {NAME|April} has had a fever since Sunday and now a rash on her belly",
    "dr {NAME|chavez} my tia {NAME|chuy} is in the {ADDRESS|Valley Regional} ICU since {DATE|domingo 22}, can you call {PHONE|956 555 0117}",
]

# Messages in other languages, with non-English and transliterated names and local formats.
OTHER_LANGUAGES: list[str] = [
    "Hola, soy {NAME|Rocío Benítez}. A mi abuelo {NAME|Ernesto} (tiene {AGE|noventa y tres} años) lo dieron de alta del {ADDRESS|Hospital San Rafael} el {DATE|4 de marzo}.",
    "Doctora {NAME|Zamudio}, ¿la cita de mi hijo {NAME|Santiago} es el {DATE|jueves 26 de noviembre}? Mi cel es {PHONE|55 1234 5678}.",
    "Bonjour Docteur {NAME|Lemaire}, mon père {NAME|Jean-Baptiste Koffi}, {AGE|91} ans, est à l'{ADDRESS|EHPAD Les Tilleuls} depuis le {DATE|12 octobre}. Il tousse beaucoup.",
    "Mon adresse : {ADDRESS|12 rue des Lilas}, {ADDRESS|69003} {ADDRESS|Lyon}. Tél. {PHONE|06 12 34 56 78}. Merci, {NAME|Océane Girard}",
    "Sehr geehrte Frau Dr. {NAME|Brandstätter}, meine Mutter {NAME|Hildegard Zimmermann} ({AGE|94}) liegt seit {DATE|Montag, 16. November} im {ADDRESS|Klinikum Nordstadt}.",
    "Rückruf bitte unter {PHONE|+49 30 12345678}, {NAME|Jörg Weißmüller}, {ADDRESS|Kastanienallee 23}, {ADDRESS|10435} {ADDRESS|Berlin}.",
    "Buongiorno, sono {NAME|Chiara Esposito}, mia nonna {NAME|Assunta} ha compiuto {AGE|novantasette} anni il {DATE|4 marzo} e da ieri ha la febbre.",
    "Il dottor {NAME|Ferraro} ha visitato mio marito il {DATE|martedì 10 novembre} presso la {ADDRESS|Casa di Cura Villa Serena}.",
    "Olá, aqui é a {NAME|Conceição}, filha da dona {NAME|Benedita}, que fez {AGE|noventa} anos. A consulta dela é dia {DATE|2 de dezembro}?",
    "Meu e-mail é {EMAIL|joao.pedro.saraiva@example.com.br} e o celular {PHONE|(11) 98765-4321}. Sou o {NAME|João Pedro Saraiva}.",
    "Dzień dobry, nazywam się {NAME|Krystyna Wiśniewska}, mój mąż {NAME|Zbigniew} ma wizytę {DATE|4 marca} o 10:00. Adres: {ADDRESS|ul. Słoneczna 8/12}, {ADDRESS|31-042} {ADDRESS|Kraków}.",
    "Pani doktor {NAME|Kamińska}, babcia {NAME|Halina} skończyła {AGE|dziewięćdziesiąt dwa} lata i od tygodnia nie wstaje z łóżka.",
    "Chào bác sĩ {NAME|Lê}, mẹ tôi là {NAME|Trần Thị Lan}, {AGE|91} tuổi, bị ho từ {DATE|ngày 15 tháng 11}.",
    "Con tên {NAME|Đỗ Quang Huy}, số điện thoại {PHONE|0912 345 678}, hẹn khám {DATE|thứ Sáu 27/11}.",
    "Magandang umaga po, ako si {NAME|Maricel Bautista}. Ang lola ko na si {NAME|Caridad}, {AGE|95} taong gulang, ay nasa {ADDRESS|Our Lady of Peace Hospital} mula {DATE|Nobyembre 20}.",
    "Doc, si {NAME|Jun-Jun} po ito, anak ni Aling {NAME|Nena}. Tawagan po ninyo ako sa {PHONE|0917 555 0134}.",
    "Merhaba, ben {NAME|Ayşe Yıldırım}. Babam {NAME|Mehmet Yıldırım} {DATE|4 Mart} tarihinde ameliyat oldu, yarası kızardı.",
    "Hemşire {NAME|Zeynep} Hanım, annem {AGE|92} yaşında. Adres: {ADDRESS|Bağdat Caddesi No: 41 D: 7}, {ADDRESS|Kadıköy}, {ADDRESS|İstanbul}.",
    "Goedemiddag, ik ben {NAME|Sanne de Vries-Bakker}, mijn vader {NAME|Kees} ({AGE|90}) is op {DATE|4 maart} gevallen. Huisarts: dokter {NAME|van den Berg}.",
    "Adres: {ADDRESS|Lijnbaansgracht 118-3}, {ADDRESS|1016 GV} {ADDRESS|Amsterdam}. Telefoon {PHONE|+31 6 1234 5678}. Groet, {NAME|Femke}",
    "Habari daktari, mimi ni {NAME|Wanjiku Kamau}. Mama yangu {NAME|Njeri} ana miaka {AGE|tisini na mbili}, alilazwa {ADDRESS|Hospitali ya Mbagathi} tarehe {DATE|4 Machi}.",
    "Nota di consegna: sig.ra {NAME|Maria Grazia Lombardi}, {AGE|96} anni, {ADDRESS|Reparto Girasole}, ricoverata dal {DATE|18/11/2026}; figlio {NAME|Davide} reperibile al {PHONE|+39 333 123 4567}.",
    "Tafadhali nipigie kwa {PHONE|+254 712 345 678}, ni {NAME|Baraka Otieno}, kuhusu matokeo ya tarehe {DATE|20 Novemba}.",
]

# Clinical text with no PHI: words that are also names, eponyms, brands, ages under 90, bare
# years, weekdays, relative dates, vitals, and ordinary messages in other languages.
NO_PHI: list[str] = [
    "Hope you are well. My fever rose to 38.9 overnight and the ibuprofen barely helped.",
    "Got a bill from the ER for the stitches, is that covered? I have faith it's a mistake.",
    "Urine has been dark brown since the weekend and the whites of my eyes look a bit yellow.",
    "Young children under 2 shouldn't get honey, right? Asking for a neighbour's baby.",
    "Is Bell's palsy contagious? Half my face drooped when I woke up.",
    "Pt 89 y/o, on apixaban, Parkinson's disease, Addison's on hydrocortisone 20/10.",
    "Diagnosed with Crohn's in 2019, now on Stelara every 8 weeks, joint pain flaring.",
    "Ward round 0800: all patients reviewed, no acute issues, two discharges planned after lunch.",
    "S: productive cough 5/7. O: T 37.8, RR 20, SpO2 95% RA, crackles R base. A: LRTI. P: amoxicillin 500 mg tds x5d, safety-netting given.",
    "Handover: bay 2 all stable, bed 4 for CT head this afternoon, bed 5 nil by mouth from midnight.",
    "Tengo dolor de garganta desde hace tres días y fiebre de 38 grados. ¿Debo ir a urgencias?",
    "J'ai des vertiges quand je me lève le matin, est-ce que c'est à cause de ma tension ?",
    "Seit zwei Wochen habe ich Kopfschmerzen und nehme Ibuprofen 400 mg zweimal täglich.",
    "Ho mal di schiena da una settimana, posso prendere il paracetamolo insieme all'ibuprofene?",
    "Estou com tosse seca há dez dias e falta de ar quando subo escadas.",
    "Od wczoraj mam wysypkę na rękach i swędzi mnie całe ciało.",
    "Tôi bị đau bụng và tiêu chảy từ hôm qua, có cần đi khám không?",
    "Masakit po ang tiyan ko simula kahapon, ano po ang dapat kong inumin?",
    "İki gündür ateşim var ve boğazım çok ağrıyor, antibiyotik almalı mıyım?",
    "Ik heb sinds gisteren pijn op de borst als ik de trap op loop.",
    "Nina homa na kikohozi kwa siku tatu, nifanye nini?",
    "The grace period on my prescription coverage ends soon, can you send a 90-day supply?",
    "Discharge summary: admitted with DKA, insulin infusion weaned, ketones cleared day 2, home on basal-bolus, diabetes nurse follow-up in 1 week.",
    "Referral to Cardiology: 67-year-old with exertional chest pain, ST depression V4-V6, troponin negative.",
    "My sugar reading was 7.8 at 08:30 and 11.2 after lunch. Is that normal on Jardiance?",
    "The Foley was removed at 06:00 and he passed 300 mL of urine by noon.",
    "I get dialysis every Tuesday and Friday; can my flu shot be given on a Wednesday?",
    "Hashimoto's thyroiditis, TSH 6.2, levothyroxine increased from 75 to 88 mcg.",
    "Mum is 88 and still drives, is that safe with her macular degeneration?",
    "Care plan: reposition every 2 hours, Waterlow score 18, pressure-relieving mattress in place.",
]


def main() -> None:
    items = build(
        NOTES + MESSAGES + OTHER_LANGUAGES + NO_PHI,
        "hold10-phi",
        "held-out dev set 10",
        "2026-11-24",
    )
    write(OUT, items)
    empty = sum(1 for i in items if not i["spans"])
    print(
        f"{OUT.name}: {len(items)} items, {sum(len(i['spans']) for i in items)} spans, {empty} empty"
    )


if __name__ == "__main__":
    main()
