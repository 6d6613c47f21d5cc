"""A PHI format probe: templates x fillers, scored per format to find systematic recall holes.

Every sentence and filler is written here (fictional, our own words); nothing comes from a test
or goldset. Run: python -m pipelines.triage.dev.phi_probe [--misses FORMAT ...] [--use-no-ner]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from dataclasses import dataclass

from pipelines.triage.dev.phi_markup import parse

# One probe family: a format name, templates with a "{}" slot, and marked fillers for the slot.
# A template may hold more markup of its own; negatives (no PHI) use fillers without markup.


@dataclass(frozen=True)
class Family:
    name: str
    templates: tuple[str, ...]
    fillers: tuple[str, ...]


def _n(label: str, values: str) -> tuple[str, ...]:
    """Marked fillers from one ";"-separated string of values."""
    return tuple(f"{{{label}|{v.strip()}}}" for v in values.split(";"))


_LOWER_NAMES = _n(
    "NAME",
    "rosalind; tobiah; kwame asante; priya natarajan; sven lindqvist; oluwaseun; "
    "marguerite; dariusz; keoni; ximena",
)
_CAPS_NAMES = _n(
    "NAME",
    "GRETCHEN HOLLOWAY; ADAEZE OKONKWO; BARNABY FITCH; LUDMILA ORLOVA; "
    "HAMISH MACRAE; YOLANDA PRUITT; TEODOR BALAN; INGRID SOLBERG",
)
_SURNAMES = _n(
    "NAME",
    "Abernathy; Nwachukwu; Lindqvist; Fairweather; Castellanos; Mbeki; Pruitt; "
    "Haverford; Oyelowo; Szymanski",
)
_WORDLIKE = _n(
    "NAME",
    "Hope; Chase; Hunter; Summer; Rocky; Brook; Sky; Dawn; Rusty; Ivy; Cliff; Sunny; "
    "Forrest; Hazel; Penny; Wade",
)
_WORDLIKE_FULL = _n(
    "NAME",
    "Grace Fields; Frank Baker; Rose Hill; Bill Rivers; Joy Cotton; Hunter Wood; "
    "Crystal Banks; Neil Bishop",
)
_FULL = _n(
    "NAME",
    "Marisela Quintanilla; Thaddeus Okoro; Wren Castellanos; Bogdan Petrescu; "
    "Henrietta Vasquez; Anders Holmgren; Fumiko Tanabe; Cormac Doherty",
)
_INTL = _n(
    "NAME",
    "Siobhán O'Rourke; Jean-Baptiste Mbemba; Pieter van der Berg; Rosa de la Cruz; "
    "Nguyễn Thị Lan; Omar Al-Farouqi; Dolores D'Angelo; Aoife Ní Bhriain; "
    "Björn Þórsson; Luca Di Stefano; Amara N'Diaye; Tomás Dos Santos; Mei-Ling Zhou; "
    "Hans-Jürgen Vogt; Kateřina Dvořáková; Ana Lúcia Pereira",
)
_GIVEN = _n(
    "NAME",
    "Ottilie; Bartholomew; Esperanza; Magnus; Temperance; Lorcan; Zainab; Evander; Philippa; Cosmo",
)

_DATES_NUMERIC = _n(
    "DATE",
    "03/14/2025; 3/4/25; 14.03.2025; 2025-03-14; 03-14-2025; 14/03/2025; 3/14; "
    "11.9.24; 2024/11/09; 9-11-2024",
)
_DATES_WRITTEN = _n(
    "DATE",
    "March 14, 2025; 14 March 2025; Mar 14; Sept. 9th; Oct 3rd, 2024; 14-Mar-25; "
    "March 14th; Nov. 2; 12 Dec 24; February 29th, 2024; Aug 7 2025; 1st of June; "
    "June the 1st; Jan. 5, '24; 5th Jan",
)
_DATES_WORDS = _n(
    "DATE",
    "March fourteenth; twenty-first of May; second of April; June twelfth; "
    "fifth of November; December the third; thirtieth of September",
)
_DATES_WEEKDAY = _n(
    "DATE",
    "Tuesday, March 4; Tue 3/4; Wed. 11/12; Friday the 13th; Monday 2nd June; "
    "Thurs, Oct 9; Sat 14 Dec; Sunday, 9/21/25",
)
_DATES_FOREIGN = _n(
    "DATE",
    "4 de marzo; 3 juillet 2024; 12. Oktober; 25 dicembre; 7 de setembro de 2023; "
    "1er avril; 15 maart; 9 listopada",
)
# a range joined by a word is two dates (the word is not PHI); one joined by a dash is one
_DATES_RANGES = (
    *_n("DATE", "March 3-5; 3/4-3/9; Jan 10-14, 2025; Oct 28 - Nov 2; 12-16 August"),
    "{DATE|May 2} to {DATE|May 6}",
    "{DATE|6/1} through {DATE|6/15}",
)
_DATES_MONTH_YEAR = _n(
    "DATE",
    "March 2025; Sept 2019; 11/2024; Jan '23; 08/2021",
)
_ORDINAL_BARE = _n(
    "DATE",
    "4th; 21st; 2nd; 13th; 30th",
)

_PHONES = _n(
    "PHONE",
    "+44 20 7946 0958; +1 (617) 555-0143; 617.555.0143; 617 555 0143; (617)555-0143; "
    "1-800-555-0199; +61 412 345 678; +49 30 1234567; 07700 900123; 0412 345 678; "
    "+33 6 12 34 56 78; 617-555-0143 ext. 22; (503) 555-0187 x204; 555-0143; "
    "+353 87 123 4567; 6175550143",
)
_EMAILS = _n(
    "EMAIL",
    "rosalind.pike@gmail.com; t.okoro+clinic@outlook.com; HVASQUEZ@YAHOO.COM; "
    "jean-b.mbemba@mail.co.uk; wren_c1987@proton.me; k.tanabe@uni-hamburg.de; "
    "bogdan@petrescu.ro; cdoherty@icloud.com",
)
_URLS = _n(
    "URL",
    "https://www.facebook.com/marisela.q; www.gofundme.com/f/help-thaddeus; "
    "linkedin.com/in/wren-castellanos; instagram.com/bogdan.paints; "
    "myblog.wordpress.com; https://portal.example-health.org/p/44817; bit.ly/3xYzQ2; "
    "tinyurl.com/henri99; http://cormacdoherty.ie; "
    "https://drive.google.com/file/d/1AbCdEf",
)
_IPS = _n(
    "URL",
    "192.168.14.7; 10.0.0.254; 172.16.254.3; 2001:db8:85a3::8a2e:370:7334",
)

_STREETS = _n(
    "ADDRESS",
    "4417 Larkspur Ln; 12 Orchard Close; 880 W Pemberton Ave; 31 Kestrel Way; "
    "1509 NE 23rd St; 7 Harbour Rd; 2210 Old Mill Pike; 66 Alder Crescent; "
    "19 Rue des Lilas; 402 Magnolia Blvd Apt 3B; 9 Birchwood Drive, Unit 12",
)
_PO = _n(
    "ADDRESS",
    "PO Box 2231; P.O. Box 88; Post Office Box 4410; PO Box 19-B",
)
_POSTCODES = _n(
    "ADDRESS",
    "SW1A 1AA; M1 1AE; EH8 9YL; BS8 1TH; K1A 0B1; V6B 2W9; 02139; 97214-3302; T2P 1J9; G12 8QQ",
)
_CITIES = _n(
    "ADDRESS",
    "Schenectady; Tuscaloosa; Kalamazoo; Poughkeepsie; Walla Walla; Moose Jaw; "
    "Leamington Spa; Ballymena; Bakersfield; Duluth",
)
_IDS = (
    "MRN {MRN|00482913}",
    "MRN: {MRN|A-4471920}",
    "NHS number {ID|943 476 5919}",
    "member ID {ID|XJH4471920}",
    "policy no. {ID|POL-88213-A}",
    "claim # {ID|CLM2025004417}",
    "plate {ID|7ABC123}",
    "licence plate {ID|KX19 PZT}",
    "serial number {ID|4CE0460D0G}",
    "Medicare number {ID|1EG4-TE5-MK73}",
    "passport {ID|X12345678}",
    "driver's license {ID|D1234-56789-01234}",
    "VIN {ID|1HGCM82633A004352}",
    "group number {ID|77120}",
    "account number {ID|0019 4477 2031}",
    "Rx number {ID|6120934}",
    "health card {ID|4532 281 904}",
    "case number {ID|2024-CV-01187}",
)
_AGES_DIGITS = _n(
    "AGE",
    "92; 97; 101; 90; 104; 95; 99",
)
_AGES_WORDS = _n(
    "AGE",
    "ninety-three; ninety four; a hundred and two; one hundred; ninety; "
    "ninety-seven; one hundred and one",
)

# ---- round 9: long-tail phenomena (fillers written for the probe, not taken from any set) ----
_DATES_DAY_MONTH_WORDS = _n(
    "DATE",
    "12 th\u00e1ng 7; 3 th\u00e1ng 11 n\u0103m 2024; 21 marca 2025; 14 Mart; 2 Ekim 2024; "
    "3 januari 2025; ika-5 ng Hunyo; Oktubre 12, 2024; 7 Machi; Aprili 2; 4 de mayo; "
    "7 de outubro de 2023; 25 febbraio; 3 juillet; 12. M\u00e4rz",
)
_AGES_WORDS_SPACING = _n(
    "AGE",
    "ninetyfour; ninety six; Ninety-Two; one hundred and thirteen; a hundred and ten; "
    "ninety-one; one-hundred-three",
)
_PLATES = _n(
    "ID",
    "BT67 RXD; 8XKR442; ABC-1234; B-MW 4471; 12-ABC-3; AB-123-CD; WX 12345; 1234 BCD",
)
_TIED_FACILITIES = _n(
    "ADDRESS",
    "Kingsmead Surgery; Holly Lodge Care Home; Brookside Medical Practice; Fernbrook Nursing "
    "Home; Alder Vale Hospice; Millbrook Health Centre; Oakhurst Clinic; Larkfield Practice",
)
_LOWER_SUBJECTS = _n(
    "NAME",
    "bartosz; nkechi; ismenia; tavita; giedre; ruairi; solveig; oyelaran",
)
_WORD_GIVEN_LOWER = _n("NAME", "hope; grace; joy; dawn; ivy; sunny; hazel; rose")
_TRAILING = _n("NAME", "ned; mira; kofi; petra; ines; luca; bea; hal")
_POSSESSIVE_WORDLIKE = _n("NAME", "Hope; Hunter; Summer; Grace; Ivy; Chase; Dawn; Sunny")
_NICKNAMES = (
    "{NAME|BOBBY} ({NAME|ROBERT FENWICK})",
    "{NAME|Kate} ({NAME|Katherine Oduya})",
    "{NAME|SANDY} ({NAME|ALEXANDRA PRICE})",
    "{NAME|Teddy} ({NAME|Edward Lusk})",
    "{NAME|MEG} ({NAME|MARGARET ADEYEMI})",
    "{NAME|Sasha} ({NAME|Oleksandr Hrytsenko})",
)
_WEEKDAY_ORDINALS = _n(
    "DATE",
    "MONDAY 10TH; Tues 3rd; Friday the 12th; WED 21ST; Sunday the second; thurs 30th",
)

FAMILIES: tuple[Family, ...] = (
    # ---- names -------------------------------------------------------------------------
    Family(
        "name/lower after intro",
        (
            "hi its {} again, the rash on my arm is back",
            "this is {}, calling about my refill",
            "hey {} here, is the lab open saturday",
            "my name is {} and i need a new inhaler",
            "thanks so much, {}",
        ),
        _LOWER_NAMES,
    ),
    Family(
        "name/lower after relation",
        (
            "my daughter {} has had a fever since last night",
            "can my husband {} pick up the prescription",
            "my neighbor {} found me on the floor",
            "our son {} threw up twice after dinner",
        ),
        _LOWER_NAMES,
    ),
    Family(
        "name/lower mid-sentence",
        (
            "please let {} know the results are fine",
            "i talked to {} at the front desk yesterday",
            "can you send the form to {} instead of me",
            "{} said i should ask you about the dosage",
        ),
        _LOWER_NAMES,
    ),
    Family(
        "name/ALL CAPS",
        (
            "PATIENT: {}",
            "FROM {} RE: REFILL REQUEST",
            "{} CALLED ABOUT HIS BLOOD PRESSURE MEDS",
            "PLEASE CALL {} BACK ASAP",
            "Message left by {} at 3pm.",
        ),
        _CAPS_NAMES,
    ),
    Family(
        "name/after title",
        (
            "Dr. {} wanted to see me again in two weeks.",
            "Nurse {} told me to keep the wound dry.",
            "Is Professor {} still running the sleep clinic?",
            "Coach {} said he hit his head during practice.",
            "Officer {} brought him to the ER.",
            "Pastor {} visits her on Sundays.",
        ),
        _SURNAMES,
    ),
    Family(
        "name/after role",
        (
            "My case manager {} set up the ride.",
            "The physical therapist, {}, gave me new exercises.",
            "Our home health aide {} noticed the swelling.",
            "I asked the pharmacist {} about the interaction.",
            "My social worker {} can fax the forms.",
            "His teacher {} sent him to the nurse.",
        ),
        _FULL,
    ),
    Family(
        "name/surname only",
        (
            "{} from cardiology called me back.",
            "I spoke to {} in billing about the charge.",
            "Per {}, I should double the dose.",
            "Could {} call me instead?",
        ),
        _SURNAMES,
    ),
    Family(
        "name/word-like given",
        (
            "My wife {} has a sore throat and a cough.",
            "{} has been vomiting since this morning.",
            "Please ask {} to call me back.",
            "I brought {} in for her shots last month.",
            "Thanks, {}",
        ),
        _WORDLIKE,
    ),
    Family(
        "name/word-like full",
        (
            "This is {} with a question about my labs.",
            "{} is my emergency contact.",
            "Patient {} missed her appointment.",
            "Please send the letter to {}.",
        ),
        _WORDLIKE_FULL,
    ),
    Family(
        "name/possessive",
        (
            "{}'s inhaler ran out yesterday.",
            "I'm {}'s mother and I have a question.",
            "Can you move {}'s appointment?",
            "We picked up {}'s prescription but the label is wrong.",
        ),
        _GIVEN + _FULL[:4],
    ),
    Family(
        "name/list",
        (
            "My kids {NAME|Ottilie}, {} and {NAME|Magnus} all have lice.",
            "Both {} and {NAME|Zainab} have the stomach bug.",
            "The twins ({} and {NAME|Lorcan}) need flu shots.",
            "Appointments for {NAME|Evander}, {} & {NAME|Philippa} please.",
        ),
        _GIVEN[2:8],
    ),
    Family(
        "name/header",
        (
            "From: {}\nTo: Cardiology\nSubject: refill",
            "To: Dr. {NAME|Haverford}\nFrom: {}\nRe: test results",
            "Sent by: {}\nDate: {DATE|03/02/2025}",
            "CC: {}\nPlease add to my chart.",
            "Attn: {} -- urgent question",
        ),
        _FULL,
    ),
    Family(
        "name/signature",
        (
            "The cough is better now.\n\n{}",
            "Thank you for your help.\n-- {}",
            "Still dizzy in the mornings.\nBest,\n{}",
            "Please advise.\nWarm wishes,\n{}",
            "Sincerely yours, {}",
            "See you Tuesday. ~{}",
        ),
        _FULL + _GIVEN[:4],
    ),
    Family(
        "name/international",
        (
            "Dr. {} prescribed the new cream.",
            "My mother {} fell in the bathroom.",
            "{} has had chest pain for an hour.",
            "Please call {} about the biopsy.",
            "Patient: {}\nComplaint: ear pain",
            "I am writing for my uncle, {}.",
        ),
        _INTL,
    ),
    Family(
        "name/given in sentence",
        (
            "{} woke up with a swollen eye.",
            "I think {} needs stitches.",
            "Yesterday {} started coughing up green stuff.",
            "Can {} come in today?",
        ),
        _GIVEN,
    ),
    # ---- dates ------------------------------------------------------------------------
    Family(
        "date/numeric",
        (
            "My last period started {}.",
            "Seen in the ER on {} for chest pain.",
            "DOB: {}",
            "The biopsy is scheduled for {} at 9am.",
        ),
        _DATES_NUMERIC,
    ),
    Family(
        "date/written",
        (
            "I had the surgery on {} and the stitches are still in.",
            "Can I move my appointment from {}?",
            "Symptoms began {}.",
            "born {}",
        ),
        _DATES_WRITTEN,
    ),
    Family(
        "date/spelled ordinal",
        (
            "My colonoscopy is on {}.",
            "She fell on {} and has not been the same.",
            "Refill ran out {}.",
        ),
        _DATES_WORDS,
    ),
    Family(
        "date/weekday+date",
        (
            "Can I come in {}?",
            "The rash appeared {} after the hike.",
            "Appointment: {} at 10:30",
        ),
        _DATES_WEEKDAY,
    ),
    Family(
        "date/foreign month",
        ("Mi cita es el {}.", "Rendez-vous le {}.", "Termin am {} bitte bestätigen."),
        _DATES_FOREIGN,
    ),
    Family(
        "date/range",
        (
            "We will be away {} so please call after.",
            "I was in the hospital {}.",
            "Out of the office {}.",
        ),
        _DATES_RANGES,
    ),
    Family(
        "date/month+year",
        ("Diagnosed in {}.", "Last tetanus shot was {}.", "He moved in with us {}."),
        _DATES_MONTH_YEAR,
    ),
    Family(
        "date/bare ordinal",
        (
            "My appointment is on the {}.",
            "Can we do the {} instead?",
            "I ran out of pills on the {} and it is now worse.",
        ),
        _ORDINAL_BARE,
    ),
    # ---- contact ------------------------------------------------------------------------
    Family(
        "phone/formats",
        (
            "Call me at {} after 5.",
            "My daughter's cell is {}.",
            "Tel: {}",
            "You can reach the care home on {} anytime.",
        ),
        _PHONES,
    ),
    Family(
        "email",
        ("Email me at {} please.", "my email changed to {}", "Contact: {}"),
        _EMAILS,
    ),
    Family(
        "url",
        ("I posted about it on {}.", "Here is the link: {}", "see {} for the photos"),
        _URLS,
    ),
    Family(
        "ip address",
        ("My login failed from {} twice.", "IP: {}", "the portal logged {} as my device"),
        _IPS,
    ),
    # ---- places ----------------------------------------------------------------------------
    Family(
        "address/street",
        (
            "Please mail it to {}.",
            "I live at {} now.",
            "Address: {}, {ADDRESS|Schenectady}, NY",
            "The ambulance went to {} instead.",
        ),
        _STREETS,
    ),
    Family(
        "address/po box",
        ("Mail to {}, {ADDRESS|Duluth}, MN", "My mailing address is {}.", "Send the bill to {}"),
        _PO,
    ),
    Family(
        "address/postcode",
        (
            "My postcode is {}.",
            "{ADDRESS|14 Larch Grove}, {ADDRESS|Leeds} {}",
            "Address on file ends in {}.",
        ),
        _POSTCODES,
    ),
    Family(
        "address/city",
        (
            "We just moved to {} last month.",
            "I am visiting family in {} until Friday.",
            "She lives near {}.",
            "Transferring my records from a clinic in {}.",
        ),
        _CITIES,
    ),
    # ---- identifiers -------------------------------------------------------------------
    Family(
        "ids/cued",
        ("My {} in case you need it.", "Please update: {}.", "{} -- can you check the claim?"),
        _IDS,
    ),
    # ---- ages --------------------------------------------------------------------------
    Family(
        "age/digits",
        (
            "My grandmother is {} and still drives.",
            "{}-year-old man with a cough",
            "Mom ({}) fell last night.",
            "He turned {} in June.",
            "{} y/o female, dizzy",
            "my {} yr old dad",
            "Patient aged {}, confused since morning.",
        ),
        _AGES_DIGITS,
    ),
    Family(
        "age/words",
        (
            "My father is {} and very frail.",
            "She turned {} last week.",
            "Grandpa just turned {} and fell.",
            "He will be {} next month.",
            "my aunt, who is {} years old, has a fever",
        ),
        _AGES_WORDS,
    ),
)

FAMILIES += (
    Family(
        "date/day+month words",
        ("Data: {}", "Seen on {} by the nurse.", "Appointment ({}) please confirm."),
        _DATES_DAY_MONTH_WORDS,
    ),
    Family(
        "age/words any spacing",
        ("pt {} and frail", "resident aged {}, falls risk", "{} yo lady with UTI"),
        _AGES_WORDS_SPACING,
    ),
    Family(
        "ids/vehicle plate",
        (
            "Someone scraped my car {} in the car park.",
            "Our van ({}) is in the disabled bay.",
            "My vehicle reg is {}.",
            "parked the truck, {}, by the entrance",
        ),
        _PLATES,
    ),
    Family(
        "address/tied facility",
        (
            "My GP is at {}.",
            "Dad was admitted to {} on Friday.",
            "She is a resident at {} now.",
            "I'm registered with {} but we moved.",
        ),
        _TIED_FACILITIES,
    ),
    Family(
        "name/lower subject",
        (
            "i think {} gave me the wrong strips",
            "because {} said to wait a week",
            "then {} changed my dose again",
        ),
        _LOWER_SUBJECTS,
    ),
    Family(
        "name/lower intro run-on",
        (
            "hey its {} can u check my results",
            "this is {} could someone call me",
            "hi im {} and my ear hurts",
        ),
        _WORD_GIVEN_LOWER,
    ),
    Family(
        "name/trailing sign-off",
        (
            "new number is on file now. {}",
            "the swelling is down a bit.\n{}",
            "thanks for the quick reply! {}",
        ),
        _TRAILING,
    ),
    Family(
        "name/possessive opener",
        (
            "{}'s temperature hit 39 last night.",
            "Ok. {}'s inhaler is nearly empty.",
            "{}'s rash has spread to her legs.",
        ),
        _POSSESSIVE_WORDLIKE,
    ),
    Family(
        "name/nickname (full name)",
        (
            "{} NEEDS HIS INHALER RENEWED",
            "Re: {} - missed dose",
            "Please update the chart for {}.",
        ),
        _NICKNAMES,
    ),
    Family(
        "date/weekday+ordinal",
        ("Can she come in {}?", "SEEN {} BY GP", "Booked for {} at 2."),
        _WEEKDAY_ORDINALS,
    ),
)

# Sentences with no PHI at all: vitals, doses, scores, eponyms, drugs, units. Any token the
# redactor takes here is a false positive.
NEGATIVES: tuple[str, ...] = (
    "BP 142/91, HR 96, temp 100.4, sats 94% on room air.",
    "Took 2 Tylenol 500mg at 8 and another at noon.",
    "My Bell's palsy is getting better on the left side.",
    "Her Parkinson's tremor is worse in the mornings.",
    "A1c was 7.2 last time and my sugar was 180 this morning.",
    "They put a Holter monitor on me for 48 hours.",
    "The Foley catheter came out Tuesday.",
    "Metoprolol 25 mg twice daily and Eliquis 5 mg.",
    "Pain is 7/10 when I walk and 3/10 at rest.",
    "Crohn's flare again, 6-8 loose stools a day.",
    "The Epley maneuver helped the vertigo a lot.",
    "Platelets were 150,000 and hemoglobin 11.9.",
    "Doing 10-15 reps twice a day as the PT said.",
    "I walk 3 miles on Mondays and Thursdays.",
    "Keytruda infusion number 4 was last week.",
    "She has Down syndrome and a new cough.",
    "Glasgow coma scale was 15 in the ambulance.",
    "Weight 92 kg, down from 97 kg in the spring.",
    "Pulse is 101 and I feel shaky.",
    "Heart rate 95 after climbing the stairs.",
    "Use the Flonase 2 sprays each nostril daily.",
    "Is Mounjaro covered by Medicare Part D?",
    "My INR was 2.4 on warfarin.",
    "Can I take Advil with my lisinopril?",
    "The ECG showed a right bundle branch block.",
    "Following the Mediterranean diet since the new year.",
    "Hashimoto's was diagnosed years ago.",
    "I have a Baker's cyst behind my knee.",
    "Blood sugar 95 fasting, 140 after lunch.",
    "Only sleeping 4-5 hours a night.",
    # round 9: look-alikes of the long-tail rules
    "I was seen at Cardiac Surgery for the review.",
    "He went to Day Surgery at 7am for the scope.",
    "pt ninety minutes late, seen by the nurse",
    "The car park charges 3 pounds an hour.",
    "because mum said the rash would fade",
    "Bell's palsy is slowly improving on the left.",
    "Today's readings were all under 140.",
    "EPIPEN (EPINEPHRINE AUTO INJECTOR) EXPIRED LAST MONTH",
    "the cough is worse at night. thanks",
    "Mayo 2 tbsp on the sandwich was too much salt.",
)


@dataclass(frozen=True)
class Row:
    family: str
    items: int
    gold: int
    missed: int
    extra: int

    @property
    def recall(self) -> float:
        return 1.0 if self.gold == 0 else (self.gold - self.missed) / self.gold


def probe_items() -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(family, text, gold spans) for every template x filler of every family."""
    out = []
    for fam in FAMILIES:
        for t in fam.templates:
            for f in fam.fillers:
                marked = t.replace("{}", f, 1)
                text, spans = parse(marked)
                out.append((fam.name, text, [(s["start"], s["end"]) for s in spans]))
    out += [("negatives (no PHI)", text, []) for text in NEGATIVES]
    return out


def run(*, use_ner: bool = True, misses: tuple[str, ...] = ()) -> list[Row]:
    from pipelines.triage.redact import Redactor

    redactor = Redactor(use_ner=use_ner)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for fam, text, gold in probe_items():
        red = redactor.redact(text)
        row = tally[fam]
        row[0] += 1
        for m in re.finditer(r"\w+", text):
            a, b = m.span()
            hit = any(s.start < b and a < s.end for s in red.spans)
            is_gold = any(s < b and a < e for s, e in gold)
            row[1] += is_gold
            row[2] += is_gold and not hit
            row[3] += hit and not is_gold
            if any(fam.startswith(p) for p in misses) and is_gold != hit:
                kind = "MISS " if is_gold else "EXTRA"
                print(f"{kind} {fam:28} {m.group(0)!r:18} | {red.text!r}")
    rows = [Row(f, *v) for f, v in tally.items()]
    return sorted(rows, key=lambda r: (r.recall, -r.extra))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--misses", nargs="*", default=(), help="print misses for these families")
    ap.add_argument("--no-ner", action="store_true")
    args = ap.parse_args()
    rows = run(use_ner=not args.no_ner, misses=tuple(args.misses))
    print(f"{'format':30} {'items':>5} {'gold':>5} {'missed':>6} {'extra':>5} {'recall':>7}")
    for r in rows:
        print(f"{r.family:30} {r.items:5d} {r.gold:5d} {r.missed:6d} {r.extra:5d} {r.recall:7.3f}")
    gold = sum(r.gold for r in rows)
    missed = sum(r.missed for r in rows)
    extra = sum(r.extra for r in rows)
    print(
        f"{'ALL':30} {sum(r.items for r in rows):5d} {gold:5d} {missed:6d} {extra:5d} "
        f"{(gold - missed) / gold:7.3f}"
    )


if __name__ == "__main__":
    main()
