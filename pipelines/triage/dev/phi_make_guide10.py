"""Generate pipelines/triage/dev/phi_guide10.jsonl: 100 PHI-annotated short portal messages/notes.

Each item is (text, [span specs]); a span spec is (needle, LABEL) or (needle, LABEL, k), where k
is the 0-based occurrence of `needle` in `text` (case-sensitive). A needle that occurs more than
once must give k explicitly, so an ordinary word (the verb "rose", the modal "will") is never
picked by accident. Offsets are computed here, each span is validated, every item is validated
with harness.contract.parse_item, and the file is written atomically.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

_ROOT = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "phi_guide10.jsonl")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
ADDED = "2026-11-24"
SOURCE = "guideline PHI annotation set 10"

ITEMS: list[tuple[str, list[tuple]]] = [
    # 1
    (
        "hi its hope again my bp rose to 162/98 this morning can dr green call me back 555 201 3344 thx",
        [("hope", "NAME"), ("green", "NAME"), ("555 201 3344", "PHONE")],
    ),
    # 2
    (
        "pt called, spoke w/ daughter faith (on HIPAA form). mom fell sat, no LOC. faith asks for callback after 3pm at 555.310.9921",
        [("faith", "NAME", 0), ("faith", "NAME", 1), ("555.310.9921", "PHONE")],
    ),
    # 3
    (
        "need to resched my appt on nov 2 cant make it. this is bill young dob 4/7/58",
        [("nov 2", "DATE"), ("bill young", "NAME"), ("4/7/58", "DATE")],
    ),
    # 4 no PHI
    (
        "took 1/2 tab of metoprolol last nite instead of the whole thing bc i felt dizzy, bp was 98/60 is that ok",
        [],
    ),
    # 5
    (
        "my grandma is ninety three and shes been confused since tuesday can someone call my cell 5552019987 - grace",
        [("ninety three", "AGE"), ("5552019987", "PHONE"), ("grace", "NAME")],
    ),
    # 6
    (
        "dr okafor's office pls fax the referral to 555-440-7120 attn chidinma",
        [("okafor", "NAME"), ("555-440-7120", "PHONE"), ("chidinma", "NAME")],
    ),
    # 7
    (
        "hi this is thanh nguyen calling for my father nguyen van hai mrn 00482913 he is out of his eliquis",
        [("thanh nguyen", "NAME"), ("nguyen van hai", "NAME"), ("00482913", "MRN")],
    ),
    # 8
    (
        "front desk: pt's wife (rose) called re: ins card. member id XJH884420193. rose says new card starts 12/1",
        [("rose", "NAME", 0), ("XJH884420193", "ID"), ("rose", "NAME", 1), ("12/1", "DATE")],
    ),
    # 9 no PHI
    ("u said to text if sugar over 300, its 312 now, took 10 units of humalog like u said", []),
    # 10
    (
        "msg from will: my son hunter (14) has had a fever 102.4 since yesterday, can he come in tmrw? i will bring his inhaler",
        [("will", "NAME", 0), ("hunter", "NAME")],
    ),
    # 11
    (
        "Caller: Adaeze Chukwuemeka, re her mother Mrs. Ngozi Chukwuemeka (DOB 02/11/1931). Call back +234 803 555 0142 (Lagos) or her US # 555-212-8890.",
        [
            ("Adaeze Chukwuemeka", "NAME"),
            ("Ngozi Chukwuemeka", "NAME"),
            ("02/11/1931", "DATE"),
            ("+234 803 555 0142", "PHONE"),
            ("Lagos", "ADDRESS"),
            ("555-212-8890", "PHONE"),
        ],
    ),
    # 12
    ("pharmacy says rx #6029114 needs prior auth?? who do i call", [("6029114", "ID")]),
    # 13
    (
        "pls cancel my 11/14 appt w dr ramirez, ill call to rebook. my email is lupe.ramirez77@gmail.com if easier",
        [("11/14", "DATE"), ("ramirez", "NAME", 0), ("lupe.ramirez77@gmail.com", "EMAIL")],
    ),
    # 14 no PHI
    (
        "Dr. said take the Lasix 40 mg twice a day mon thru fri and weigh every morning, im down 3 lbs since friday",
        [],
    ),
    # 15
    (
        "pt called, lives alone at 41 birch ln apt 2, ferndale 48220. neighbor (joe) checks on her daily. pt is 91 y/o",
        [("41 birch ln apt 2, ferndale 48220", "ADDRESS"), ("joe", "NAME"), ("91", "AGE")],
    ),
    # 16
    (
        "hi its mai, my mom bui thi lan has her mri the 14th, can i come w her? my # is (555)867-0031",
        [("mai", "NAME"), ("bui thi lan", "NAME"), ("14th", "DATE"), ("(555)867-0031", "PHONE")],
    ),
    # 17
    (
        "left vm for pt's son ahmed al-rashid at 555 019 4477 ext 31 (work). will retry at home #",
        [("ahmed al-rashid", "NAME"), ("555 019 4477 ext 31", "PHONE")],
    ),
    # 18
    (
        "patient portal: my insurance claim 2026-1103-44718 got denied, the ER visit was on october 3rd",
        [("2026-1103-44718", "ID"), ("october 3rd", "DATE")],
    ),
    # 19 no PHI
    ("Dr. can i take Tylenol w my Xarelto?? head hurts 7/10 since this morning", []),
    # 20
    (
        "this is sister mary grace calling about resident theresa kowalczyk, she turned 100 on sunday. call the nurses station 555-301-2200 x 14",
        [
            ("mary grace", "NAME"),
            ("theresa kowalczyk", "NAME"),
            ("100", "AGE"),
            ("555-301-2200 x 14", "PHONE"),
        ],
    ),
    # 21
    (
        "my license plate is 7KQR294, i got a ticket in the clinic lot bc the validation machine was broken",
        [("7KQR294", "ID")],
    ),
    # 22
    (
        "cgm serial SN 4471AX92 keeps losing signal, can u send a new one to my house 1820 w 33rd st, chicago",
        [("4471AX92", "ID"), ("1820 w 33rd st, chicago", "ADDRESS")],
    ),
    # 23
    (
        "sorry to bother its mrs young in bed 4, can my husband bring food from home? dr. said low salt",
        [("young", "NAME")],
    ),
    # 24 no PHI
    ("i am 89 and my knees ache every morning, is 2 aleve ok with my bp 138/82", []),
    # 25
    (
        "hey its kwame :) the ortho dr wants xrays before 12/03, can u fax the order to 555-778-0912",
        [("kwame", "NAME"), ("12/03", "DATE"), ("555-778-0912", "PHONE")],
    ),
    # 26
    (
        "running late 10 min, my nephew jose is parking the car, pls dont give away my spot",
        [("jose", "NAME")],
    ),
    # 27
    (
        "can u send my labs to my new dr, dr. lakshmi venkataraman at fax 555-209-6600 or lvenkat@northside-im.example.com",
        [
            ("lakshmi venkataraman", "NAME"),
            ("555-209-6600", "PHONE"),
            ("lvenkat@northside-im.example.com", "EMAIL"),
        ],
    ),
    # 28
    (
        "pt states last period was 10/28. last 4 of ssn 4471 given for verification",
        [("10/28", "DATE"), ("4471", "SSN")],
    ),
    # 29
    (
        "insurance needs my ssn again?? its 519 44 2087 pls update it in my chart",
        [("519 44 2087", "SSN")],
    ),
    # 30
    (
        "ive had 3 loose stools today, temp 99.1, day 5 of the antibiotic dr chen gave me on 11/18. keep going?",
        [("chen", "NAME"), ("11/18", "DATE")],
    ),
    # 31
    (
        "hope u can help, my daughter hope is still coughing after the z-pak, she has a fever of 101",
        [("hope", "NAME", 1)],
    ),
    # 32
    (
        "spoke w pt + her husband dale. pt confirms dob as twelve nine fifty one. dale's cell 555-410-2273",
        [
            ("dale", "NAME", 0),
            ("twelve nine fifty one", "DATE"),
            ("dale", "NAME", 1),
            ("555-410-2273", "PHONE"),
        ],
    ),
    # 33
    (
        "visiting my son in toronto til the 20th, can the refill go to a pharmacy there? its canada so idk",
        [("toronto", "ADDRESS"), ("20th", "DATE")],
    ),
    # 34
    ("pt's portal login not working, username gbello1964, pls reset pw", [("gbello1964", "ID")]),
    # 35
    (
        "our wifi portal at 10.20.4.117 wont load the telehealth link https://telehealth.example.org/visit/88XJ2 help",
        [("10.20.4.117", "URL"), ("https://telehealth.example.org/visit/88XJ2", "URL")],
    ),
    # 36
    (
        "is it normal for the incision to be a lil red on day 3? no fever, took 2 percocet. sent a pic to nurse angela",
        [("angela", "NAME")],
    ),
    # 37
    (
        "im in ohio visiting family and lost my inhaler, can u send the rx to a cvs in akron",
        [("akron", "ADDRESS")],
    ),
    # 38
    (
        "Voicemail: 'hi this is Faith Adeyemi, returning the nurse's call, my number is four one five, five five five, zero one nine two, thank you.'",
        [("Faith Adeyemi", "NAME"), ("four one five, five five five, zero one nine two", "PHONE")],
    ),
    # 39
    (
        "nurse note 11/23: pt's granddaughter precious called, pt (age 96) not eating x2 days. advised ED. -KM RN",
        [("11/23", "DATE"), ("precious", "NAME"), ("96", "AGE"), ("KM", "NAME")],
    ),
    # 40
    (
        "can i get a work note, my boss mr green needs it by friday. i was out mon-wed w the flu",
        [("green", "NAME")],
    ),
    # 41
    (
        "the bill came to my old address 77 kent rd, i moved. pls use 3309 lakeshore dr unit 12B, oakland ca 94610",
        [("77 kent rd", "ADDRESS"), ("3309 lakeshore dr unit 12B, oakland ca 94610", "ADDRESS")],
    ),
    # 42
    (
        "bill here, bp meds making me cough nonstop, can dr patel switch me to something else",
        [("bill", "NAME"), ("patel", "NAME")],
    ),
    # 43
    (
        "my mom is in her 90s and lives w us, her name is esperanza flores gutierrez, mrn 7730021. can she get the flu shot at her visit dec 9",
        [
            ("90s", "AGE"),
            ("esperanza flores gutierrez", "NAME"),
            ("7730021", "MRN"),
            ("dec 9", "DATE"),
        ],
    ),
    # 44
    (
        "grace period on my copay ends the 30th? acct # 55-019283",
        [("30th", "DATE"), ("55-019283", "ID")],
    ),
    # 45
    (
        "message for dr. vo: pt trinh ngoc anh called, dizzy after new bp pill. callback 0903 555 781 (she's in vietnam til jan)",
        [("vo", "NAME"), ("trinh ngoc anh", "NAME"), ("0903 555 781", "PHONE"), ("jan", "DATE")],
    ),
    # 46
    (
        "pt's son called from +44 7700 900123, pt flying back from london on the 2nd, wants ct moved",
        [("+44 7700 900123", "PHONE"), ("london", "ADDRESS"), ("2nd", "DATE")],
    ),
    # 47
    (
        "hi nurse, walked 2 miles today!! feeling good. thank u all, esp jorge at the desk :)",
        [("jorge", "NAME")],
    ),
    # 48
    (
        "dear dr kim, my wife young-ja has been coughing since thanksgiving, she is 74. can she be seen thurs",
        [("kim", "NAME"), ("young-ja", "NAME"), ("thanksgiving", "DATE")],
    ),
    # 49
    (
        "Fax from Riverside Pharmacy (ph 555-623-1180, fax 555-623-1181) re: Rx 4410927-03 for DeShawn Williams, DOB 8/19/1990",
        [
            ("555-623-1180", "PHONE"),
            ("555-623-1181", "PHONE"),
            ("4410927-03", "ID"),
            ("DeShawn Williams", "NAME"),
            ("8/19/1990", "DATE"),
        ],
    ),
    # 50
    (
        "this is will rose sr calling abt my son will rose jr, his temp rose overnight to 101. pls call 5552207711",
        [("will rose sr", "NAME"), ("will rose jr", "NAME"), ("5552207711", "PHONE")],
    ),
    # 51
    (
        "hey it's daniyar, sorry can u remind me what time my appt is on the 5th",
        [("daniyar", "NAME"), ("5th", "DATE")],
    ),
    # 52 no PHI
    (
        "Do I need to fast for my labs Monday? I take Metformin 500 at night. Also my A1c was 7.2 in 2023.",
        [],
    ),
    # 53
    (
        "spoke with pt Oluwaseun Bankole re results; pt requested copy be emailed to seun.bankole@yahoo.com. Verified w/ DOB 3/30/85.",
        [("Oluwaseun Bankole", "NAME"), ("seun.bankole@yahoo.com", "EMAIL"), ("3/30/85", "DATE")],
    ),
    # 54
    (
        "my husband hunter cant pee since last nite, hes 58, should i bring him in or go to er",
        [("hunter", "NAME")],
    ),
    # 55
    (
        "pls send the form to my work fax 555 301 7788 attn: faith (HR) or upload at https://portal.acme-hr.example.com/upload",
        [
            ("555 301 7788", "PHONE"),
            ("faith", "NAME"),
            ("https://portal.acme-hr.example.com/upload", "URL"),
        ],
    ),
    # 56
    (
        "the pump # on the back is SN: M2291-0047-B and it beeps every 2 hrs",
        [("M2291-0047-B", "ID")],
    ),
    # 57
    (
        "it's sana again. ammi (my mom, zainab qureshi) fell in the bathroom, shes 87, we're at 12 hollis ave apt 3r in jamaica queens",
        [
            ("sana", "NAME"),
            ("zainab qureshi", "NAME"),
            ("12 hollis ave apt 3r", "ADDRESS"),
            ("jamaica queens", "ADDRESS"),
        ],
    ),
    # 58 no PHI
    (
        "how many mg of ibuprofen can a 12 yo take, hes 88 lbs. we're in texas for the tournament",
        [],
    ),
    # 59
    (
        "pt called re: BCBS policy XKP-559-20-1187 not on file, states coverage began 9/1/26",
        [("XKP-559-20-1187", "ID"), ("9/1/26", "DATE")],
    ),
    # 60
    (
        "nurse line: caller elena petrovna sokolova, daughter-in-law of pt. pt dx'd w pneumonia 11/17 at mercy. caller # 555 4 0 3 9 9 1 2",
        [("elena petrovna sokolova", "NAME"), ("11/17", "DATE"), ("555 4 0 3 9 9 1 2", "PHONE")],
    ),
    # 61
    (
        "yo its marcus, my moms bday is the 22nd and she turns 90!! can she still get the shingles shot",
        [("marcus", "NAME"), ("22nd", "DATE"), ("90", "AGE")],
    ),
    # 62
    (
        "I'm calling for my grandfather, Mr. Nikolai Zielinski, who is ninety-one. He's at 5 Orchard Way, Apt 2, Greenfield. Our number is 555-0188.",
        [
            ("Nikolai Zielinski", "NAME"),
            ("ninety-one", "AGE"),
            ("5 Orchard Way, Apt 2, Greenfield", "ADDRESS"),
            ("555-0188", "PHONE"),
        ],
    ),
    # 63
    (
        "Can the nurse call me back at 555 3O1 2240? Blood sugar 54 then 88 after juice, 3 glucose tabs.",
        [("555 3O1 2240", "PHONE")],
    ),
    # 64
    (
        "Dr. Hope Mbeki's patient, Grace Mbeki (her daughter-in-law), requests a callback at +27 82 555 0193.",
        [("Hope Mbeki", "NAME"), ("Grace Mbeki", "NAME"), ("+27 82 555 0193", "PHONE")],
    ),
    # 65
    (
        "pt came to front desk w expired card. new card: member 0048 2291 7734 01, effective jan 1 2027",
        [("0048 2291 7734 01", "ID"), ("jan 1 2027", "DATE")],
    ),
    # 66
    (
        "need refill of my zoloft at the walgreens on 5th ave and 23rd st, rx 2209871",
        [("5th ave and 23rd st", "ADDRESS"), ("2209871", "ID")],
    ),
    # 67
    (
        "the tele visit link (mychart.example.org/tv/77219) keeps timing out, my email is huong.tran.91@example.net",
        [("mychart.example.org/tv/77219", "URL"), ("huong.tran.91@example.net", "EMAIL")],
    ),
    # 68
    (
        "pt called re colonoscopy prep, confirmed clear liquids day before procedure on 12/2. spouse (godfrey) driving.",
        [("12/2", "DATE"), ("godfrey", "NAME")],
    ),
    # 69
    (
        "ms. green in bed 7 wants to know if her son terrence can stay overnight",
        [("green", "NAME"), ("terrence", "NAME")],
    ),
    # 70
    (
        "hola, soy maria del carmen ruiz, mi cita es el 3 de diciembre pero no puedo ir. mi tel 555 880 1123",
        [("maria del carmen ruiz", "NAME"), ("3 de diciembre", "DATE"), ("555 880 1123", "PHONE")],
    ),
    # 71 no PHI
    (
        "med list: Eliquis 5 mg BID, Metoprolol 25 mg, Januvia 100 mg daily. Dr. wants Lipitor added?",
        [],
    ),
    # 72
    (
        "this is tunde, calling back re my dad's biopsy from 11/4. the nurse said dr ashworth would call by the 25th",
        [("tunde", "NAME"), ("11/4", "DATE"), ("ashworth", "NAME"), ("25th", "DATE")],
    ),
    # 73
    (
        "pt's daughter called: pt (DOB 1/1/1933) moved to sunrise assisted living, 450 maple grove rd, room 212. new # is the nurses station 555-990-1402",
        [
            ("1/1/1933", "DATE"),
            ("450 maple grove rd, room 212", "ADDRESS"),
            ("555-990-1402", "PHONE"),
        ],
    ),
    # 74
    (
        "bp 150/95 at 10:30, 142/90 at 11 per pt's wife nadia. dizzy on standing. took amlodipine 10",
        [("nadia", "NAME")],
    ),
    # 75
    (
        "heyy can i switch my physio to thursdays, Sat doesnt work anymore. thx -bao",
        [("bao", "NAME")],
    ),
    # 76
    (
        "Faxed records to Dr. Seo-yeon Park, Lakeside Cardiology, fax (555) 341-0092, 14 pages, on 11/20/2026.",
        [("Seo-yeon Park", "NAME"), ("(555) 341-0092", "PHONE"), ("11/20/2026", "DATE")],
    ),
    # 77
    (
        "my son's car (plate 8ZZW 117) was towed from the er lot last night w his meds inside, who do i talk to",
        [("8ZZW 117", "ID")],
    ),
    # 78
    (
        "Hi, Kateryna here. Mykola's PICC dressing came off. We're at 19 Ivy Ct, Hamden CT 06517, please send home health. Cell +1 555 212 0043",
        [
            ("Kateryna", "NAME"),
            ("Mykola", "NAME"),
            ("19 Ivy Ct, Hamden CT 06517", "ADDRESS"),
            ("+1 555 212 0043", "PHONE"),
        ],
    ),
    # 79
    (
        "stopped the Keytruda?? no, dr said wait for scan first. scan is 12/10. - patricia",
        [("12/10", "DATE"), ("patricia", "NAME")],
    ),
    # 80 no PHI
    ("i have a question about the bill, i was charged twice for the same visit on friday", []),
    # 81
    (
        "pt in waiting rm asking for rose or will, the nurses who did her infusion last wk",
        [("rose", "NAME"), ("will", "NAME")],
    ),
    # 82
    (
        "emailed discharge sheet to daughter (abeer.haddad@example.com) per pt salma haddad. pt is 92, hard of hearing.",
        [("abeer.haddad@example.com", "EMAIL"), ("salma haddad", "NAME"), ("92", "AGE")],
    ),
    # 83
    (
        "my son was born 2/29/2016 and hes had diarrhea x3 days, like 6 times today is that bad",
        [("2/29/2016", "DATE")],
    ),
    # 84
    (
        "hey this is gabe's mom, jen. gabe's inhaler ran out, rx is RX-0071-8823 at the target pharmacy in mesa",
        [
            ("gabe", "NAME", 0),
            ("jen", "NAME"),
            ("gabe", "NAME", 1),
            ("RX-0071-8823", "ID"),
            ("mesa", "ADDRESS"),
        ],
    ),
    # 85
    (
        "I'd like to update my emergency contact to my partner Alexei Ivanov, 555 672 9910, alexei.i@protonmail.example",
        [
            ("Alexei Ivanov", "NAME"),
            ("555 672 9910", "PHONE"),
            ("alexei.i@protonmail.example", "EMAIL"),
        ],
    ),
    # 86
    (
        "Nurse note: Pt (MRN 40-112-958) reports fall on 11/21/26 at home. Lives w/ spouse Hyun-woo. Pt age 99. Refer PT.",
        [("40-112-958", "MRN"), ("11/21/26", "DATE"), ("Hyun-woo", "NAME"), ("99", "AGE")],
    ),
    # 87
    (
        "can i come earlier tmrw like 8am instead of 10? my ride (uncle femi) leaves for work at 9",
        [("femi", "NAME")],
    ),
    # 88 no PHI
    (
        "got my covid shot last fall and flu shot in 2025, do i need another one this winter? im 67",
        [],
    ),
    # 89
    (
        "The address on my chart is wrong, it's PO Box 1187, Taos, not the ranch address",
        [("PO Box 1187, Taos", "ADDRESS")],
    ),
    # 90
    (
        "Daughter Lindiwe asked that results be released via the portal, not mailed to 8 Jacaranda Street. Her portal ID is LM-00781.",
        [("Lindiwe", "NAME"), ("8 Jacaranda Street", "ADDRESS"), ("LM-00781", "ID")],
    ),
    # 91
    (
        "pt called from 555.0193 extension 4402 asking for dr. o'brien-walsh, told her he's in clinic til 2",
        [("555.0193 extension 4402", "PHONE"), ("o'brien-walsh", "NAME")],
    ),
    # 92 no PHI
    (
        "Dr. on call paged at 0200 for O2 sat 89% on 2L, RR 24, HR 110. CXR ordered. Family updated.",
        [],
    ),
    # 93
    (
        "it's young kim, my husband's pacemaker serial is PM-2234-K19B, the device clinic asked for it",
        [("young kim", "NAME"), ("PM-2234-K19B", "ID")],
    ),
    # 94
    (
        "Good morning, this is Deacon Anthony Osei from church calling for Mrs Abena Osei, we drive her to dialysis mon/wed/fri, she is 90 years young",
        [("Anthony Osei", "NAME"), ("Abena Osei", "NAME"), ("90", "AGE")],
    ),
    # 95
    (
        "pls mail my CD of images to 2211 rue saint-denis, montréal qc h2x 3k8 thank u",
        [("2211 rue saint-denis, montréal qc h2x 3k8", "ADDRESS")],
    ),
    # 96
    (
        "pt requests records since 06/2025 be sent to new pcp, signed release on file",
        [("06/2025", "DATE")],
    ),
    # 97
    (
        "My number changed, it's now 1 (555) 010-4432. Old one was 555 010 9987, pls delete. -Ifeoma",
        [("1 (555) 010-4432", "PHONE"), ("555 010 9987", "PHONE"), ("Ifeoma", "NAME")],
    ),
    # 98
    (
        "cant remember if my appt is the 3rd or 4th of dec. its for my shoulder. tia, jasmine",
        [("3rd", "DATE"), ("4th of dec", "DATE"), ("jasmine", "NAME")],
    ),
    # 99 no PHI
    (
        "Is it ok to take 2 Benadryl at night? Im 5'2 and 130 lbs, already on Zyrtec 10 mg in the am.",
        [],
    ),
    # 100
    (
        "pt's dtr called x2 re walker delivery. med equip acct 88231-B. dtr (nkechi) says pt in her 90s, cant do stairs",
        [("88231-B", "ID"), ("nkechi", "NAME"), ("90s", "AGE")],
    ),
]


def locate(text: str, needle: str, k: int | None) -> int:
    hits, i = [], text.find(needle)
    while i != -1:
        hits.append(i)
        i = text.find(needle, i + 1)
    if not hits:
        raise ValueError(f"needle {needle!r} not found in {text!r}")
    if k is None:
        if len(hits) > 1:
            raise ValueError(f"needle {needle!r} occurs {len(hits)}x in {text!r}; give k")
        k = 0
    if k >= len(hits):
        raise ValueError(f"needle {needle!r} has only {len(hits)} occurrences")
    return hits[k]


def build() -> list[dict]:
    items, seen_text = [], set()
    for n, (text, specs) in enumerate(ITEMS, 1):
        if text in seen_text:
            raise ValueError(f"duplicate text #{n}")
        seen_text.add(text)
        spans = []
        for spec in specs:
            needle, label = spec[0], spec[1]
            k = spec[2] if len(spec) > 2 else None
            if label not in LABELS:
                raise ValueError(f"#{n}: bad label {label}")
            s = locate(text, needle, k)
            e = s + len(needle)
            # span validation
            assert text[s:e] == needle
            lead_ok = needle[0] not in ",.;:()'\"" or (needle[0] == "(" and ")" in needle)
            if needle != needle.strip() or not lead_ok or needle[-1] in ",.;:()'\"":
                raise ValueError(
                    f"#{n}: span {needle!r} has stray whitespace/punctuation at an edge"
                )
            if s > 0 and text[s - 1].isalnum():
                raise ValueError(f"#{n}: span {needle!r} starts inside a word")
            if e < len(text) and text[e].isalnum():
                raise ValueError(f"#{n}: span {needle!r} ends inside a word")
            spans.append({"start": s, "end": e, "label": label})
        spans.sort(key=lambda d: d["start"])
        for a, b in zip(spans, spans[1:], strict=False):  # noqa: RUF007
            if a["end"] > b["start"]:
                raise ValueError(f"#{n}: overlapping spans {a} {b}")
        items.append(
            {
                "id": f"guide10-phi-{n:04d}",
                "category": "phi",
                "added": ADDED,
                "source": SOURCE,
                "text": text,
                "spans": spans,
            }
        )
    if len(items) != 100:
        raise ValueError(f"expected 100 items, got {len(items)}")
    return items


def main() -> None:
    items = build()
    sys.path.insert(0, _ROOT)
    from harness.contract import parse_item

    for it in items:
        parse_item(it)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(OUT), prefix=".phi_guide10.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())
        chk = subprocess.run(
            [
                sys.executable,
                "-c",
                "import json,sys; sys.path.insert(0,"
                + repr(_ROOT)
                + "); from harness.contract import parse_item; "
                "[parse_item(json.loads(l)) for f in sys.argv[1:] for l in open(f)]; print('ok')",
                tmp,
            ],
            capture_output=True,
            text=True,
        )
        if chk.returncode != 0 or chk.stdout.strip() != "ok":
            raise SystemExit(f"validation failed:\n{chk.stdout}\n{chk.stderr}")
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    from collections import Counter

    c = Counter(s["label"] for it in items for s in it["spans"])
    print(
        f"wrote {len(items)} items to {OUT}; no-PHI items: {sum(1 for it in items if not it['spans'])}"
    )
    print(dict(sorted(c.items())), "total", sum(c.values()))


if __name__ == "__main__":
    main()
