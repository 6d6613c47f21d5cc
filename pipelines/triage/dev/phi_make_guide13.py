#!/usr/bin/env python3
"""Generate phi_guide13.jsonl: 100 PHI-annotated texts (guideline **phi** rule), DATE emphasis.

Texts are portal messages to a clinic triage inbox plus clinician-written notes. Every span is
given as the exact annotated substring; offsets are computed by locating it in the text, in
order (search resumes after the previous span). A span may carry a context string (`ctx`) that
contains it exactly once, to pick one occurrence among look-alikes (e.g. the date "1/2" after
the fraction "1/2 tab"), and a `glued` flag for dates deliberately glued to a word or a time
("on3/4", "2026-11-21T03:12:44Z").

Checks (no project code is imported or run):
  * exact substring match, known labels, no whitespace at span edges, no overlaps, sorted;
  * word boundaries on both sides unless the span is flagged glued (and a glued flag must be
    needed);
  * every other word-bounded occurrence of a labelled string is labelled too, unless it lies
    inside a declared not-PHI string (`neg`);
  * a date-shape lint: every numeric date-like token (d/d, d-d, d.d, optionally a third part),
    every month name/abbreviation and every ordinal number must lie inside a labelled span or
    inside a declared not-PHI string, so each look-alike is a deliberate decision;
  * DATE spans are never a bare year or a weekday; declared not-PHI strings occur in the text and
    never overlap a span;
  * convention tags are known; CONVENTIONS.md counts are generated from them;
  * the written file is re-read and every item is validated field by field against the phi item
    model of items.py (id pattern, category, ISO `added`, non-empty source/text, span keys,
    integer offsets, end > start, end <= len(text), label pattern, no extra keys), then both
    files are moved into place atomically.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import random
import re
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_guide13.jsonl")
CONV_OUT = os.path.join(HERE, "phi_guide13_CONVENTIONS.md")
PREFIX = "guide13-phi-"
ADDED = "2026-11-24"
SOURCE = "guideline PHI annotation set 13"
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
SHUFFLE_SEED = 13

# Conventions for calls the guideline leaves open (tag -> description). Counts are computed.
CONVENTIONS: dict[str, str] = {
    "all_dates": (
        "Every calendar date more specific than a year is DATE, whoever or whatever it is about "
        "(a deadline for a form, the day the clinic might be open, a repeat-prescription cut-off), "
        "because in a patient's own message such dates still fix when that patient did or will "
        "do something. Items tagged here contain at least one such date."
    ),
    "day_only": (
        'A day of the month without a month ("on the 9th", "since the 14th", "Thurs 21st", '
        '"the twenty-first") is DATE: with the message date it pins one calendar day, which is '
        'the date element Safe Harbor removes. The span is the day token only ("9th", '
        '"twenty-first"); ordinals that are counts or places ("14th floor", "2nd dose", '
        '"3rd UTI") are not PHI.'
    ),
    "month_only": (
        'A month name used as the time of an event, without day or year ("in June", "since '
        'January", "due in Dec", "early Oct"), is DATE: Safe Harbor removes all elements of '
        'dates except the year, and the month is such an element. "Last month"/"this month" '
        "stay relative (not PHI)."
    ),
    "season_not_phi": (
        'Seasons ("every spring", "this autumn") are not PHI: they are not a calendar element, '
        "like relative dates."
    ),
    "holiday": (
        "A named day that falls on one calendar date (Christmas Eve, Boxing Day, New Year's Day, "
        "Thanksgiving, Valentine's Day, Easter Sunday, Bonfire Night) is DATE when it is used as "
        "the time of something; the span is the full name, including a weekday or 'Day'/'Eve' "
        'that belongs to the name ("Easter Sunday").'
    ),
    "weekday_outside": (
        'A weekday next to a date stays outside the DATE span ("Thurs 21st" -> "21st"; '
        '"Wednesday, December 9th, 2026" -> "December 9th, 2026"; "Tues (11/17)" -> '
        '"11/17"; "8th Dec (Tue)" -> "8th Dec"). A weekday alone is never PHI.'
    ),
    "time_outside": (
        "A time of day attached to a date stays outside the span; the span is the date part only "
        '("3/4@0900" -> "3/4"; "14/11/2026 09:40" -> "14/11/2026"; ISO '
        '"2026-11-21T03:12:44Z" -> "2026-11-21"; "2026-11-22 23:51:07+00:00" -> '
        '"2026-11-22"; compact "20261119 0745" -> "20261119").'
    ),
    "glued": (
        "A date glued to a neighbouring word or time with no separator (\"on3/4\", the ISO 'T') is "
        "still DATE; the span covers only the date characters, so its edge is not a word "
        "boundary."
    ),
    "qualifier_outside": (
        'Vague qualifiers stay outside the span: "mid-March 2023" -> "March 2023", '
        '"early Oct" -> "Oct", "late August 2025" -> "August 2025".'
    ),
    "ordinal_the": (
        'A leading "the"/"on the" is outside the span; words inside the date expression are '
        'inside ("the 4th of July" -> "4th of July", "March the 3rd" -> "March the 3rd", '
        '"on the 9th" -> "9th").'
    ),
    "words": (
        'Dates written in words are DATE, the whole expression incl. a year in words ("twelfth '
        'of January", "fifth of October nineteen fifty-eight").'
    ),
    "range_compressed": (
        "A compressed range whose endpoints share a month (one endpoint borrows it from the other: "
        '"12-15 March", "Dec 20-27", "3rd-10th January") is one DATE span covering the range.'
    ),
    "range_split": (
        'A range whose endpoints are each a complete date ("01/09/2026 to 14/09/2026", '
        '"8/10-8/15") is two DATE spans; the connector is outside.'
    ),
    "trailing_period": (
        'A period after the last date character is left out ("14 Sept." -> "14 Sept"; German '
        '"29.11." -> "29.11"); periods inside the expression stay in ("Oct. 2nd").'
    ),
    "month_year_numeric": (
        'Numeric month/year forms ("04/2024", "Dx 11/19" read as Nov 2019, "3/20") are DATE: '
        "more specific than a year, and DATE under either reading."
    ),
    "compact": (
        'Dates without separators ("20261119", DOB "19480312", "12Dec") are one DATE span.'
    ),
    "foreign_lang": (
        'Dates in other languages or scripts are DATE; articles stay outside ("el 5 de enero" -> '
        '"5 de enero", "le 2 novembre" -> "2 novembre", "2026年11月2日").'
    ),
    "uk_duration_not_phi": (
        'UK clinical shorthand n/7, n/52, n/12 (days, weeks, months: "3/7 hx", "review 2/52", '
        '"f/u 3/12", "4/12 history") is a duration, not a date: not PHI.'
    ),
    "name_vs_calendar_word": (
        "Personal names that are also calendar words (April, May, Autumn) are NAME, never DATE."
    ),
    "facility_not_phi": (
        'Names of hospitals, care homes and practices ("the Royal", "Mass General", '
        '"Oakwood care home") are not labelled unless they contain a street or city, which is '
        "then ADDRESS."
    ),
    "city_alone": (
        "A city or town on its own (Leeds, Omaha, Lisbon, Munich, Lyon, Shanghai, Bexhill, "
        "Rotorua), in any country, is ADDRESS (a geographic unit smaller than a state); a state "
        "or country alone is not."
    ),
    "other_id": ("Student and employee numbers are ID (unique identifying numbers)."),
}


def I(text, spans, neg=(), conv=()):  # noqa: E743 - short constructor for readability
    return {"text": text, "spans": list(spans), "neg": list(neg), "conv": list(conv)}


D, N = "DATE", "NAME"

# ----------------------------------------------------------------------------------------------
# 62 items with at least one DATE
# ----------------------------------------------------------------------------------------------
DATE_ITEMS = [
    I(
        "Hello, I'm writing about my mum, Brenda Ashworth. She had her hip replaced on 3rd March "
        "and was discharged on the 9th. Since Sunday she's been very drowsy and off her food. "
        "She's 87. Her GP is Dr Iqbal.",
        [("Brenda Ashworth", N), ("3rd March", D), ("9th", D), ("Iqbal", N)],
        conv=["day_only", "ordinal_the"],
    ),
    I(
        "Tel enc 14/11/2026 09:40 - pt Femi Adebayo c/o chest tightness since 12/11, worse on "
        "exertion. BP 152/94, HR 96. Advised ED. Wife (Kemi) to drive.\n-- J. Holt RN",
        [("14/11/2026", D), ("Femi Adebayo", N), ("12/11", D), ("Kemi", N), ("J. Holt", N)],
        neg=["152/94"],
        conv=["time_outside"],
    ),
    I(
        "appt was moved to 3/4@0900 but i work then. can i do the 3/11 instead? its for the knee "
        "injection w dr okafor. \u2013 ruth",
        [("3/4", D), ("3/11", D), ("okafor", N), ("ruth", N)],
        conv=["time_outside"],
    ),
    I(
        "had my covid booster on3/4 and the flu one on 17/10/25. left arm still sore and hot, "
        "about the size of a 50p. is that normal? Anita Shah",
        [("3/4", D, "on3/4", "glued"), ("17/10/25", D), ("Anita Shah", N)],
        conv=["glued"],
    ),
    I(
        "Remote monitoring alert: ICD shock delivered 2026-11-21T03:12:44Z. Device S/N "
        "PRM418822H. Pt Marguerite Olsen contacted by phone, denies syncope. Last in-clinic "
        "interrogation 2026-08-05.",
        [
            ("2026-11-21", D, "2026-11-21T", "glued"),
            ("PRM418822H", "ID"),
            ("Marguerite Olsen", N),
            ("2026-08-05", D),
        ],
        conv=["glued", "time_outside"],
    ),
    I(
        "Booked to be away 12-15 March (wedding in Leeds) - can my bloods be done before I go? "
        "I'm on methotrexate 15 mg weekly. Thanks, Owen Pritchard",
        [("12-15 March", D), ("Leeds", "ADDRESS"), ("Owen Pritchard", N)],
        conv=["range_compressed", "city_alone"],
    ),
    I(
        "Off sick from 01/09/2026 to 14/09/2026 with the shingles - I need a fit note backdated "
        "for my employer. Name is Kerry-Ann Douglas.",
        [("01/09/2026", D), ("14/09/2026", D), ("Kerry-Ann Douglas", N)],
        conv=["range_split"],
    ),
    I(
        "DISCHARGE INSTRUCTIONS\nPatient: Rafael Quintero    Admitted: 11/18/2026    "
        "Discharged: 11/22/2026\nTake apixaban 5 mg twice a day. Do not skip doses. Follow up "
        "with Dr. Hanna Lee in cardiology clinic on Dec 3 at 10:30 AM. Come back to the ER for "
        "black stools or vomiting blood.",
        [
            ("Rafael Quintero", N),
            ("11/18/2026", D),
            ("11/22/2026", D),
            ("Hanna Lee", N),
            ("Dec 3", D),
        ],
        conv=["time_outside"],
    ),
    I(
        "Referral - bariatric surgery. Background: T2DM dx mid-March 2023, on metformin 1 g BD. "
        "Gastric sleeve provisionally planned for Feb 2027. eGFR 58, HbA1c 61. Referred by "
        "Dr Siobhan Carey.",
        [("March 2023", D), ("Feb 2027", D), ("Siobhan Carey", N)],
        conv=["qualifier_outside"],
    ),
    I(
        "My daughter was born on the twelfth of January and is 5 weeks old now. I'm asking "
        "about my own stitches though - the midwife Claire said they'd dissolve. It's still "
        "painful to sit. - Hollie",
        [("twelfth of January", D), ("Claire", N), ("Hollie", N)],
        conv=["words", "ordinal_the"],
    ),
    I(
        "LMP 28/9, periods usually regular, 2 negative tests. Cramping left side since Thurs. "
        "Not on any contraception. Lucy",
        [("28/9", D), ("Lucy", N)],
    ),
    I(
        "Last smear was in June and they said borderline changes, I was supposed to get a "
        "letter in September but nothing came. Can someone chase it? Nadia Rahman, "
        "07700 900 318",
        [("June", D), ("September", D), ("Nadia Rahman", N), ("07700 900 318", "PHONE")],
        conv=["month_only"],
    ),
    I(
        "Can I get my repeat prescription before Christmas Eve? The pharmacy closes early and "
        "I've only 6 tablets of levothyroxine 100mcg left. Ta, Graham Whitlock",
        [("Christmas Eve", D), ("Graham Whitlock", N)],
        conv=["holiday", "all_dates"],
    ),
    I(
        "we're flying to my sister's in Omaha for Thanksgiving and I'll be 34 weeks. ob said ok "
        "but i want to double check when to do my blood thinner shots. flight is at 6am. "
        "- Tasha Green",
        [("Omaha", "ADDRESS"), ("Thanksgiving", D), ("Tasha Green", N)],
        conv=["holiday", "city_alone"],
    ),
    I(
        "I had the same infection in 2021 and again on 2 Feb this year. Started feeling it "
        "again on Monday, 3 days ago. Do I need another urine test? - Priya Menon",
        [("2 Feb", D), ("Priya Menon", N)],
    ),
    I(
        "Pt seen 14 Sept. by Dr. Rossi, started sertraline 50 mg. Now reports feeling worse, "
        "not sleeping. Denies SI. Next appt Oct. 2nd - pt asks if it can be sooner.\n"
        "- T. Nakamura, LPN",
        [("14 Sept", D), ("Rossi", N), ("Oct. 2nd", D), ("T. Nakamura", N)],
        conv=["trailing_period"],
    ),
    I(
        "DOB 7/4/53. Dx breast ca 11/19, lumpectomy 12/19, finished rads 3/20. Now there's a "
        "new lump in my armpit. - Carol Ann Whitby",
        [("7/4/53", D), ("11/19", D), ("12/19", D), ("3/20", D), ("Carol Ann Whitby", N)],
        conv=["month_year_numeric"],
    ),
    I(
        "I've been taking 1/2 tab of the metoprolol since my appt on 1/2 but my bp is 98/60 and "
        "im dizzy. should i go back to the full 25 mg? - Luis",
        [("1/2", D, "on 1/2"), ("Luis", N)],
        neg=["1/2 tab", "98/60"],
    ),
    I(
        "Hi, visiting from Germany. I had a knee arthroscopy in Munich on 05.08.2026 and the "
        "surgeon (Dr. Weber) said stitches out after 10-12 days. On Clexane 40 mg. I fly home "
        "29.11. \u2014 Jens Hoffmann",
        [
            ("Munich", "ADDRESS"),
            ("05.08.2026", D),
            ("Weber", N),
            ("29.11", D),
            ("Jens Hoffmann", N),
        ],
        neg=["10-12 days"],
        conv=["trailing_period", "city_alone"],
    ),
    I(
        "CT abdo booked for Thurs 21st at 2.30pm at the Royal. Do I need to stop eating? I'm "
        "diabetic on insulin. cheers, Dougie McLeish",
        [("21st", D), ("Dougie McLeish", N)],
        neg=["2.30pm"],
        conv=["day_only", "weekday_outside", "facility_not_phi"],
    ),
    I(
        "Records say MMR #1 given 15-Jan-2001 and #2 given 22-Aug-2005. Uni needs proof before "
        "1st Dec. Can you send me a printout? - Aisha Bello, student ID 2219034",
        [
            ("15-Jan-2001", D),
            ("22-Aug-2005", D),
            ("1st Dec", D),
            ("Aisha Bello", N),
            ("2219034", "ID"),
        ],
        conv=["other_id", "all_dates"],
    ),
    I(
        "Baby Noah born 19/11 at 03:20, 3.4kg. I'm worried about jaundice - his eyes look "
        "yellow. Midwife visit isn't until Thursday. Mum: Ellie Parsons 07911 204 556",
        [("Noah", N), ("19/11", D), ("Ellie Parsons", N), ("07911 204 556", "PHONE")],
        conv=["time_outside"],
    ),
    I(
        "Since Boxing Day I've had a rattly chest, and on New Year's Day I coughed up streaks "
        "of blood. 62, ex-smoker. \u2014 Trevor Haines",
        [("Boxing Day", D), ("New Year's Day", D), ("Trevor Haines", N)],
        conv=["holiday"],
    ),
    I(
        "My son Ethan (DOB March 14, 2019) needs his kindergarten physical form signed by "
        "August 1st. Our pediatrician Dr. Vasquez left the practice - can someone else sign "
        "it? - Melissa Tran",
        [
            ("Ethan", N),
            ("March 14, 2019", D),
            ("August 1st", D),
            ("Vasquez", N),
            ("Melissa Tran", N),
        ],
        conv=["all_dates"],
    ),
    I(
        "hiya had my bloods done 2nd nov and still no results?? its been 3 weeks. gp said 5 "
        "working days. name is kayleigh o'brien dob 22.6.94",
        [("2nd nov", D), ("kayleigh o'brien", N), ("22.6.94", D)],
    ),
    I(
        "Pt with hx of PE (dx 04/2024) on rivaroxaban, now planned for dental extraction "
        "(scheduled 12/09). Dentist Dr. Chen asking re holding anticoag. Please advise.\n"
        "\u2014 M. Albright, PharmD",
        [("04/2024", D), ("12/09", D), ("Chen", N), ("M. Albright", N)],
        conv=["month_year_numeric"],
    ),
    I(
        "My husband's angiogram is on March the 3rd; his sugars have been 14-18 mmol this "
        "week. Should he still fast that morning? He's Tom Barker, hospital no. H3349812",
        [("March the 3rd", D), ("Tom Barker", N), ("H3349812", "MRN")],
        neg=["14-18 mmol"],
        conv=["ordinal_the"],
    ),
    I(
        "The portal app (version 4.12.1) keeps crashing when I try to book. I need an appt on "
        "or after 4/12 for my repeat scripts. My email is raj.patel1979@gmail.com",
        [("4/12", D), ("raj.patel1979@gmail.com", "EMAIL")],
        neg=["version 4.12.1"],
    ),
    I(
        "Post-op check: lap chole performed Tues (11/17). Pt reports shoulder-tip pain 4/10, "
        "tolerating diet, passing flatus. Wound clean and dry. Pt's daughter Rosa Delgado "
        "present.",
        [("11/17", D), ("Rosa Delgado", N)],
        neg=["4/10"],
        conv=["weekday_outside"],
    ),
    I(
        "Admitted on the evening of Monday the 9th with urosepsis; stepped down to ward 7B on "
        "12 November. Son Kwame (NOK) updated by phone.",
        [("9th", D), ("12 November", D), ("Kwame", N)],
        conv=["day_only", "weekday_outside", "ordinal_the"],
    ),
    I(
        "Symptoms started early Oct, got worse late October after the trip to Lisbon. Saw a "
        "doctor there on 27/10. Still have the rash and the joint pain. - Beatriz",
        [("Oct", D), ("October", D), ("Lisbon", "ADDRESS"), ("27/10", D), ("Beatriz", N)],
        conv=["month_only", "qualifier_outside", "city_alone"],
    ),
    I(
        "Pregnant, EDD 02/03/2027 (that's 2 March, I'm in the UK). Midwife is Jo Fairbanks. Had "
        "some bleeding this morning, light, no pain.",
        [("02/03/2027", D), ("2 March", D), ("Jo Fairbanks", N)],
    ),
    I(
        "Burned my hand on the grill on the 4th of July and it never healed right, now the scar "
        "is raised and itchy. Type 2 diabetic. - Carl Jensen, 612-555-0184",
        [("4th of July", D), ("Carl Jensen", N), ("612-555-0184", "PHONE")],
        conv=["ordinal_the"],
    ),
    I(
        "[11/21/2026 8:14 PM] Patient: still vomiting, cant keep water down\n"
        "[11/21/2026 9:02 PM] Nurse Alvarez: how many times in the last 6 hrs?\n"
        "[11/21/2026 9:05 PM] Patient: like 8",
        [("11/21/2026", D), ("11/21/2026", D), ("Alvarez", N), ("11/21/2026", D)],
        conv=["time_outside"],
    ),
    I(
        "Is the clinic open on 26 Dec? My dressing is due every 2 days and the district nurse "
        "(Pauline) is off. Address for a home visit is 14 Birch Close, Harrogate HG2 7QT.",
        [("26 Dec", D), ("Pauline", N), ("14 Birch Close, Harrogate HG2 7QT", "ADDRESS")],
        conv=["all_dates"],
    ),
    I(
        "Mum's on the 14th floor of the tower block and the lift's been out since the 14th, "
        "she can't get down for her dialysis. Can transport help? - Sandra",
        [("14th", D, "since the 14th"), ("Sandra", N)],
        neg=["14th floor"],
        conv=["day_only", "ordinal_the"],
    ),
    I(
        "Got the 2nd dose of hep B on 2nd June, 3rd is due in Dec. Arm fine. Do I need a blood "
        "test after? - Marcus Fielding",
        [("2nd June", D), ("Dec", D), ("Marcus Fielding", N)],
        neg=["2nd dose", "3rd is due"],
        conv=["month_only"],
    ),
    I(
        "BP log: 11/18 142/91, 11/19 138/88, 11/20 151/95. on lisinopril 20mg. should I "
        "increase? -Keith",
        [("11/18", D), ("11/19", D), ("11/20", D), ("Keith", N)],
        neg=["142/91", "138/88", "151/95"],
    ),
    I(
        "The MRI is on the twenty-first, is it ok to have it with my copper coil in? \u2014 S. Kaur",
        [("twenty-first", D), ("S. Kaur", N)],
        conv=["day_only", "words", "ordinal_the"],
    ),
    I(
        "Surgery Nov 30 w/ Dr Blum. Pre-op labs drawn Nov 24 - CBC nl, K 4.1, Cr 0.9. Pt to "
        "hold metformin morning of surgery.",
        [("Nov 30", D), ("Blum", N), ("Nov 24", D)],
        neg=["4.1", "0.9"],
    ),
    I(
        "I was born on the fifth of October nineteen fifty-eight, if you need that for ID. I "
        "fell 3 days ago and my wrist is swollen. \u2014 Moira Gallagher",
        [("fifth of October nineteen fifty-eight", D), ("Moira Gallagher", N)],
        conv=["words", "ordinal_the"],
    ),
    I(
        "Dear Dr Okonjo,\nRe: Mrs Patricia Wynn, DOB 23.02.1951, Hosp No 0048812\nThank you for "
        "seeing this lady, whom I reviewed on 16.11.2026 with a 4/12 history of weight loss "
        "(6 kg) and iron deficiency (Hb 98, ferritin 8). FIT positive 18.11.2026.\n"
        "Yours sincerely,\nDr Helen Marsh",
        [
            ("Okonjo", N),
            ("Patricia Wynn", N),
            ("23.02.1951", D),
            ("0048812", "MRN"),
            ("16.11.2026", D),
            ("18.11.2026", D),
            ("Helen Marsh", N),
        ],
        neg=["4/12 history"],
        conv=["uk_duration_not_phi"],
    ),
    I(
        "need to cancel my appt on 12Dec, got covid. can u rebook for the wk after? thx Callum",
        [("12Dec", D), ("Callum", N)],
        conv=["compact"],
    ),
    I(
        "Mi cita con la Dra. Beltr\u00e1n es el 5 de enero pero el dolor de espalda no aguanto "
        "m\u00e1s. \u00bfHay algo antes? Gracias, Lupita Ram\u00edrez",
        [("Beltr\u00e1n", N), ("5 de enero", D), ("Lupita Ram\u00edrez", N)],
        conv=["foreign_lang"],
    ),
    I(
        "Bonjour, my last injection was le 2 novembre in Lyon. Am I due the next one? "
        "- \u00c9lodie Marchand",
        [("2 novembre", D), ("Lyon", "ADDRESS"), ("\u00c9lodie Marchand", N)],
        conv=["foreign_lang", "city_alone"],
    ),
    I(
        "My mother's discharge paper from Shanghai says \u51fa\u9662\u65e5\u671f "
        "2026\u5e7411\u67082\u65e5 and the follow-up is 2026.11.30. She is on warfarin now. "
        "Her name is Liu Fang.",
        [
            ("Shanghai", "ADDRESS"),
            ("2026\u5e7411\u67082\u65e5", D),
            ("2026.11.30", D),
            ("Liu Fang", N),
        ],
        conv=["foreign_lang", "city_alone"],
    ),
    I(
        "Appointment confirmation: Wednesday, December 9th, 2026 at 2:45 PM with Kristen Yates, "
        "NP. Location: 4410 Ridgeview Pkwy, Suite 200, Plano, TX 75024.",
        [
            ("December 9th, 2026", D),
            ("Kristen Yates", N),
            ("4410 Ridgeview Pkwy, Suite 200, Plano, TX 75024", "ADDRESS"),
        ],
        conv=["weekday_outside", "time_outside"],
    ),
    I(
        "i've been spotting since the 1st and my period before that was 8/10-8/15, is this the "
        "mini pill? - Jess",
        [("1st", D), ("8/10", D), ("8/15", D), ("Jess", N)],
        conv=["day_only", "range_split", "ordinal_the"],
    ),
    I(
        "We're away Dec 20-27, will my hospital letter still reach me? Send it to my work "
        "instead: 22 Market Street, Bury BL9 0AW. \u2013 Dev Malhotra",
        [("Dec 20-27", D), ("22 Market Street, Bury BL9 0AW", "ADDRESS"), ("Dev Malhotra", N)],
        conv=["range_compressed"],
    ),
    I(
        "Mum (Jean Forsyth) is in respite 3rd-10th January and will miss her warfarin check. Can "
        "the home do it?",
        [("Jean Forsyth", N), ("3rd-10th January", D)],
        conv=["range_compressed"],
    ),
    I(
        "Got engaged on Valentine's Day and want to come off the pill to try for a baby - do I "
        "need to see someone first? Lauren Kiely",
        [("Valentine's Day", D), ("Lauren Kiely", N)],
        conv=["holiday"],
    ),
    I(
        "He hasn't been right since Easter Sunday - confused, wetting himself. He's 91. His "
        "name's Alfred Pike, 3 Mill Row, Ludlow SY8 1AA.",
        [
            ("Easter Sunday", D),
            ("91", "AGE"),
            ("Alfred Pike", N),
            ("3 Mill Row, Ludlow SY8 1AA", "ADDRESS"),
        ],
        conv=["holiday"],
    ),
    I(
        "Optician said my vision was 20/20 on 9/3/26 but now I see floaters 24/7 and a dark "
        "curtain in my left eye since this morning. - Farah Haddad",
        [("9/3/26", D), ("Farah Haddad", N)],
        neg=["20/20", "24/7"],
    ),
    I(
        "Burnt my fingers on a sparkler on Bonfire Night and the blister has gone yellow and "
        "smelly. Infected? - Kieran",
        [("Bonfire Night", D), ("Kieran", N)],
        conv=["holiday"],
    ),
    I(
        "Pt reports last colonoscopy in April at an outside facility, report not available. "
        "Requests records release to Dr. Yusuf Ali.",
        [("April", D), ("Yusuf Ali", N)],
        conv=["month_only"],
    ),
    I(
        "Had a miscarriage late August 2025, we've been trying again since January. Is there "
        "anything I should do differently? My cycles are 28-32 days. - Hannah & Tom Reilly",
        [("August 2025", D), ("January", D), ("Hannah", N), ("Tom Reilly", N)],
        neg=["28-32 days"],
        conv=["qualifier_outside", "month_only"],
    ),
    I(
        "SPECIMEN COLLECTED 20261119 0745   RECEIVED 20261119 0902\n"
        "POTASSIUM 6.1 mmol/L (H)   HAEMOLYSED: NO\nPT: HALVORSEN, ERIK   DOB 19480312",
        [("20261119", D), ("20261119", D), ("HALVORSEN, ERIK", N), ("19480312", D)],
        neg=["6.1"],
        conv=["compact", "time_outside"],
    ),
    I(
        "Since yesterday I've had the worst headache of my life. I had an aneurysm coiled in "
        "May 2019 at Mass General. I'm on aspirin 81. - Rebecca Stein",
        [("May 2019", D), ("Rebecca Stein", N)],
        conv=["facility_not_phi"],
    ),
    I(
        "My gran May Hollis has had diarrhoea since the 20th. She's 88 and on furosemide 40mg. "
        "- April",
        [("May Hollis", N), ("20th", D), ("April", N)],
        conv=["day_only", "ordinal_the", "name_vs_calendar_word"],
    ),
    I(
        "Next chemo is C4 on 8th Dec (Tue) - nurse Gemma said bloods 48h before. My neutrophils "
        "were 0.9 last time.",
        [("8th Dec", D), ("Gemma", N)],
        neg=["0.9"],
        conv=["weekday_outside"],
    ),
    I(
        "Hi, Im Ana Lima. Cough since 10/2 (Oct 2) not going away, using 3-4 puffs of ventolin "
        "a day.",
        [("Ana Lima", N), ("10/2", D), ("Oct 2", D)],
        neg=["3-4 puffs"],
    ),
    I(
        "Portal audit: login from 198.51.100.23 at 2026-11-22 23:51:07+00:00, account owner "
        "Leticia Maro; password reset requested.",
        [("198.51.100.23", "URL"), ("2026-11-22", D), ("Leticia Maro", N)],
        conv=["time_outside"],
    ),
]

# ----------------------------------------------------------------------------------------------
# 28 items with PHI but no DATE (date look-alikes inside on purpose)
# ----------------------------------------------------------------------------------------------
OTHER_ITEMS = [
    I(
        "GP letter: Seen today with 3/7 hx of productive cough. Chest clear, sats 97% RA, "
        "T 37.4. Plan: doxycycline 100mg OD x 5/7, safety-netted. Review in 2/52 if not "
        "improving. Dr A. Mbeki",
        [("A. Mbeki", N)],
        neg=["3/7", "5/7", "2/52", "37.4"],
        conv=["uk_duration_not_phi"],
    ),
    I(
        "my bp was 130/85 this morning and 145/95 last night. Is that ok on ramipril 2.5mg? "
        "- Derek Owusu",
        [("Derek Owusu", N)],
        neg=["130/85", "145/95"],
    ),
    I(
        "Can I cut the 10mg tablets in half? Dr said 1/2 tab twice daily for a week then 1 tab. "
        "Rx #8820157. Thanks, Olivia Marsh",
        [("8820157", "ID"), ("Olivia Marsh", N)],
        neg=["1/2 tab"],
    ),
    I(
        "Pete from Oakwood care home here - Mr Dennis Crabtree (95) had a fall at 3.15am. Obs: "
        "BP 100/60, HR 104, temp 37.9, sats 93%. His son Gary is on 07458 112 903.",
        [
            ("Pete", N),
            ("Dennis Crabtree", N),
            ("95", "AGE"),
            ("Gary", N),
            ("07458 112 903", "PHONE"),
        ],
        neg=["3.15am", "100/60", "37.9"],
        conv=["facility_not_phi"],
    ),
    I(
        "The MyHealth app 3.2 on iOS 17.4 won't load my results. My login email is "
        "tom.hargreaves@btinternet.com",
        [("tom.hargreaves@btinternet.com", "EMAIL")],
        neg=["3.2", "17.4"],
    ),
    I(
        "Is there space in Dr. Achebe's clinic Monday or Tuesday next week? Heel pain for 6 "
        "weeks now, worst first thing in the morning. - Ruth Oyedepo, 0207 946 0881",
        [("Achebe", N), ("Ruth Oyedepo", N), ("0207 946 0881", "PHONE")],
    ),
    I(
        "I was diagnosed with lupus in 2009 and had a kidney biopsy in 2014. Now my ankles are "
        "puffy again. My rheumatologist is Dr. Sarah Kline. - Naomi",
        [("Sarah Kline", N), ("Naomi", N)],
        neg=["2009", "2014"],
    ),
    I(
        "Ankle-brachial index 0.7 on the left, claudication at 50 m. Pt Hector Alvarado, MRN "
        "5530921, referred to vascular surgery.",
        [("Hector Alvarado", N), ("5530921", "MRN")],
        neg=["0.7"],
    ),
    I(
        "My parents are 89 and 92, both with covid now. Dad (the 92 year old) is breathless. "
        "Their GP is Dr. Mahmood.",
        [("92", "AGE"), ("92", "AGE"), ("Mahmood", N)],
    ),
    I(
        "Pt on oxycodone 5-10 mg q4-6h PRN; used 6 doses in 24h. Pain 8/10. Wife Ines requests "
        "call back at 305-555-0147.",
        [("Ines", N), ("305-555-0147", "PHONE")],
        neg=["5-10 mg", "8/10"],
    ),
    I(
        "Please fax the FMLA paperwork to my HR dept at 414-555-0173, attn Kurt Becker. My "
        "employee ID is 0098812.",
        [("414-555-0173", "PHONE"), ("Kurt Becker", N), ("0098812", "ID")],
        conv=["other_id"],
    ),
    I(
        "Insurance says the SSN on my account is wrong. Correct one is 523-88-4471. "
        "\u2014 Graciela Montoya",
        [("523-88-4471", "SSN"), ("Graciela Montoya", N)],
    ),
    I(
        "Here's the link to my glucose data: https://share.dexcom.example/u/kmorales77 - "
        "readings over 300 since the new steroid. Kim Morales",
        [("https://share.dexcom.example/u/kmorales77", "URL"), ("Kim Morales", N)],
    ),
    I(
        "Results: Na 138, K 5.9, Cr 1.42, eGFR 48, Hb 11.2. Pt Mohammed Siddiqui to be called "
        "re repeat K today. Covering: Dr. Fenwick.",
        [("Mohammed Siddiqui", N), ("Fenwick", N)],
        neg=["5.9", "1.42", "11.2"],
    ),
    I(
        "Someone clipped my car in your car park while I was in for bloods. Reg is LK19 XPT. "
        "Was it caught on CCTV? Amir",
        [("LK19 XPT", "ID"), ("Amir", N)],
    ),
    I(
        "I'm 32+4 weeks, baby moving less since last night, only 6 kicks in 2 hours. Husband is "
        "Rob, 07700 900 777.",
        [("Rob", N), ("07700 900 777", "PHONE")],
    ),
    I(
        "GCS 15/15, power 4/5 right arm, slurred speech for 20 mins then resolved. Wife "
        "Margaret witnessed. Pt Colin Drury, 71.",
        [("Margaret", N), ("Colin Drury", N)],
        neg=["15/15", "4/5"],
    ),
    I(
        "Soy Marisol Pe\u00f1a, mi beb\u00e9 tiene fiebre de 39 desde anoche. Mi n\u00famero es "
        "786 555 0112.",
        [("Marisol Pe\u00f1a", N), ("786 555 0112", "PHONE")],
    ),
    I(
        "Lost my glucose sensor, serial 3MH0082KL19. Can you order another? It's the 10-day "
        "one. - Vik",
        [("3MH0082KL19", "ID"), ("Vik", N)],
    ),
    I(
        "Great-aunt Mildred is ninety-three and refusing to eat. She lives in Bexhill with her "
        "carer Joy.",
        [("Mildred", N), ("ninety-three", "AGE"), ("Bexhill", "ADDRESS"), ("Joy", N)],
        conv=["city_alone"],
    ),
    I(
        "My daughter Autumn has had itchy eyes since she started at the new school. It happens "
        "every spring. Is cetirizine ok at age 7?",
        [("Autumn", N)],
        neg=["spring"],
        conv=["name_vs_calendar_word", "season_not_phi"],
    ),
    I(
        "Wrong patient! The letter addressed to me was for a Brian Whitcombe, hospital number "
        "7734021. I'm Brian Whitcomb (no e).",
        [("Brian Whitcombe", N), ("7734021", "MRN"), ("Brian Whitcomb", N)],
    ),
    I(
        "Security notice: sign-in to the account of Theo Vance (theo.vance@icloud.com) from "
        "192.0.2.145. If this wasn't you, reset your password.",
        [("Theo Vance", N), ("theo.vance@icloud.com", "EMAIL"), ("192.0.2.145", "URL")],
    ),
    I(
        "Prescription for my dad Ernesto Vidal, Rx 55120938, insulin glargine 100 units/mL, 3 "
        "pens. The pharmacy at 800 Grand Ave, Oakland says it needs a new script.",
        [("Ernesto Vidal", N), ("55120938", "ID"), ("800 Grand Ave, Oakland", "ADDRESS")],
    ),
    I(
        "This is my 3rd UTI this year and the 2nd course of nitrofurantoin didn't work. - Kezia",
        [("Kezia", N)],
        neg=["3rd UTI", "2nd course"],
    ),
    I(
        "Clinic note: f/u 3/12. BMI 31.4, BP 128/76, HbA1c 64 -> 52. Pt Aled Rhys-Jones happy "
        "with plan. Dr Bronwen Price",
        [("Aled Rhys-Jones", N), ("Bronwen Price", N)],
        neg=["3/12", "31.4", "128/76"],
        conv=["uk_duration_not_phi"],
    ),
    I(
        "Wh\u0101nau contact: Hemi Walker, 021 555 4471, lives in Rotorua.",
        [("Hemi Walker", N), ("021 555 4471", "PHONE"), ("Rotorua", "ADDRESS")],
        conv=["city_alone"],
    ),
    I(
        "INR target 2-3, today 2.6. Warfarin alternating 1 mg / 5 mg. Recheck in a week. "
        "- anticoag nurse Dipti",
        [("Dipti", N)],
        neg=["2-3", "2.6"],
    ),
]

# ----------------------------------------------------------------------------------------------
# 10 items without PHI
# ----------------------------------------------------------------------------------------------
NO_PHI_ITEMS = [
    I(
        "took 1/2 a tablet of zopiclone at 11pm and another 1/2 at 3am. still awake. is that ok?",
        [],
        neg=["1/2"],
    ),
    I(
        "BP 162/101 at 0800, 155/98 at 1200. Headache since yesterday. On amlodipine 10.",
        [],
        neg=["162/101", "155/98"],
    ),
    I(
        "Had covid in 2020 and 2022, now again. Vaccinated x4. Is paxlovid an option at 67 "
        "with AF?",
        [],
        neg=["2020", "2022"],
    ),
    I(
        "My appointment is next Tuesday at 3.30pm but I'll be at work. Can I swap to a Thursday?",
        [],
        neg=["3.30pm"],
    ),
    I(
        "Pain 7/10, took co-codamol 30/500 x2 at 6am. Day 5 after the op and still no BM.",
        [],
        neg=["7/10", "30/500"],
    ),
    I(
        "Dilution 1:1000, 0.5 mL IM, repeat after 5-15 mins if no improvement - is that the "
        "right adrenaline dose for an adult?",
        [],
        neg=["0.5", "5-15"],
    ),
    I(
        "I'm 89 and my wife is 86. Should we both have the RSV jab this autumn?",
        [],
        neg=["autumn"],
        conv=["season_not_phi"],
    ),
    I(
        "weight 84.2 kg -> 81.7 kg in 2 weeks, not trying. thirsty all the time. peeing 10-12 "
        "times a day.",
        [],
        neg=["84.2", "81.7", "10-12"],
    ),
    I(
        "Had the flu jab at the pharmacy last week and a rash came up 3 days later on both "
        "arms. Worse over the weekend, getting better now.",
        [],
    ),
    I(
        "Spirometry FEV1/FVC 0.62, FEV1 58% predicted. Step up to ICS/LABA per BTS 2019. "
        "Review in 6/52.",
        [],
        neg=["0.62", "6/52"],
        conv=["uk_duration_not_phi"],
    ),
]

# ----------------------------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------------------------
_MONTH = re.compile(
    r"\b(?:(?i:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|May|Mar(?:ch)?|MAR|MAY)\b"
)
_NUMDATE = re.compile(r"\b\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b")
_ORDINAL = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?$", re.I
)


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    sub = text[start:end]
    return not (before.isalnum() and sub[0].isalnum()) and not (
        after.isalnum() and sub[-1].isalnum()
    )


def _occurrences(text: str, sub: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while (i := text.find(sub, pos)) >= 0:
        out.append((i, i + len(sub)))
        pos = i + 1
    return out


def locate(item: dict, idx: int) -> list[dict]:
    text = item["text"]
    out, cursor = [], 0
    for spec in item["spans"]:
        sub, label = spec[0], spec[1]
        ctx = spec[2] if len(spec) > 2 else None
        glued = len(spec) > 3 and spec[3] == "glued"
        if label not in LABELS:
            raise SystemExit(f"item {idx}: unknown label {label}")
        if not sub or sub != sub.strip():
            raise SystemExit(f"item {idx}: span {sub!r} empty or has edge whitespace")
        anchor = ctx or sub
        if ctx is not None and ctx.count(sub) != 1:
            raise SystemExit(f"item {idx}: ctx {ctx!r} must contain {sub!r} exactly once")
        found = None
        for a, _ in _occurrences(text, anchor):
            start = a + (anchor.index(sub) if ctx else 0)
            end = start + len(sub)
            if start < cursor:
                continue
            if glued or _bounded(text, start, end):
                found = (start, end)
                break
        if found is None:
            raise SystemExit(f"item {idx}: {sub!r} (ctx {ctx!r}) not found after {cursor}")
        start, end = found
        if glued and _bounded(text, start, end):
            raise SystemExit(f"item {idx}: {sub!r} flagged glued but is word-bounded")
        assert text[start:end] == sub
        out.append({"start": start, "end": end, "label": label})
        cursor = end

    for a, b in zip(out, out[1:], strict=False):  # noqa: RUF007
        if b["start"] < a["end"]:
            raise SystemExit(f"item {idx}: overlapping spans {a} {b}")

    # declared not-PHI strings
    neg_ranges = []
    for n in item["neg"]:
        occ = _occurrences(text, n)
        if not occ:
            raise SystemExit(f"item {idx}: neg {n!r} not in text")
        for s, e in occ:
            if any(s < sp["end"] and sp["start"] < e for sp in out):
                raise SystemExit(f"item {idx}: neg {n!r} overlaps a span")
        neg_ranges += occ

    def covered(s: int, e: int) -> bool:
        return any(sp["start"] <= s and e <= sp["end"] for sp in out) or any(
            ns <= s and e <= ne for ns, ne in neg_ranges
        )

    # every other word-bounded occurrence of a labelled string is labelled (or declared not PHI)
    for sp in out:
        sub = text[sp["start"] : sp["end"]]
        for s, e in _occurrences(text, sub):
            if _bounded(text, s, e) and not covered(s, e):
                raise SystemExit(f"item {idx}: unlabelled occurrence of {sub!r} at {s}")

    # date-shape lint
    for rx in (_MONTH, _NUMDATE, _ORDINAL):
        for m in rx.finditer(text):
            if not covered(m.start(), m.end()):
                raise SystemExit(
                    f"item {idx}: date-like {m.group()!r} at {m.start()} is neither labelled "
                    "nor declared not-PHI"
                )

    # DATE sanity
    for sp in out:
        sub = text[sp["start"] : sp["end"]]
        if sp["label"] == "DATE" and (re.fullmatch(r"'?\d{2}|\d{4}", sub) or _WEEKDAY.match(sub)):
            raise SystemExit(f"item {idx}: DATE span {sub!r} is a bare year or weekday")

    for tag in item["conv"]:
        if tag not in CONVENTIONS:
            raise SystemExit(f"item {idx}: unknown convention tag {tag}")
    return out


_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{2,80}$")
_LABEL_RE = re.compile(r"^[A-Z_]+$")
_KEYS = {"id", "category", "added", "source", "text", "spans"}


def validate_item(r: object) -> None:
    """Field-by-field check of one decoded line against the phi item model of items.py."""
    if not isinstance(r, dict):
        raise ValueError("item is not a JSON object")
    if set(r) != _KEYS:
        raise ValueError(f"keys {sorted(r)} != {sorted(_KEYS)}")
    if not isinstance(r["id"], str) or not _ID_RE.fullmatch(r["id"]):
        raise ValueError(f"bad id {r['id']!r}")
    if r["category"] != "phi":
        raise ValueError("category must be 'phi'")
    if not isinstance(r["added"], str):
        raise ValueError("added must be an ISO date string")
    dt.date.fromisoformat(r["added"])
    if not isinstance(r["source"], str) or not r["source"]:
        raise ValueError("source must be a non-empty string")
    text = r["text"]
    if not isinstance(text, str) or not text:
        raise ValueError("text must be a non-empty string")
    if not isinstance(r["spans"], list):
        raise ValueError("spans must be a list")
    prev_end = 0
    for i, s in enumerate(r["spans"]):
        if not isinstance(s, dict) or set(s) != {"start", "end", "label"}:
            raise ValueError(f"spans[{i}] must have exactly start, end, label")
        st, en, lab = s["start"], s["end"], s["label"]
        for v in (st, en):
            if not isinstance(v, int) or isinstance(v, bool):
                raise ValueError(f"spans[{i}] offsets must be integers")
        if st < 0 or en <= 0 or en <= st or en > len(text):
            raise ValueError(f"spans[{i}] offsets {st}-{en} invalid for text of {len(text)}")
        if not isinstance(lab, str) or not _LABEL_RE.fullmatch(lab) or lab not in LABELS:
            raise ValueError(f"spans[{i}] bad label {lab!r}")
        seg = text[st:en]
        if seg != seg.strip():
            raise ValueError(f"spans[{i}] {seg!r} has edge whitespace")
        if st < prev_end:
            raise ValueError(f"spans[{i}] overlaps or is out of order")
        prev_end = en


def write_atomic(path: str, content: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix="." + os.path.basename(path) + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def main() -> None:
    if (len(DATE_ITEMS), len(OTHER_ITEMS), len(NO_PHI_ITEMS)) != (62, 28, 10):
        raise SystemExit(
            f"expected 62/28/10 items, got {len(DATE_ITEMS)}/{len(OTHER_ITEMS)}/{len(NO_PHI_ITEMS)}"
        )
    authored = DATE_ITEMS + OTHER_ITEMS + NO_PHI_ITEMS
    located = []
    for n, item in enumerate(authored, 1):
        spans = locate(item, n)
        has_date = any(s["label"] == "DATE" for s in spans)
        group = "date" if n <= 62 else ("other" if n <= 90 else "none")
        if (group == "date") != has_date or (group == "none") != (not spans):
            raise SystemExit(f"authored item {n} is in the wrong group ({group})")
        located.append((item, spans))
    texts = [it["text"] for it, _ in located]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate text")

    order = list(range(len(located)))
    random.Random(SHUFFLE_SEED).shuffle(order)  # interleave groups deterministically

    rows, counts, conv_ids = [], collections.Counter(), collections.defaultdict(list)
    for k, j in enumerate(order, 1):
        item, spans = located[j]
        rid = f"{PREFIX}{k:04d}"
        counts.update(s["label"] for s in spans)
        for tag in item["conv"]:
            conv_ids[tag].append(rid)
        rows.append(
            {
                "id": rid,
                "category": "phi",
                "added": ADDED,
                "source": SOURCE,
                "text": item["text"],
                "spans": spans,
            }
        )

    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)

    # validate what will be written, re-decoded from the serialized lines
    ids = set()
    lines = body.splitlines()
    if len(lines) != 100:
        raise SystemExit(f"expected 100 lines, got {len(lines)}")
    for ln, line in enumerate(lines, 1):
        r = json.loads(line)
        try:
            validate_item(r)
        except ValueError as exc:
            raise SystemExit(f"line {ln}: {exc}") from None
        if r["id"] in ids:
            raise SystemExit(f"line {ln}: duplicate id {r['id']}")
        ids.add(r["id"])

    write_atomic(OUT, body)
    # re-read the file on disk and validate again
    with open(OUT, encoding="utf-8") as fh:
        disk = [json.loads(x) for x in fh]
    assert len(disk) == 100 and disk == [json.loads(x) for x in lines]
    for r in disk:
        validate_item(r)

    md = [
        "# Conventions for phi_guide13.jsonl",
        "",
        "Calls the guideline's **phi** paragraph leaves open, made as a careful HIPAA Safe Harbor "
        "annotator would and applied consistently. Generated by make_phi_guide13.py from the "
        "per-item convention tags; the count is the number of items each convention affects "
        "(an item can carry several).",
        "",
        'Applied straight from the guideline (no convention needed): bare years ("in 2019", '
        '"BTS 2019"), weekdays, relative dates ("yesterday", "3 days ago", "next week", '
        '"day 5 after the op", "C3D8"), times of day, doses, lab values, vital signs, counts, '
        'fractions ("1/2 tab"), blood pressures ("130/85"), scores ("4/10", "GCS 15/15", '
        '"20/20"), ratios and versions are not PHI; AGE only over 89 ("89", "88", "87" '
        "left unlabelled); titles and possessive 's outside NAME spans.",
        "",
        "| convention | items | rule |",
        "|---|---:|---|",
    ]
    for tag, desc in CONVENTIONS.items():
        md.append(f"| `{tag}` | {len(conv_ids.get(tag, []))} | {desc} |")
    md += ["", "## Items per convention", ""]
    for tag in CONVENTIONS:
        got = conv_ids.get(tag, [])
        md.append(f"- `{tag}` ({len(got)}): " + (", ".join(got) if got else "none"))
    write_atomic(CONV_OUT, "\n".join(md) + "\n")

    with_date = sum(1 for r in rows if any(s["label"] == "DATE" for s in r["spans"]))
    empty = sum(1 for r in rows if not r["spans"])
    print(
        f"wrote {len(rows)} items ({with_date} with DATE, {empty} without PHI), "
        f"{sum(counts.values())} spans -> {OUT}"
    )
    for k, v in counts.most_common():
        print(f"  {k:8s} {v}")
    print("conventions:")
    for tag in CONVENTIONS:
        print(f"  {tag:24s} {len(conv_ids.get(tag, []))}")


if __name__ == "__main__":
    main()
