#!/usr/bin/env python3
"""Generate phi_guide17.jsonl: 70 PHI-annotated patient messages (guideline **phi** rule).

All texts and names are original to this set. Half the items (kind "casual") are phone-typed,
mostly lower-case portal/text messages centred on names in every sentence position; the other
half are mixed-case messages, nurse phone notes, caregiver e-mails and forwarded messages
(kind "formal"), seven of which carry no PHI at all (kind "none").

Offsets are found by locating each annotated substring in the text, in order (the search for
a span starts after the previous span), so repeated strings resolve left to right.

Checks (any failure aborts before anything is written):
  * known labels; exact substring; no whitespace at span edges; spans begin/end on a word
    boundary (an explicit per-span ``suffix`` allows an apostrophe-less possessive "s");
  * spans sorted and non-overlapping;
  * every other case-insensitive, word-bounded occurrence of a labelled string -- and of each
    token of a NAME span -- lies inside some span, unless it is explicitly exempted as an
    ordinary-word use ((context, word) pairs); every exemption must be used and must never
    fall inside a span;
  * guideline-specific checks: no title/credential inside NAME, no possessive 's inside NAME,
    no weekday inside DATE, AGE only over 89;
  * item bookkeeping: 70 items, unique ids/texts, 35 casual + 35 other, 7 without PHI,
    casual items mostly lower-case and containing a NAME;
  * the project validator parse_item (harness/contract/items.py, loaded by path) on every
    item, before writing and again on the re-read temporary file, then an atomic rename.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_guide17.jsonl")
ITEMS_PY = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "harness", "contract", "items.py"
)
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
ADDED = "2026-11-24"
SOURCE = "guideline PHI annotation set 17"
ID_FMT = "phi17-{:04d}"
N_ITEMS = 70

TITLES = {"dr", "mr", "mrs", "ms", "miss", "prof", "nurse", "rn", "md", "mbbs", "pa-c", "do", "np"}
WEEKDAYS = re.compile(
    r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?\b|\b(tuesday|wednesday|thursday|saturday)\b",
    re.I,
)
WORD_AGES = {"ninety-three": 93}


def S(sub: str, label: str, **opts) -> tuple:
    return (sub, label, opts)


# Each item: kind, text, spans (in text order), exempt = [(context, word), ...]:
# occurrences of `word` inside `context` are ordinary-word uses, deliberately unlabelled.
ITEMS: list[dict] = [
    # ------------------------------------------------------------------ casual (1-35)
    dict(
        kind="casual",  # 1 greeting "hey its X", clinician surname, relative
        text="hey its nadia again, the rash on my arm is spreading a bit. can dr okafor look at it "
        "before friday? my sister leila can drive me in",
        spans=[S("nadia", "NAME"), S("okafor", "NAME"), S("leila", "NAME")],
    ),
    dict(
        kind="casual",  # 2 apposition "tomas my brother", comma sign-off
        text="tomas my brother picked up my meds from walgreens but the bottle says 20mg not 10mg?? "
        "which one do i take. thx, ines",
        spans=[S("tomas", "NAME"), S("ines", "NAME")],
    ),
    dict(
        kind="casual",  # 3 will / may as names and as ordinary words
        text="hi its will. i will be late to my 2pm with dr may, bus is stuck. may be 15 min? sorry\n- will",
        spans=[S("will", "NAME"), S("may", "NAME"), S("will", "NAME")],
        exempt=[("i will", "will"), ("may be", "may")],
    ),
    dict(
        kind="casual",  # 4 june as name and as month, bare ordinal day, april sign-off
        text="my mum june had her hip done on the 3rd and shes barely eating. follow up isnt till june?? "
        "can someone check on her sooner. — april (her daughter)",
        spans=[S("june", "NAME"), S("3rd", "DATE"), S("april", "NAME")],
        exempt=[("till june", "june")],
    ),
    dict(
        kind="casual",  # 5 possessive at sentence start, hope as name and verb
        text="grace's inhaler ran out and cvs says they need a new script from dr reyes. shes 7 and wheezy "
        "tonight. hope someone sees this soon, pls call 555-201-4478\nhope",
        spans=[
            S("grace", "NAME"),
            S("reyes", "NAME"),
            S("555-201-4478", "PHONE"),
            S("hope", "NAME"),
        ],
        exempt=[("hope someone", "hope")],
    ),
    dict(
        kind="casual",  # 6 list subject, repeated name, "-name" sign-off
        text="me, kwame and abena all have the same stomach bug since sunday. kwame is the worst, cant keep "
        "water down. is there anything safe for the kids? -efua",
        spans=[S("kwame", "NAME"), S("abena", "NAME"), S("kwame", "NAME"), S("efua", "NAME")],
    ),
    dict(
        kind="casual",  # 7 vocative greeting to clinician, full name + nickname in parentheses
        text="hi dr sorensen, its oluwaseun adeyemi (seun). the new bp pills make me so dizzy when i stand "
        "up. should i stop them? thanks seun",
        spans=[
            S("sorensen", "NAME"),
            S("oluwaseun adeyemi", "NAME"),
            S("seun", "NAME"),
            S("seun", "NAME"),
        ],
    ),
    dict(
        kind="casual",  # 8 carer, house number address, short name dev, UK mobile
        text="this is priyanka, carer for mr pemberton at no 14 birch lane. he fell this morning, no cuts "
        "but his wrist is swollen. his son dev said to message u. 07700 900 412",
        spans=[
            S("priyanka", "NAME"),
            S("pemberton", "NAME"),
            S("14 birch lane", "ADDRESS"),
            S("dev", "NAME"),
            S("07700 900 412", "PHONE"),
        ],
    ),
    dict(
        kind="casual",  # 9 mark/rose/sunny; "red mark" ordinary
        text="mark and i (rose) were both at the flu clinic tues. mark got the shot and now has a red mark "
        "on his arm, i didnt get it cos of my egg allergy. can i still have it? the nurse, sunny i "
        "think, said to ask here",
        spans=[S("mark", "NAME"), S("rose", "NAME"), S("mark", "NAME"), S("sunny", "NAME")],
        exempt=[("red mark", "mark")],
    ),
    dict(
        kind="casual",  # 10 two-letter names, numeric date
        text="ty and jo are coming w me to the appt on 12/9. is that ok? ed (my dad) also wants to sit "
        "in. - al",
        spans=[
            S("ty", "NAME"),
            S("jo", "NAME"),
            S("12/9", "DATE"),
            S("ed", "NAME"),
            S("al", "NAME"),
        ],
    ),
    dict(
        kind="casual",  # 11 Vietnamese three-part name, Chinese given name
        text="hello this is nguyen thi lan, my husband minh has fever 39 since yesterday after his chemo. "
        "the oncology nurse xiaoming told us to call if over 38. what do we do",
        spans=[S("nguyen thi lan", "NAME"), S("minh", "NAME"), S("xiaoming", "NAME")],
    ),
    dict(
        kind="casual",  # 12 curly-apostrophe possessive, indirect object
        text="can u send my son’s results to his dad? his dad is rafael ortiz, rafael’s number is "
        "646 555 0193. also pls give rafael the discharge forms. son is mateo",
        spans=[
            S("rafael ortiz", "NAME"),
            S("rafael", "NAME"),
            S("646 555 0193", "PHONE"),
            S("rafael", "NAME"),
            S("mateo", "NAME"),
        ],
    ),
    dict(
        kind="casual",  # 13 Maori names, "xx name" sign-off (mere is also a word)
        text="feeling heaps better after the antibiotics, thank u!! the rash is gone. tell nurse aroha "
        "thanks for ringing me xx mere",
        spans=[S("aroha", "NAME"), S("mere", "NAME")],
    ),
    dict(
        kind="casual",  # 14 prescription number, initials sign-off
        text="running out of my insulin pens, the script number is 7734521 at boots. can dr wallace renew "
        "it? thx - jb",
        spans=[S("7734521", "ID"), S("wallace", "NAME"), S("jb", "NAME")],
    ),
    dict(
        kind="casual",  # 15 possessive in apposition, Arabic names
        text="its ahmed. my wife fatima's sugar was 3.1 this am, she had juice and now its 6.2. her endo "
        "dr haddad said call if under 4. shes ok now but should we still come in?",
        spans=[S("ahmed", "NAME"), S("fatima", "NAME"), S("haddad", "NAME")],
    ),
    dict(
        kind="casual",  # 16 bill/faith as names and as ordinary words
        text="bill from the pharmacy said the generic is fine but my daughter faith thinks i should ask u "
        "first. i have faith in bill tbh lol. also who do i ask about the bill from my last visit",
        spans=[S("bill", "NAME"), S("faith", "NAME"), S("bill", "NAME")],
        exempt=[("have faith", "faith"), ("the bill", "bill")],
    ),
    dict(
        kind="casual",  # 17 Irish names, possessive, apostrophe inside surname
        text="hiya its siobhan, ciaran's mam. he's 15 and his asthma is bad since the weekend. his gp dr "
        "o'neill is away. can he be seen today? 087 555 3310",
        spans=[
            S("siobhan", "NAME"),
            S("ciaran", "NAME"),
            S("o'neill", "NAME"),
            S("087 555 3310", "PHONE"),
        ],
    ),
    dict(
        kind="casual",  # 18 dawn as name and as noun, "sent by X" sign-off
        text="yesterday the nurse (think her name was dawn?) told me to call back if the swelling went up. "
        "it did. i was up till dawn with it. - sent by lucia for her nonna",
        spans=[S("dawn", "NAME"), S("lucia", "NAME")],
        exempt=[("till dawn", "dawn")],
    ),
    dict(
        kind="casual",  # 19 long list, bare-name sign-off
        text="the people allowed to get info about me are: my wife ingrid, my kids lars, astrid and bo, and "
        "my neighbour pete. pls update my file. nils",
        spans=[
            S("ingrid", "NAME"),
            S("lars", "NAME"),
            S("astrid", "NAME"),
            S("bo", "NAME"),
            S("pete", "NAME"),
            S("nils", "NAME"),
        ],
    ),
    dict(
        kind="casual",  # 20 name + DOB run-on, pharmacy street
        text="hi my name is kenji tanaka dob 4/22/58 i need a refill of the eliquis. pharmacy is the cvs on "
        "main st. kenji",
        spans=[
            S("kenji tanaka", "NAME"),
            S("4/22/58", "DATE"),
            S("main st", "ADDRESS"),
            S("kenji", "NAME"),
        ],
    ),
    dict(
        kind="casual",  # 21 emoji, partner as subject, ordinal date, em-dash sign-off
        text="thank u dr amara 🙏 the new cream works. my partner jess says hi lol. see u on the 28th — chidi",
        spans=[S("amara", "NAME"), S("jess", "NAME"), S("28th", "DATE"), S("chidi", "NAME")],
    ),
    dict(
        kind="casual",  # 22 object position, signature then device footer
        text="can someone call my daughter? her name is shanice, 404 555 0177. or give deion the forms, hes "
        "her husband. i cant hear good on the phone. thank you, dolores\nSent from my iPhone",
        spans=[
            S("shanice", "NAME"),
            S("404 555 0177", "PHONE"),
            S("deion", "NAME"),
            S("dolores", "NAME"),
        ],
    ),
    dict(
        kind="casual",  # 23 name as topic + apposition, pharmacy street, bare sign-off
        text="ok so yusuf, the pharmacist at the one on elm road, says my amoxicillin interacts w the pill?? "
        "is that true. need answer b4 tonight. ruth",
        spans=[S("yusuf", "NAME"), S("elm road", "ADDRESS"), S("ruth", "NAME")],
    ),
    dict(
        kind="casual",  # 24 relation word + name, age over 89
        text="grandma rosa is 93 and has been confused since her uti meds started. my cousin teo is with "
        "her. can her doctor call teo? 312-555-0164",
        spans=[
            S("rosa", "NAME"),
            S("93", "AGE"),
            S("teo", "NAME"),
            S("teo", "NAME"),
            S("312-555-0164", "PHONE"),
        ],
    ),
    dict(
        kind="casual",  # 25 "love, relation name x" sign-off
        text="pls can someone ring me about dads results, he wont tell us anything. love, his daughter kim x",
        spans=[S("kim", "NAME")],
    ),
    dict(
        kind="casual",  # 26 parenthetical relation, "cheers name"
        text="hey its raj. sanjay (my brother in law) and me both got the letter for the colonoscopy. can we "
        "book same day? he says dr chen is fine. cheers raj",
        spans=[S("raj", "NAME"), S("sanjay", "NAME"), S("chen", "NAME"), S("raj", "NAME")],
    ),
    dict(
        kind="casual",  # 27 hunter/chase/summer; "last summer" ordinary
        text="hunter (my son) got stung by something, his lip is a bit swollen. we gave him benadryl. my "
        "husband chase wants to go to er. this happened last summer too. what do u think? - summer",
        spans=[S("hunter", "NAME"), S("chase", "NAME"), S("summer", "NAME", after="- ")],
        exempt=[("last summer", "summer")],
    ),
    dict(
        kind="casual",  # 28 apostrophe-less possessive "lindas"
        text="can i get a copy of my moms records, her name is linda marsh. lindas doctor retired and the new "
        "one needs them. thanks jules",
        spans=[S("linda marsh", "NAME"), S("linda", "NAME", suffix="s"), S("jules", "NAME")],
    ),
    dict(
        kind="casual",  # 29 joy as name and in "no joy"; UK address with town + postcode
        text="my carer is a lovely lady called joy, she comes mon wed fri. joy can sign for the delivery if "
        "im asleep, had no joy with the courier last time. address is 9 quarry close, hexham ne46 3rj",
        spans=[S("joy", "NAME"), S("joy", "NAME"), S("9 quarry close, hexham ne46 3rj", "ADDRESS")],
        exempt=[("no joy", "joy")],
    ),
    dict(
        kind="casual",  # 30 quoted badge name with initial, "from X"
        text="the nurse who did my bloods was really rough, her badge said 'b. kowalczyk'. not complaining "
        "just want it noted. ive got big bruises now. from marta",
        spans=[S("b. kowalczyk", "NAME"), S("marta", "NAME")],
    ),
    dict(
        kind="casual",  # 31 Tongan names, sentence-initial "X here"
        text="sione here, my aunty mele is staying w us & her feet are really swollen. she ran out of her "
        "water pills (furosemide). can dr fonua see her? shes not registered here tho",
        spans=[S("sione", "NAME"), S("mele", "NAME"), S("fonua", "NAME")],
    ),
    dict(
        kind="casual",  # 32 self-name in apposition mid-sentence, NZ mobile, te reo sign-off phrase
        text="dr ngata said id hear back about the mri by now?? its been 2 wks. pls call me, hemi, on "
        "021 555 8830 or my wife kiri. ngā mihi",
        spans=[
            S("ngata", "NAME"),
            S("hemi", "NAME"),
            S("021 555 8830", "PHONE"),
            S("kiri", "NAME"),
        ],
    ),
    dict(
        kind="casual",  # 33 possessives of a child's name, "name (relation)" sign-off
        text="its me again, bea. olly's temp is 38.9 now, hes 4. gave calpol at 6. should we bring him in? "
        "bea (olly's mum)",
        spans=[S("bea", "NAME"), S("olly", "NAME"), S("bea", "NAME"), S("olly", "NAME")],
    ),
    dict(
        kind="casual",  # 34 phone auto-capitalisation only, Japanese names, joint sign-off
        text="Hi its keiko. my husband hiroshi has his scan tmrw at st vincents, can i come in with him? he "
        "gets anxious. Thx keiko & hiroshi",
        spans=[S("keiko", "NAME"), S("hiroshi", "NAME"), S("keiko", "NAME"), S("hiroshi", "NAME")],
    ),
    dict(
        kind="casual",  # 35 relative in parentheses, age 96, month alone, sandy, full address
        text="sent on behalf of nan (pearl jenkins), she doesnt do phones. she's 96 in march. her hearing aid "
        "needs new batteries, can the audiology lady, sandy?, post some. pearl's address is 3 weir "
        "view, clitheroe bb7 2ht. dani (granddaughter)",
        spans=[
            S("pearl jenkins", "NAME"),
            S("96", "AGE"),
            S("sandy", "NAME"),
            S("pearl", "NAME"),
            S("3 weir view, clitheroe bb7 2ht", "ADDRESS"),
            S("dani", "NAME"),
        ],
    ),
    # ------------------------------------------------------------------ formal with PHI (36-63)
    dict(
        kind="formal",  # 36 nurse phone note
        text="Phone note 11/18/2026 14:20, RN T. Abernathy. Spoke with pt Reginald Ashworth (DOB 02/09/1951) "
        "re: INR 4.1. Advised hold warfarin tonight, recheck Fri 11/21. Call-back # 614-555-0186.",
        spans=[
            S("11/18/2026", "DATE"),
            S("T. Abernathy", "NAME"),
            S("Reginald Ashworth", "NAME"),
            S("02/09/1951", "DATE"),
            S("11/21", "DATE"),
            S("614-555-0186", "PHONE"),
        ],
    ),
    dict(
        kind="formal",  # 37 caregiver e-mail with signature block
        text="Subject: Mum's medication list\n\nDear Dr. Venkatesh,\n\nI'm writing on behalf of my mother, "
        "Eleanor Whitcombe (MRN 00482213), who is 91. Since her discharge on 6 November she has been "
        "taking both Lasix and the new spironolactone. Is that right?\n\nKind regards,\nFiona Whitcombe\n"
        "fiona.whitcombe@btinternet.com\n01632 960 445",
        spans=[
            S("Venkatesh", "NAME"),
            S("Eleanor Whitcombe", "NAME"),
            S("00482213", "MRN"),
            S("91", "AGE"),
            S("6 November", "DATE"),
            S("Fiona Whitcombe", "NAME"),
            S("fiona.whitcombe@btinternet.com", "EMAIL"),
            S("01632 960 445", "PHONE"),
        ],
    ),
    dict(
        kind="formal",  # 38 forwarded message header
        text="---------- Forwarded message ---------\nFrom: Dariusz Nowak <d.nowak77@gmail.com>\nDate: Mon, "
        "Nov 17, 2026 at 9:02 PM\nTo: Patient Services\n\nMy father Zbigniew Nowak was told to fast "
        "before his echo on 11/25. Is that correct? His chart number is 3318-227.",
        spans=[
            S("Dariusz Nowak", "NAME"),
            S("d.nowak77@gmail.com", "EMAIL"),
            S("Nov 17, 2026", "DATE"),
            S("Zbigniew Nowak", "NAME"),
            S("11/25", "DATE"),
            S("3318-227", "MRN"),
        ],
    ),
    dict(
        kind="formal",  # 39 insurance ids, full US address (group number not labelled)
        text="Please update my insurance: Aetna member ID W483920117, group 0883412-10-002. Billing address "
        "2217 Larkspur Drive, Unit 4B, Tucson, AZ 85712. Thanks, Carmen Villanueva",
        spans=[
            S("W483920117", "ID"),
            S("2217 Larkspur Drive, Unit 4B, Tucson, AZ 85712", "ADDRESS"),
            S("Carmen Villanueva", "NAME"),
        ],
    ),
    dict(
        kind="formal",  # 40 SSN, date of injury
        text="For the disability paperwork: name Terrence Mbeki-Lowe, SSN 078-05-1120, date of injury "
        "03/14/2026. Treating physician Dr. Olamide Bankole.",
        spans=[
            S("Terrence Mbeki-Lowe", "NAME"),
            S("078-05-1120", "SSN"),
            S("03/14/2026", "DATE"),
            S("Olamide Bankole", "NAME"),
        ],
    ),
    dict(
        kind="formal",  # 41 IP address and URL
        text="Portal error when uploading my photos - it says 'access denied from 203.0.113.48'. The link I "
        "used was https://myhealth.example.org/upload?pt=88120 - Ibrahim Al-Sayed",
        spans=[
            S("203.0.113.48", "URL"),
            S("https://myhealth.example.org/upload?pt=88120", "URL"),
            S("Ibrahim Al-Sayed", "NAME"),
        ],
    ),
    dict(
        kind="formal",  # 42 device serial, licence plate
        text="Pt Anneliese Kruger called: insulin pump (serial PT-93021-K7) alarming 'no delivery'. Advised "
        "switch to pens per backup plan. Husband Jurgen will drive her in; car reg LK19 WXP for the "
        "drop-off bay.",
        spans=[
            S("Anneliese Kruger", "NAME"),
            S("PT-93021-K7", "ID"),
            S("Jurgen", "NAME"),
            S("LK19 WXP", "ID"),
        ],
    ),
    dict(
        kind="formal",  # 43 ISO, dotted and short day-month dates; professor title
        text="Appointments confirmed for Ottilie Fairweather: bloods 2026-12-02, CT 04.12.2026, clinic with "
        "Prof. Adebayo Ogunleye 9 Dec. Please bring your list of medicines.",
        spans=[
            S("Ottilie Fairweather", "NAME"),
            S("2026-12-02", "DATE"),
            S("04.12.2026", "DATE"),
            S("Adebayo Ogunleye", "NAME"),
            S("9 Dec", "DATE"),
        ],
    ),
    dict(
        kind="formal",  # 44 fax, extension, month-name date
        text="Please fax the referral to Cardiology at (312) 555-0109 or call Nadine Cruz at 312-555-0100 "
        "ext. 318. Patient: Wendell Pryce, DOB Jan 3, 1948.",
        spans=[
            S("(312) 555-0109", "PHONE"),
            S("Nadine Cruz", "NAME"),
            S("312-555-0100 ext. 318", "PHONE"),
            S("Wendell Pryce", "NAME"),
            S("Jan 3, 1948", "DATE"),
        ],
    ),
    dict(
        kind="formal",  # 45 caregiver e-mail, care home (facility name not PHI), street + town
        text="Hi team,\n\nQuick update on Dad (Augustin Ferreira-Lopes). He has been at the Maple Court care "
        "home since 10/28; their address is 400 Oak Hollow Rd, Fairview. The staff nurse, Beatriz, says "
        "his appetite is poor. I am his POA.\n\nThanks,\nLeonor\n(mobile 555-0134)",
        spans=[
            S("Augustin Ferreira-Lopes", "NAME"),
            S("10/28", "DATE"),
            S("400 Oak Hollow Rd, Fairview", "ADDRESS"),
            S("Beatriz", "NAME"),
            S("Leonor", "NAME"),
            S("555-0134", "PHONE"),
        ],
    ),
    dict(
        kind="formal",  # 46 lab call, inverted "Surname, Given" name
        text="Lab called critical K 6.3 on pt MRN 7781203 (Horvath, Imre). Dr. Salome Adeyinka paged at "
        "03:40, repeat sample ordered.",
        spans=[S("7781203", "MRN"), S("Horvath, Imre", "NAME"), S("Salome Adeyinka", "NAME")],
    ),
    dict(
        kind="formal",  # 47 ordinal-word date, weekday + ordinal, possessive
        text="Mrs. Thandiwe Dlamini asks to move her infusion from the twenty-first to Tuesday the 2nd, as "
        "her daughter Nomvula's wedding is that weekend.",
        spans=[
            S("Thandiwe Dlamini", "NAME"),
            S("twenty-first", "DATE"),
            S("2nd", "DATE"),
            S("Nomvula", "NAME"),
        ],
    ),
    dict(
        kind="formal",  # 48 claim and account numbers, two-digit-year date
        text="Re: claim #CLM-2026-0448812, account 55120-8831. I was charged twice for the 9/30/26 visit with "
        "Dr. Petrosyan. Please refund by Dec 1st.\n—Arsen Grigoryan",
        spans=[
            S("CLM-2026-0448812", "ID"),
            S("55120-8831", "ID"),
            S("9/30/26", "DATE"),
            S("Petrosyan", "NAME"),
            S("Dec 1st", "DATE"),
            S("Arsen Grigoryan", "NAME"),
        ],
    ),
    dict(
        kind="formal",  # 49 foreign address, international phone
        text="Traveling: I'm staying at Calle de Alcalá 112, 3ºB, 28009 Madrid until 12/12. Reachable on "
        "+34 612 555 904. My oncologist Dr. Whitfield knows.\n— Odile Marchetti",
        spans=[
            S("Calle de Alcalá 112, 3ºB, 28009 Madrid", "ADDRESS"),
            S("12/12", "DATE"),
            S("+34 612 555 904", "PHONE"),
            S("Whitfield", "NAME"),
            S("Odile Marchetti", "NAME"),
        ],
    ),
    dict(
        kind="formal",  # 50 name particles, credentials after name, Irish names
        text="Consult requested by Dr. Johannes van der Berg, MD, for patient Ms. Aoife Mac Giolla Phádraig "
        "(Ward 7B). Family contact: her partner, Róisín Byrne, 086 555 0191.",
        spans=[
            S("Johannes van der Berg", "NAME"),
            S("Aoife Mac Giolla Phádraig", "NAME"),
            S("Róisín Byrne", "NAME"),
            S("086 555 0191", "PHONE"),
        ],
    ),
    dict(
        kind="formal",  # 51 reply with signature block: pager-style phone, e-mail
        text="Re: Mr. Lionel Abara\n\nThanks for the update, I'll let the family know he is comfortable.\n\n"
        "Warm regards,\nDr. Priti Chakraborty, MBBS\nHospice Liaison | p. 555-0147 | "
        "priti.c@hospice.example.org",
        spans=[
            S("Lionel Abara", "NAME"),
            S("Priti Chakraborty", "NAME"),
            S("555-0147", "PHONE"),
            S("priti.c@hospice.example.org", "EMAIL"),
        ],
    ),
    dict(
        kind="formal",  # 52 ISO DOB, licence plate, shared surname
        text="Parking validation request: visitor for patient Kofi Boateng (DOB 1939-07-30), vehicle plate "
        "8JKN 227. Visitor name Adjoa Boateng.",
        spans=[
            S("Kofi Boateng", "NAME"),
            S("1939-07-30", "DATE"),
            S("8JKN 227", "ID"),
            S("Adjoa Boateng", "NAME"),
        ],
    ),
    dict(
        kind="formal",  # 53 age in words, flat + street + town + postcode
        text="My aunt, Philippa Grange, is ninety-three and lives alone at Flat 2, 17 Harbour Street, Whitby "
        "YO21 3PU. She has had diarrhoea since Sunday and is drinking very little.",
        spans=[
            S("Philippa Grange", "NAME"),
            S("ninety-three", "AGE"),
            S("Flat 2, 17 Harbour Street, Whitby YO21 3PU", "ADDRESS"),
        ],
    ),
    dict(
        kind="formal",  # 54 prescription number, possessive, repeated child name
        text="CVS says Rx# 4412983-07 for my son Elijah's inhaler can't be filled until Dr. Kowalski sends a "
        "new order. Elijah is 11. Call me at (773) 555-0122. Tanya Brooks",
        spans=[
            S("4412983-07", "ID"),
            S("Elijah", "NAME"),
            S("Kowalski", "NAME"),
            S("Elijah", "NAME"),
            S("(773) 555-0122", "PHONE"),
            S("Tanya Brooks", "NAME"),
        ],
    ),
    dict(
        kind="formal",  # 55 telephone encounter, dd-Mon-yyyy, age 97, initial + surname
        text="Telephone encounter 24-Nov-2026. Caller: Mr Gideon Farrow (son). Pt Hester Farrow, 97, c/o new "
        "confusion x2 days, no fever. Advised same-day GP review at the surgery, 5 Station Rd, Bramley. "
        "RN M. Quigley",
        spans=[
            S("24-Nov-2026", "DATE"),
            S("Gideon Farrow", "NAME"),
            S("Hester Farrow", "NAME"),
            S("97", "AGE"),
            S("5 Station Rd, Bramley", "ADDRESS"),
            S("M. Quigley", "NAME"),
        ],
    ),
    dict(
        kind="formal",  # 56 forwarded text thread, speaker labels
        text="Forwarding texts from my sister:\n> Lena: mum fell again, she's ok\n> Lena: her doc is dr ferris "
        "at northside\n> me: ok will tell the nurse\nMum is Greta Sundqvist, 1/5/44.",
        spans=[
            S("Lena", "NAME"),
            S("Lena", "NAME"),
            S("ferris", "NAME"),
            S("Greta Sundqvist", "NAME"),
            S("1/5/44", "DATE"),
        ],
    ),
    dict(
        kind="formal",  # 57 device serial with spaces, account, "5th of January"
        text="Device check: ICD model X4, serial RKA 720146 H, implanted 8/19/2021 by Dr. Sunita Rao. Remote "
        "monitoring account BX-55-90021. Next download due the 5th of January.",
        spans=[
            S("RKA 720146 H", "ID"),
            S("8/19/2021", "DATE"),
            S("Sunita Rao", "NAME"),
            S("BX-55-90021", "ID"),
            S("5th of January", "DATE"),
        ],
    ),
    dict(
        kind="formal",  # 58 e-mail address is the only PHI
        text="Can you resend the link to mo.jabari.home@outlook.com? The one you sent to my work email "
        "bounced. Thx",
        spans=[S("mo.jabari.home@outlook.com", "EMAIL")],
    ),
    dict(
        kind="formal",  # 59 policy number, bare ZIP, preferred vs legal name
        text="New patient form: policy number HX-7720-1934-02, ZIP 60644, preferred name Sam (legal name "
        "Samira Haddadin).",
        spans=[
            S("HX-7720-1934-02", "ID"),
            S("60644", "ADDRESS"),
            S("Sam", "NAME"),
            S("Samira Haddadin", "NAME"),
        ],
    ),
    dict(
        kind="formal",  # 60 SBAR, dd/mm, month+year, 911 not a phone
        text="S: Caller Desmond Achterberg reports chest tightness since 21/11. B: CABG Oct 2023, stents "
        "15-Feb-2025. A: advised 911 / ED now. R: callback from Dr. Oyinlola at 555-0178 if not going.",
        spans=[
            S("Desmond Achterberg", "NAME"),
            S("21/11", "DATE"),
            S("Oct 2023", "DATE"),
            S("15-Feb-2025", "DATE"),
            S("Oyinlola", "NAME"),
            S("555-0178", "PHONE"),
        ],
    ),
    dict(
        kind="formal",  # 61 e-mail header, multi-line address (one span per line)
        text="From: Harriet Coombs\nSent: 19 November 2026 08:14\nSubject: Re: home visit\n\nThe district "
        "nurse can reach Dad at:\n12 Pennine Way\nHuddersfield\nHD4 6TT\nRing the bell twice, he is slow "
        "to the door.",
        spans=[
            S("Harriet Coombs", "NAME"),
            S("19 November 2026", "DATE"),
            S("12 Pennine Way", "ADDRESS"),
            S("Huddersfield", "ADDRESS"),
            S("HD4 6TT", "ADDRESS"),
        ],
    ),
    dict(
        kind="formal",  # 62 Korean names (family name first), hospital number, age 94
        text="Transfer summary: Kim Min-jun, Hosp No. SN-004418, 94 y.o., admitted 11/20/2026 via ED with hip "
        "fracture. Daughter Kim Seo-yeon at bedside, consents on his behalf.",
        spans=[
            S("Kim Min-jun", "NAME"),
            S("SN-004418", "MRN"),
            S("94", "AGE"),
            S("11/20/2026", "DATE"),
            S("Kim Seo-yeon", "NAME"),
        ],
    ),
    dict(
        kind="formal",  # 63 voicemail transcript, phone number spelled in words
        text="Voicemail transcription: \"Hi it's Bernadette Quaye calling for Nurse Ilse, my number is five five "
        "five, zero one nine three. I'm calling about my Eliquis refill, thank you.\"",
        spans=[
            S("Bernadette Quaye", "NAME"),
            S("Ilse", "NAME"),
            S("five five five, zero one nine three", "PHONE"),
        ],
    ),
    # ------------------------------------------------------------------ no PHI (64-70)
    dict(
        kind="none",  # pain scores, dose 5/325, weekdays, pharmacy chain
        text="Pain is 7/10 today, was 4/10 on Monday. Taking Norco 5/325 every 6 hours. Walgreens says the "
        "next fill isn't due until Friday.",
        spans=[],
    ),
    dict(
        kind="none",  # relation words, drug brand, months alone
        text="My mum and my brother both take Eliquis. Is it safe for them to have the flu shot in October, or "
        "should they wait until November?",
        spans=[],
    ),
    dict(
        kind="none",  # month alone, BP, pharmacy chain, doses
        text="Since March my BP has been around 150/95. The pharmacist at Boots suggested I ask about "
        "switching from amlodipine 5 mg to 10 mg. Pulse 72.",
        spans=[],
    ),
    dict(
        kind="none",  # Will / May / Hope as ordinary words, weekday, brand
        text="Will the clinic be open on Saturday? I may need a refill of Zoloft 50 mg before the weekend. "
        "Hope so!",
        spans=[],
    ),
    dict(
        kind="none",  # Nana, age 88 (not over 89), June/July, brands, relation words
        text="Nana (88) takes Jardiance and Januvia. Her sugars were 180-220 in June and July, now in the "
        "140s. Should my aunt and uncle keep logging them twice a day?",
        spans=[],
    ),
    dict(
        kind="none",  # doses, vitals, weekdays
        text="Took 2 Tylenol 500 mg at 8 and 2 Advil 200 mg at noon. Temperature 38.4, heart rate 104. Fever "
        "started Tuesday night, the day after chemo on Monday.",
        spans=[],
    ),
    dict(
        kind="none",  # pharmacy chains, month alone, brands, relation word, weight and A1c
        text="Rite Aid and CVS both say Ozempic 0.5 mg is out of stock until April. My sister-in-law suggested "
        "Mounjaro instead. Is that an option? Weight 94 kg, A1c 7.9.",
        spans=[],
    ),
]


def fail(idx: int, msg: str) -> None:
    raise SystemExit(f"item {idx}: {msg}")


def bounded(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not glued to letters/digits on either side."""
    sub = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not ((before.isalnum() and sub[0].isalnum()) or (after.isalnum() and sub[-1].isalnum()))


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Case-insensitive, word-bounded occurrences of needle in text (same-length casefolding)."""
    low, n = text.lower(), needle.lower()
    assert len(low) == len(text)
    out, pos = [], 0
    while (i := low.find(n, pos)) >= 0:
        if bounded(text, i, i + len(n)):
            out.append((i, i + len(n)))
        pos = i + 1
    return out


def name_tokens(sub: str) -> list[str]:
    return [t for t in re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", sub) if len(t) >= 2]


def locate(idx: int, item: dict) -> list[dict]:
    text = item["text"]
    out: list[dict] = []
    cursor = 0
    for sub, label, opts in item["spans"]:
        if label not in LABELS:
            fail(idx, f"unknown label {label}")
        if not sub or sub != sub.strip():
            fail(idx, f"span {sub!r} is empty or has edge whitespace")
        if not (sub[0].isalnum() or sub[0] in "(+") or not sub[-1].isalnum():
            fail(idx, f"span {sub!r} starts or ends on punctuation")
        suffix = opts.get("suffix", "")
        after = opts.get("after", "")
        pos = cursor
        while True:
            start = text.find(sub, pos)
            if start < 0:
                fail(idx, f"{sub!r} not found after offset {cursor}")
            end = start + len(sub)
            if suffix:
                ok = text.startswith(suffix, end) and bounded(text, start, end + len(suffix))
            else:
                ok = bounded(text, start, end)
            if ok and after:
                ok = text[:start].endswith(after)
            if ok:
                break
            pos = start + 1
        if text[start:end] != sub:
            fail(idx, "offset mismatch")
        out.append({"start": start, "end": end, "label": label})
        cursor = end
    for a, b in zip(out, out[1:], strict=False):  # noqa: RUF007
        if b["start"] < a["end"]:
            fail(idx, f"overlapping spans {a} {b}")
    return out


def check_item(idx: int, item: dict, spans: list[dict]) -> None:
    text = item["text"]

    def covered(s: int, e: int) -> bool:
        return any(o["start"] <= s and e <= o["end"] for o in spans)

    # exemptions: ordinary-word uses that are deliberately left unlabelled
    exempt: set[tuple[int, int]] = set()
    for ctx, word in item.get("exempt", []):
        k = ctx.find(word)
        if k < 0:
            fail(idx, f"exemption word {word!r} not in its context {ctx!r}")
        hits = [m.start() for m in re.finditer(re.escape(ctx), text)]
        if not hits:
            fail(idx, f"exemption context {ctx!r} not in text")
        for h in hits:
            s, e = h + k, h + k + len(word)
            if not bounded(text, s, e):
                fail(idx, f"exempted {word!r} at {s} is not a whole word")
            if any(o["start"] < e and s < o["end"] for o in spans):
                fail(idx, f"exempted ordinary word {word!r} at {s} overlaps a span")
            exempt.add((s, e))
    used: set[tuple[int, int]] = set()

    # every other occurrence of a labelled string (and of each NAME token) must be covered
    needles = {text[s["start"] : s["end"]] for s in spans}
    for s in spans:
        if s["label"] == "NAME":
            needles.update(name_tokens(text[s["start"] : s["end"]]))
    for needle in sorted(needles):
        for s, e in occurrences(text, needle):
            if covered(s, e):
                continue
            if (s, e) in exempt:
                used.add((s, e))
                continue
            fail(
                idx,
                f"unlabelled occurrence of {needle!r} at {s}: {text[max(0, s - 15) : e + 15]!r}",
            )
    if exempt - used:
        fail(idx, f"exemptions that exempt nothing: {sorted(exempt - used)}")

    # guideline specifics
    for s in spans:
        sub = text[s["start"] : s["end"]]
        toks = [t.lower().strip(".,") for t in sub.split()]
        if s["label"] == "NAME":
            if toks and (toks[0] in TITLES or toks[-1] in TITLES):
                fail(idx, f"title or credential inside NAME span {sub!r}")
            if re.search(r"['’]s$", sub):
                fail(idx, f"possessive 's inside NAME span {sub!r}")
        if s["label"] == "DATE" and WEEKDAYS.search(sub):
            fail(idx, f"weekday inside DATE span {sub!r}")
        if s["label"] == "AGE":
            age = int(sub) if sub.isdigit() else WORD_AGES.get(sub.lower())
            if age is None or age <= 89:
                fail(idx, f"AGE span {sub!r} is not a number over 89")

    # item kind bookkeeping
    kind = item["kind"]
    if kind == "none" and spans:
        fail(idx, "a no-PHI item has spans")
    if kind != "none" and not spans:
        fail(idx, "an item with PHI has no spans")
    if kind == "casual":
        letters = [c for c in text if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        if upper / len(letters) > 0.03:
            fail(idx, f"casual item is not mostly lower case ({upper} capitals)")
        if not any(s["label"] == "NAME" for s in spans):
            fail(idx, "casual item mentions no NAME")


def load_parse_item():
    spec = importlib.util.spec_from_file_location("brief_items", ITEMS_PY)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["brief_items"] = mod
    spec.loader.exec_module(mod)
    return mod.parse_item


def main() -> None:
    parse_item = load_parse_item()
    if len(ITEMS) != N_ITEMS:
        raise SystemExit(f"expected {N_ITEMS} items, have {len(ITEMS)}")
    kinds = collections.Counter(it["kind"] for it in ITEMS)
    if (
        kinds["casual"] != N_ITEMS // 2
        or kinds["none"] != 7
        or kinds["formal"] + kinds["none"] != N_ITEMS // 2
    ):
        raise SystemExit(f"wrong item mix: {dict(kinds)}")

    rows, counts, item_counts, seen = [], collections.Counter(), collections.Counter(), set()
    for i, item in enumerate(ITEMS, 1):
        if item["text"] in seen:
            fail(i, "duplicate text")
        seen.add(item["text"])
        spans = locate(i, item)
        check_item(i, item, spans)
        counts.update(s["label"] for s in spans)
        item_counts.update({s["label"] for s in spans})
        row = {
            "id": ID_FMT.format(i),
            "category": "phi",
            "added": ADDED,
            "source": SOURCE,
            "text": item["text"],
            "spans": spans,
        }
        parse_item(row)
        rows.append(row)
    if len({r["id"] for r in rows}) != N_ITEMS:
        raise SystemExit("duplicate ids")

    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_guide17.", suffix=".jsonl.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        with open(tmp, encoding="utf-8") as fh:
            back = [json.loads(line) for line in fh]
        if back != rows:
            raise SystemExit("re-read file differs from generated rows")
        for r, it in zip(back, ITEMS, strict=True):
            parse_item(r)
            subs = [r["text"][s["start"] : s["end"]] for s in r["spans"]]
            if subs != [sp[0] for sp in it["spans"]]:
                raise SystemExit(f"{r['id']}: offsets do not reproduce the annotated strings")
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)

    print(
        f"wrote {len(rows)} valid items ({kinds['none']} without PHI, {kinds['casual']} casual), "
        f"{sum(counts.values())} spans -> {OUT}"
    )
    print(f"  {'label':8s} {'spans':>5s} {'items':>5s}")
    for k, v in counts.most_common():
        print(f"  {k:8s} {v:5d} {item_counts[k]:5d}")


if __name__ == "__main__":
    main()
