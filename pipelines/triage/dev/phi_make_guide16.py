#!/usr/bin/env python3
"""Generate phi_guide16.jsonl: 80 PHI-annotated phone-style patient messages.

Annotation rule: the **phi** paragraph of the labelling guideline (goldsets/README.md); open
calls are recorded in phi_guide16_CONVENTIONS.md next to this file.

Each item is (text, marks).  A mark is (substring, label) or (substring, label, "poss"):
  * label in LABELS  -> emitted as a span;
  * label == ORD     -> NOT emitted; records a deliberate ordinary-word use (e.g. "i will",
                        "the bill", "x-ray") of a string that looks like a name; it advances the
                        cursor and exempts exactly that occurrence from the occurrence check;
  * "poss"           -> the name is followed by an apostrophe-less possessive "s"
                        ("lupes arm"): the span is the bare name, the "s" stays outside.
Marks are located left to right (each search starts after the previous mark), so repeated
strings resolve in order.

Checks (any failure aborts, nothing is written):
  exact substring at word boundaries; no whitespace at span edges; no overlaps (spans and ORD
  marks); known labels; every other word-bounded occurrence (case-insensitive, incl. an
  apostrophe-less possessive "s") of a labelled string is covered by a span or an ORD mark;
  NAME spans carry no title / relation word and no possessive; unique ids and texts; exactly
  8 items without PHI; parse_item (items.py loaded by path) on every line re-read from the
  temp file; then atomic rename.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import os
import re
import sys
import tempfile
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_guide16.jsonl")
ITEMS_PY = str(Path(__file__).resolve().parents[3] / "harness" / "contract" / "items.py")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
ORD = "ORD"
ADDED = "2026-11-24"
SOURCE = "guideline PHI annotation set 16"
ID_FMT = "phi16-{:04d}"
N_ITEMS = 80
N_EMPTY = 8

# words that must never open a NAME span (titles, relation and role words)
NOT_NAME_START = {
    "dr",
    "dr.",
    "doc",
    "nurse",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "my",
    "the",
    "our",
    "her",
    "his",
    "hubby",
    "bf",
    "gf",
    "bro",
    "sis",
    "lil",
    "mum",
    "mom",
    "dad",
    "nan",
    "grandma",
    "grandpa",
    "lola",
    "tita",
    "tito",
    "tio",
    "tia",
    "abuela",
    "amma",
    "aunty",
    "auntie",
    "uncle",
    "cousin",
    "son",
    "daughter",
    "wife",
    "husband",
    "neighbour",
    "carer",
    "pharmacist",
    "receptionist",
    "coworker",
}

ITEMS: list[tuple[str, list[tuple]]] = [
    # ---------------- writer / family / carers / clinicians, ordinary lower case ----------
    # 1 writer after "its", relative, clinician after title, UK mobile
    (
        "hey its tunde, my mum yetunde fell in the bathroom last nite and her hip is bad pls "
        "can dr okafor call her back on 07700 900 318 she dont text",
        [("tunde", "NAME"), ("yetunde", "NAME"), ("okafor", "NAME"), ("07700 900 318", "PHONE")],
    ),
    # 2 receptionist as object, sign-off with dash
    (
        "can u call priyanka at the front desk and tell her i cant make the 3pm appt tmrw bc my "
        "car broke down. thx - gurpreet",
        [("priyanka", "NAME"), ("gurpreet", "NAME")],
    ),
    # 3 relation word before name, "im <name>"
    (
        "my cousin dawa has been coughing up blood since sat idk what to do she doesnt have a dr "
        "here, im sonam her cousin",
        [("dawa", "NAME"), ("sonam", "NAME")],
    ),
    # 4 "hubby <name>"
    (
        "hubby rafael says im overreacting but my chest has been tight all morning and my left "
        "arm feels heavy rn",
        [("rafael", "NAME")],
    ),
    # 5 hope / river as names, "hope u can" ordinary
    (
        "hi this is hope, my son river has had a rash on his legs since tues, hope u can see him "
        "this wk. river is 7",
        [("hope", "NAME"), ("river", "NAME"), ("hope", ORD), ("river", "NAME")],
    ),
    # 6 will as subject, "i will" ordinary, drug brand, sign-off without space
    (
        "will says i should ask u if i can take ibuprofen w my eliquis. i will wait to hear back "
        "before i take anything. -june",
        [("will", "NAME"), ("will", ORD), ("june", "NAME")],
    ),
    # 7 mark as name, "to mark" ordinary
    (
        "my neighbour mark drove me to urgent care, they said to mark the edge of the redness w a "
        "pen and come back if it spreads past the line. is that right",
        [("mark", "NAME"), ("mark", ORD)],
    ),
    # 8 bill as name, "the bill" ordinary, member id
    (
        "bill from the pharmacy said the jardiance needs a prior auth and the bill will be like "
        "500 w/o it. member id is QHP-2231-8804. can u guys sort it",
        [("bill", "NAME"), ("bill", ORD), ("QHP-2231-8804", "ID")],
    ),
    # 9 grace as name twice, "grace period" ordinary
    (
        "grace my carer noticed my ankles are swollen again. is there a grace period on the water "
        "pill refill or do i need a new script. grace says hi lol",
        [("grace", "NAME"), ("grace", ORD), ("grace", "NAME")],
    ),
    # 10 list "me and X and Y", day-of-month date
    (
        "me and faith and obinna are all sick w the same stomach bug since the party on the 14th. "
        "faith is the worst she cant keep water down",
        [("faith", "NAME"), ("obinna", "NAME"), ("14th", "DATE"), ("faith", "NAME")],
    ),
    # 11 "bp rose" ordinary, daughter rose
    (
        "my bp rose to 168/102 this morning. my daughter rose took it twice to be sure. should i "
        "double the lisinopril",
        [("rose", ORD), ("rose", "NAME")],
    ),
    # 12 june as month-day dates and as a person
    (
        "my appt w dr nakashima got moved from june 3 to june 17 but june is my wife and shes the "
        "one who drives me, she works tuesdays. pls put it back",
        [("nakashima", "NAME"), ("june 3", "DATE"), ("june 17", "DATE"), ("june", "NAME")],
    ),
    # 13 summer as name twice, "summer break" ordinary
    (
        "summer is my 15 yr old, she has had migraines every day since summer break ended. "
        "neurologist is dr haddad. can summer get a school note",
        [("summer", "NAME"), ("summer", ORD), ("haddad", "NAME"), ("summer", "NAME")],
    ),
    # 14 hunter as name and as a common noun
    (
        "my bf hunter cut his hand gutting a deer (hes a big hunter lol) and its red and hot now "
        "and theres a red line going up his arm. he says hes fine but idk",
        [("hunter", "NAME"), ("hunter", ORD)],
    ),
    # 15 joy as name, "no joy" ordinary, sign-off without punctuation
    (
        "joy from the infusion center said to message here. no joy getting thru on the phone all "
        "morning. my port site is leaking thx oluwaseun",
        [("joy", "NAME"), ("joy", ORD), ("oluwaseun", "NAME")],
    ),
    # 16 "since dawn" ordinary, neighbour dawn, street + town
    (
        "up since dawn w chest pain again. dawn my neighbour has my spare key if the ambulance "
        "needs it, im at 9 cedar ct, riverton",
        [("dawn", ORD), ("dawn", "NAME"), ("9 cedar ct, riverton", "ADDRESS")],
    ),
    # 17 x-ray ordinary, brother ray, phone
    (
        "got my x-ray results on the app but dont understand them. my brother ray is a nurse and "
        "said ask u about the 'opacity'. pls call 555-201-4478",
        [("ray", ORD), ("ray", "NAME"), ("555-201-4478", "PHONE")],
    ),
    # 18 sunny weather vs sister-in-law sunny, date
    (
        "its not exactly sunny here lol. sunny is my sister-in-law and shes taking me to the "
        "cardio appt on 11/30 so pls send the paperwork to her too",
        [("sunny", ORD), ("sunny", "NAME"), ("11/30", "DATE")],
    ),
    # 19 "to be frank" ordinary, full name, nurse title
    (
        "to be frank the new nurse was rude. frank okoro is my husband and he was there. we want "
        "to switch to nurse tam for his dressing changes",
        [("frank", ORD), ("frank okoro", "NAME"), ("tam", "NAME")],
    ),
    # 20 "pat dry" ordinary, wife pat, date
    (
        "pat dry and leave open or keep it covered? pat (my wife) wants to know too, she does my "
        "dressings. surgery was on nov 2",
        [("pat", ORD), ("pat", "NAME"), ("nov 2", "DATE")],
    ),
    # 21 nickname chip + real name, "chipped" is a different word
    (
        "my son chip (real name is charles) chipped his tooth and now his jaw is swollen. hes 12. "
        "can dr varga see him today",
        [("chip", "NAME"), ("charles", "NAME"), ("varga", "NAME")],
    ),
    # 22 buddy as the child's nickname, husband
    (
        "our youngest, we all call him buddy, has had diarrhea 6x today and wont drink. buddy is "
        "4. my husband kwabena is at work",
        [("buddy", "NAME"), ("buddy", "NAME"), ("kwabena", "NAME")],
    ),
    # 23 possessive with apostrophe, DOB
    (
        "sky's asthma is flaring, her inhaler is empty and the pharmacy says no refills left. sky "
        "is 9, dob 04/12/2017",
        [("sky", "NAME"), ("sky", "NAME"), ("04/12/2017", "DATE")],
    ),
    # 24 Navajo: apostrophe-less possessive, surname after title, town, sign-off
    (
        "nizhonis albuterol is almost out, pharmacist said call u. her dr is dr begay at the "
        "chinle clinic. thx - doli",
        [("nizhoni", "NAME", "poss"), ("begay", "NAME"), ("chinle", "ADDRESS"), ("doli", "NAME")],
    ),
    # 25 Akan: "my lil bro X's", parenthetical relation
    (
        "my lil bro kwame's stitches popped open at footy. kofi (our dad) is w him at the er rn, "
        "do they need redoing or will steri strips do",
        [("kwame", "NAME"), ("kofi", "NAME")],
    ),
    # 26 Mexican: list, apostrophe-less possessive, store name not PHI
    (
        "me and lupe and xochitl all got the flu shot at target yesterday and now lupes arm is "
        "super swollen and hot. normal?",
        [("lupe", "NAME"), ("xochitl", "NAME"), ("lupe", "NAME", "poss")],
    ),
    # 27 Yoruba nickname sign-off with comma ("will book" ordinary, no name will here)
    (
        "got the results thx so much for explaining. will book the follow up next wk. cheers, "
        "funmi",
        [("funmi", "NAME")],
    ),
    # 28 Amharic: full name + DOB, kiss and dash sign-off
    (
        "mum says her feet are numb again and she keeps dropping things. she wont message u "
        "herself lol. her name is hirut tesfaye dob 3 feb 1950 x - mekdes",
        [("hirut tesfaye", "NAME"), ("3 feb 1950", "DATE"), ("mekdes", "NAME")],
    ),
    # 29 Somali: "this is", full name, MRN
    (
        "this is abdirahman writing for my wife hodan warsame, she has had a fever of 39 since "
        "yesterday and her throat is so sore she cant swallow. her mrn is 40018872",
        [("abdirahman", "NAME"), ("hodan warsame", "NAME"), ("40018872", "MRN")],
    ),
    # 30 Persian: "im X", possessive with apostrophe, phone
    (
        "im shirin, dariush's wife. he wont tell u himself but he hasnt slept in 4 days and keeps "
        "saying hes a burden. pls call me 0912 555 0147",
        [("shirin", "NAME"), ("dariush", "NAME"), ("0912 555 0147", "PHONE")],
    ),
    # 31 Akan surname alone (nurse)
    (
        "ask adjei about it she did my bloods on thurs and said the potassium was off. pls call "
        "back asap",
        [("adjei", "NAME")],
    ),
    # 32 Polish surnames alone (receptionist, GP), referral number
    (
        "kowalski at the desk told me to send the referral here. my gp is dr wojcik. the "
        "referral # is REF 55810",
        [("kowalski", "NAME"), ("wojcik", "NAME"), ("REF 55810", "ID")],
    ),
    # 33 short names, friends, day ordinal
    (
        "my mates al and jo are picking me up after the colonoscopy on the 9th, is that ok or "
        "does it have to be family",
        [("al", "NAME"), ("jo", "NAME"), ("9th", "DATE")],
    ),
    # 34 "ty" = thank you vs son ty, sign-off bo
    (
        "ty for the quick reply. ty (my son) is 17 and wants to know if he can take his own meds "
        "to camp. - bo",
        [("ty", ORD), ("ty", "NAME"), ("bo", "NAME")],
    ),
    # 35 short names vi, li, daycare worker xu
    (
        "vi and li both have pink eye now. xu from daycare said they cant come back until seen. "
        "can we get a same day",
        [("vi", "NAME"), ("li", "NAME"), ("xu", "NAME")],
    ),
    # 36 Vietnamese surname alone after title, age > 89, address with city
    (
        "my grandpa mr ng is 93 and hasnt eaten in 2 days. he lives w us at 1187 paloma ave apt "
        "2b, san jose",
        [("ng", "NAME"), ("93", "AGE"), ("1187 paloma ave apt 2b, san jose", "ADDRESS")],
    ),
    # 37 Vietnamese full name, husband, drug brand, DOB
    (
        "nguyen thi huong here, my husband duc has blood in his pee since monday. he's on "
        "xarelto. his bday is 12/08/1958",
        [("nguyen thi huong", "NAME"), ("duc", "NAME"), ("12/08/1958", "DATE")],
    ),
    # 38 Korean hyphenated names, pharmacy store not PHI, rx number
    (
        "seo-yeon here, my mom park hae-won needs her bp meds refilled. the pharmacy at cvs said "
        "the rx # is 6120394 and its expired",
        [("seo-yeon", "NAME"), ("park hae-won", "NAME"), ("6120394", "ID")],
    ),
    # 39 Chinese pinyin, clinician surname, possessive, phone
    (
        "hi dr zhou, wang xiaoling's dad here, she still has the cough after the amoxicillin. she "
        "is 5. our number changed to 138 0013 8821",
        [("zhou", "NAME"), ("wang xiaoling", "NAME"), ("138 0013 8821", "PHONE")],
    ),
    # 40 Filipino relation words lola / tita, age > 89, phone
    (
        "my lola remedios is 96 and shes been so confused since the uti. tita maricel is w her rn. "
        "can someone call tita 0917 555 0283",
        [("remedios", "NAME"), ("96", "AGE"), ("maricel", "NAME"), ("0917 555 0283", "PHONE")],
    ),
    # 41 Samoan, autocorrect capitals
    (
        "Talofa, this is Losa Leota. My son Tavita got hit in the eye w a ball at rugby and his "
        "vision is blurry. should we go to ed",
        [("Losa Leota", "NAME"), ("Tavita", "NAME")],
    ),
    # 42 Maori, town alone is ADDRESS
    (
        "kia ora its wiremu, my nan mereana has diabetes and her toe has gone black. she lives in "
        "kaitaia. can the district nurse come",
        [("wiremu", "NAME"), ("mereana", "NAME"), ("kaitaia", "ADDRESS")],
    ),
    # 43 Polish family, flat/number address that looks like a date, sign-off
    (
        "zosia wakes up every nite wheezing, my husband bartek thinks its the new cat. we r in "
        "the flat at 3/14 kopernika st. - agnieszka",
        [
            ("zosia", "NAME"),
            ("bartek", "NAME"),
            ("3/14 kopernika st", "ADDRESS"),
            ("agnieszka", "NAME"),
        ],
    ),
    # 44 Ukrainian, age > 89, language word not PHI
    (
        "hi its oksana, im writing for my dad mykola kovalenko, hes 91 and his legs are swelling "
        "up. he only speaks ukrainian so pls call me not him",
        [("oksana", "NAME"), ("mykola kovalenko", "NAME"), ("91", "AGE")],
    ),
    # 45 Mexican, abuela / tio relation words, phone
    (
        "my abuela guadalupe hernandez has a cough for 3 wks and now fever. she doesnt speak "
        "english, call my tio chuy at 956 555 0172",
        [("guadalupe hernandez", "NAME"), ("chuy", "NAME"), ("956 555 0172", "PHONE")],
    ),
    # 46 Brazilian
    (
        "oi, sou a luana. my husband thiago cut his finger bad cutting mangoes and its still "
        "bleeding after 20 min of pressure. what do i do",
        [("luana", "NAME"), ("thiago", "NAME")],
    ),
    # 47 Arabic, clinician surname after title
    (
        "salam, rania here. my son hamza (8) has a temp of 39.4 and a rash that doesnt fade w the "
        "glass test. going to the er now but pls tell dr saleh",
        [("rania", "NAME"), ("hamza", "NAME"), ("saleh", "NAME")],
    ),
    # 48 Hebrew, possessive, clinician full name, email containing the name
    (
        "noa's allergist dr eitan levi said to ask u about the epipen dose now that she is 30kg. "
        "also pls update her email noa.friedman@example.com",
        [("noa", "NAME"), ("eitan levi", "NAME"), ("noa.friedman@example.com", "EMAIL")],
    ),
    # 49 Yoruba clinician + wife, Nigerian phone
    (
        "dr adebayo said to message if the swelling didnt go down. it hasnt. also my wife "
        "funmilayo wants to be added to my contacts, her no is 0803 555 2291",
        [("adebayo", "NAME"), ("funmilayo", "NAME"), ("0803 555 2291", "PHONE")],
    ),
    # 50 Igbo, name before relation phrase, sign-off with role in brackets
    (
        "chiamaka my daughter is 3 and has had ear pain 2 nites. her dad chinedu took her temp "
        "38.9. can we get an appt tmrw. nkem (mum)",
        [("chiamaka", "NAME"), ("chinedu", "NAME"), ("nkem", "NAME")],
    ),
    # 51 Akan aunties, sign-off
    (
        "akosua and esi both say the new bp pills make them dizzy, they r my aunties, both on "
        "amlodipine. should they stop? - yaw",
        [("akosua", "NAME"), ("esi", "NAME"), ("yaw", "NAME")],
    ),
    # 52 Punjabi, hospital name with a saint's name not PHI, DOB
    (
        "sat sri akal, simran here. my dad harjit singh sandhu had chest pain at the gurdwara and "
        "they called 911. hes at st joseph now. his dob 5/19/1952",
        [("simran", "NAME"), ("harjit singh sandhu", "NAME"), ("5/19/1952", "DATE")],
    ),
    # 53 Tamil, possessive after relation word amma, Indian mobile
    (
        "karthik here, my amma meenakshi's sugar was 320 this morning even after her insulin. dr "
        "senthil said if over 300 call. pls call 98450 55521",
        [("karthik", "NAME"), ("meenakshi", "NAME"), ("senthil", "NAME"), ("98450 55521", "PHONE")],
    ),
    # 54 Bengali, NHS number as ID
    (
        "assalamu alaikum this is farzana chowdhury. my husband anwar has had jaundice for a week, "
        "his eyes r yellow. his nhs no is 943 476 5919",
        [("farzana chowdhury", "NAME"), ("anwar", "NAME"), ("943 476 5919", "ID")],
    ),
    # 55 Persian, DOB in words, email, radiology staff
    (
        "golnaz rostami, dob 21 march 1988. i need a copy of my mri from last week sent to "
        "golnaz.r@example.net. kaveh at radiology said to ask here",
        [
            ("golnaz rostami", "NAME"),
            ("21 march 1988", "DATE"),
            ("golnaz.r@example.net", "EMAIL"),
            ("kaveh", "NAME"),
        ],
    ),
    # 56 Navajo surname alone (pharmacist), full name, phone
    (
        "yazzie the pharmacist at the trading post says my metformin and the new jardiance might "
        "interact? my name is ahiga tsosie, 928 555 0136",
        [("yazzie", "NAME"), ("ahiga tsosie", "NAME"), ("928 555 0136", "PHONE")],
    ),
    # 57 coworker, sign-off without punctuation
    (
        "my coworker deepa found me on the floor at work, im ok now but it was the 2nd time this "
        "month. she said my lips were blue thanks lwazi",
        [("deepa", "NAME"), ("lwazi", "NAME")],
    ),
    # 58 neighbour surname after mrs
    (
        "the lady next door, mrs kaminski, has a key and checks on me mornings. she saw i was "
        "breathing fast and told me to message u",
        [("kaminski", "NAME")],
    ),
    # 59 receptionist, two dates, "ty" ordinary, initials sign-off
    (
        "the receptionist (tanya i think) booked me for 12/3 at 10 but i asked for the 2nd. can u "
        "fix it ty -rj",
        [("tanya", "NAME"), ("12/3", "DATE"), ("2nd", "DATE"), ("ty", ORD), ("rj", "NAME")],
    ),
    # 60 pharmacist, store name, bare month not a date, clinician
    (
        "pharmacist at walgreens, lorenzo, says the ozempic is backordered til jan. can dr patel "
        "switch me to mounjaro",
        [("lorenzo", "NAME"), ("jan", ORD), ("patel", "NAME")],
    ),
    # 61 nurse title, clinician with apostrophe dropped
    (
        "nurse tilly said to upload my bp log here. 145/90 150/95 138/88 this wk. pls tell dr "
        "obrien im still getting headaches",
        [("tilly", "NAME"), ("obrien", "NAME")],
    ),
    # 62 run-on, sister twice, retired clinician
    (
        "so basically my sister akua took me to the er bc i passed out and they said dehydration "
        "and to follow up w my pcp who is dr goldberg but he retired?? so idk who i see now also "
        "akua says hi",
        [("akua", "NAME"), ("goldberg", "NAME"), ("akua", "NAME")],
    ),
    # 63 Shona, email with name inside, employee id, date, sign-off
    (
        "can u email the letter for my employer to tendai.moyo@example.org pls, my employee id is "
        "00471-TM and hr needs it by the 28th - tendai",
        [
            ("tendai.moyo@example.org", "EMAIL"),
            ("00471-TM", "ID"),
            ("28th", "DATE"),
            ("tendai", "NAME"),
        ],
    ),
    # 64 austin as city and as son, full street address
    (
        "moving to austin next month to live w my son austin lol, can u send my records to the "
        "new address 4410 red river st, austin tx 78751",
        [
            ("austin", "ADDRESS"),
            ("austin", "NAME"),
            ("4410 red river st, austin tx 78751", "ADDRESS"),
        ],
    ),
    # 65 autocorrect capitals, writer + child
    (
        "Hi it's Marisol, my son Mateo has been vomiting since 2am and now he's really sleepy and "
        "hard to wake. He's 2. Should I call 911",
        [("Marisol", "NAME"), ("Mateo", "NAME")],
    ),
    # 66 mixed case, clinician surname, writer, MRN
    (
        "Hey Dr Kim its Jia from the 3pm yesterday, the cream u gave me is burning like crazy and "
        "my face is peeling. my mrn is K-229104 if u need it",
        [("Kim", "NAME"), ("Jia", "NAME"), ("K-229104", "MRN")],
    ),
    # 67 agency carer in brackets
    (
        "carer came today (bronwyn, the usual one is off) and she said moms pressure sore is worse "
        "and smells. she took a pic. can she send it here",
        [("bronwyn", "NAME")],
    ),
    # 68 age > 89, full name, DOB
    (
        "my great gran is 102 and the home wants to stop her blood thinner. shes on eliquis. her "
        "name is ada pennington, dob 2/2/1924",
        [("102", "AGE"), ("ada pennington", "NAME"), ("2/2/1924", "DATE")],
    ),
    # 69 april as a person, date with month abbreviation, "im X"
    (
        "april wants to know if her biopsy results r back yet. it was done on the 6th of nov. shes "
        "my partner, im daniel",
        [("april", "NAME"), ("6th of nov", "DATE"), ("daniel", "NAME")],
    ),
    # 70 phone with extension, staff name as object
    (
        "pls have the nurse call me back at 614 555 0190 x 23 thats my work line. ask for ifeoma. "
        "its about my wifes mammogram",
        [("614 555 0190 x 23", "PHONE"), ("ifeoma", "NAME")],
    ),
    # 71 licence plate, front-desk staff
    (
        "got a parking ticket in ur garage during my chemo, plate is 8abc412, can the front desk "
        "(shout out to marguerite) validate it",
        [("8abc412", "ID"), ("marguerite", "NAME")],
    ),
    # 72 URL, clinician with letter dropped
    (
        "i uploaded the pic of my mole to myhealthpics.example.com/u/kb2291 pls can dr sorensen "
        "look before my appt",
        [("myhealthpics.example.com/u/kb2291", "URL"), ("sorensen", "NAME")],
    ),
    # ---------------- 8 items without PHI: name look-alikes only ----------------------------
    # 73 drug brand, weekday
    (
        "can i take tylenol w my eliquis or does it have to be something else? had a bad headache "
        "since monday, no fall or anything",
        [("eliquis", ORD), ("monday", ORD)],
    ),
    # 74 drug brand, stores, bare month
    (
        "is it ok to pick up my jardiance at cvs instead of the target pharmacy, my insurance "
        "changed in may and they said target is out of network now",
        [("jardiance", ORD), ("cvs", ORD), ("target", ORD), ("may", ORD), ("target", ORD)],
    ),
    # 75 relation words, bare month, weekday, endearment
    (
        "my hubby and my sis both say i should get the shingles shot in june, is wednesday ok to "
        "come in or do i need an appt. thx hun",
        [("hubby", ORD), ("sis", ORD), ("june", ORD), ("wednesday", ORD), ("hun", ORD)],
    ),
    # 76 drug brand that is also a name, "will" twice
    (
        "will the allegra make me drowsy? i have to drive to work and i will be on the road early. "
        "also can i take it w the flonase",
        [("will", ORD), ("allegra", ORD), ("will", ORD)],
    ),
    # 77 "the bill", bare month, title without a name
    (
        "grandma says the new dr is nice but she cant understand the bill, we got charged twice "
        "for the same visit in march. who do i talk to",
        [("grandma", ORD), ("bill", ORD), ("march", ORD)],
    ),
    # 78 ages under 90, relation words, drug brands
    (
        "my mom and stepdad both got covid again. mom is 74 and on xarelto, stepdad is 81. should "
        "they get paxlovid or does it interact",
        [("xarelto", ORD), ("paxlovid", ORD)],
    ),
    # 79 "hope", "joy", relation word, weekday
    (
        "hope u r well. my bro and his wife said the urgent care on the corner was a joke, no joy "
        "w the cream they gave me. can i just come to walk in clinic on friday, rash is spreading",
        [("hope", ORD), ("bro", ORD), ("joy", ORD), ("friday", ORD)],
    ),
    # 80 sunny, river, mark, august as ordinary words
    (
        "sunny weekend finally so i went for a walk by the river and now my knee is swollen. took "
        "2 advil. mark it down for my physio pls. august is when i see the surgeon",
        [("sunny", ORD), ("river", ORD), ("advil", ORD), ("mark", ORD), ("august", ORD)],
    ),
]


def _alnum(c: str) -> bool:
    return c.isalnum()


def _bounded(text: str, start: int, end: int, poss: bool = False) -> bool:
    """True when text[start:end] is not glued to letters/digits on either side.

    With poss, a single trailing "s" (apostrophe-less possessive) is allowed after the match.
    """
    sub = text[start:end]
    before = text[start - 1] if start > 0 else " "
    if _alnum(before) and _alnum(sub[0]):
        return False
    after_i = end
    if poss:
        if end < len(text) and text[end] == "s":
            after_i = end + 1
        else:
            return False
    after = text[after_i] if after_i < len(text) else " "
    return not (_alnum(after) and _alnum(sub[-1]))


def locate(text: str, marks: list[tuple], idx: int) -> tuple[list[dict], list[tuple[int, int]]]:
    spans: list[dict] = []
    ords: list[tuple[int, int]] = []
    placed: list[tuple[int, int]] = []
    cursor = 0
    for mark in marks:
        if len(mark) == 2:
            sub, label = mark
            poss = False
        elif len(mark) == 3 and mark[2] == "poss":
            sub, label, _ = mark
            poss = True
        else:
            raise SystemExit(f"item {idx}: bad mark {mark!r}")
        if label != ORD and label not in LABELS:
            raise SystemExit(f"item {idx}: unknown label {label}")
        if not sub or sub != sub.strip():
            raise SystemExit(f"item {idx}: span {sub!r} is empty or has edge whitespace")
        pos = cursor
        while True:
            start = text.find(sub, pos)
            if start < 0:
                raise SystemExit(f"item {idx}: {sub!r} not found at a word boundary after {cursor}")
            end = start + len(sub)
            if _bounded(text, start, end, poss):
                break
            pos = start + 1
        assert text[start:end] == sub
        placed.append((start, end))
        if label == ORD:
            ords.append((start, end))
        else:
            spans.append({"start": start, "end": end, "label": label})
        cursor = end
    # no overlaps among spans and ORD marks (they are in text order by construction)
    for (a0, a1), (b0, b1) in zip(placed, placed[1:], strict=False):  # noqa: RUF007
        if b0 < a1:
            raise SystemExit(f"item {idx}: overlapping marks {(a0, a1)} {(b0, b1)}")
    # whitespace at edges of the emitted spans (belt and braces)
    for s in spans:
        frag = text[s["start"] : s["end"]]
        if frag[0].isspace() or frag[-1].isspace():
            raise SystemExit(f"item {idx}: whitespace at edge of {frag!r}")
    # NAME spans: no titles / relation words, no possessive inside
    for s in spans:
        if s["label"] != "NAME":
            continue
        frag = text[s["start"] : s["end"]]
        first = frag.split()[0].lower()
        if first in NOT_NAME_START:
            raise SystemExit(f"item {idx}: NAME {frag!r} starts with title/relation word")
        if frag.endswith(("'s", "'", "’s")):
            raise SystemExit(f"item {idx}: NAME {frag!r} includes a possessive")
    # every other occurrence of a labelled string must be labelled or explicitly ORD-exempt
    low = text.lower()
    for s in spans:
        sub = text[s["start"] : s["end"]].lower()
        for m in re.finditer(re.escape(sub), low):
            if not (_bounded(low, m.start(), m.end()) or _bounded(low, m.start(), m.end(), True)):
                continue
            covered = any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans)
            exempt = any(o0 <= m.start() and m.end() <= o1 for o0, o1 in ords)
            if not (covered or exempt):
                raise SystemExit(
                    f"item {idx}: unlabelled, non-exempt occurrence of {sub!r} at {m.start()}"
                )
    return spans, ords


def load_parse_item():
    spec = importlib.util.spec_from_file_location("brief_items", ITEMS_PY)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {ITEMS_PY}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["brief_items"] = mod
    spec.loader.exec_module(mod)
    return mod.parse_item


def main() -> None:
    parse_item = load_parse_item()
    if len(ITEMS) != N_ITEMS:
        raise SystemExit(f"expected {N_ITEMS} items, have {len(ITEMS)}")
    rows, seen = [], set()
    span_counts: collections.Counter = collections.Counter()
    item_counts: collections.Counter = collections.Counter()
    n_ord = 0
    for i, (text, marks) in enumerate(ITEMS, 1):
        if text in seen:
            raise SystemExit(f"item {i}: duplicate text")
        seen.add(text)
        spans, ords = locate(text, marks, i)
        n_ord += len(ords)
        span_counts.update(s["label"] for s in spans)
        item_counts.update({s["label"] for s in spans})
        rows.append(
            {
                "id": ID_FMT.format(i),
                "category": "phi",
                "added": ADDED,
                "source": SOURCE,
                "text": text,
                "spans": spans,
            }
        )
    empty = sum(1 for r in rows if not r["spans"])
    if empty != N_EMPTY:
        raise SystemExit(f"expected {N_EMPTY} items without PHI, have {empty}")
    if len({r["id"] for r in rows}) != len(rows):
        raise SystemExit("duplicate ids")

    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".phi_guide16.", suffix=".jsonl.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        # re-read the temp file and validate every line
        n = 0
        with open(tmp, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                item = parse_item(r)
                if item.category != "phi":
                    raise SystemExit(f"{r['id']}: not a phi item")
                for s in r["spans"]:
                    assert 0 <= s["start"] < s["end"] <= len(r["text"])
                n += 1
        if n != N_ITEMS:
            raise SystemExit(f"re-read {n} lines, expected {N_ITEMS}")
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)

    print(
        f"wrote {len(rows)} items ({empty} without PHI), {sum(span_counts.values())} spans, "
        f"{n_ord} ORD-exempt look-alikes -> {OUT}"
    )
    print(f"  {'label':8s} {'spans':>5s} {'items':>5s}")
    for k, v in span_counts.most_common():
        print(f"  {k:8s} {v:5d} {item_counts[k]:5d}")


if __name__ == "__main__":
    main()
