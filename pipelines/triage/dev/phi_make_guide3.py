"""Generate pipelines/triage/dev/phi_guide3.jsonl: 100 PHI-annotated texts (guideline set 3).

Offsets are never typed by hand: each span is given as the substring to label (optionally the
larger context it sits in), located in the text, checked against the guideline's rules, and
written atomically after every item passes harness.contract.parse_item.

Span spec forms (see CONVENTIONS.md for the annotation calls):
  (sub, LABEL)        every word-bounded occurrence of sub is one span
  (sub, LABEL, ctx)   only the occurrence(s) of sub inside each occurrence of ctx
Longer specs are placed first; an occurrence overlapping an earlier span is skipped (so
"April" as a NAME does not grab the "April" inside the DATE "April 3").
Every span string must be labelled at every word-bounded occurrence unless listed in ok=.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(OUT_DIR, "phi_guide3.jsonl")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
TITLES = (
    "dr",
    "dr.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "prof",
    "prof.",
    "sra.",
    "sr.",
    "herr",
    "bà",
    "nurse",
    "mx.",
)
WEEKDAYS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
}
AGE_WORDS = {"ninety-three", "90s"}

ITEMS: list[dict] = []


def it(text: str, *specs: tuple, ok: tuple[str, ...] = ()) -> None:
    ITEMS.append({"text": text, "specs": specs, "ok": ok})


def _bounded(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i != -1:
        before = text[i - 1] if i > 0 else " "
        j = i + len(sub)
        after = text[j] if j < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(i)
        i = text.find(sub, i + 1)
    return out


def locate(text: str, specs: tuple, ok: tuple[str, ...]) -> list[dict]:
    spans: list[dict] = []

    def free(s: int, e: int) -> bool:
        return all(e <= x["start"] or s >= x["end"] for x in spans)

    for spec in sorted(specs, key=lambda sp: -len(sp[0])):
        sub, label = spec[0], spec[1]
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}")
        if len(spec) == 3:
            ctx = spec[2]
            starts = []
            for c in _bounded(text, ctx) or [m.start() for m in re.finditer(re.escape(ctx), text)]:
                k = ctx.find(sub)
                if k == -1:
                    raise ValueError(f"{sub!r} not inside context {ctx!r}")
                starts.append(c + k)
            if not starts:
                raise ValueError(f"context {ctx!r} not found")
        else:
            starts = _bounded(text, sub)
            if not starts:
                raise ValueError(f"{sub!r} not found (word-bounded) in: {text[:60]!r}")
        placed = 0
        for s in starts:
            e = s + len(sub)
            if free(s, e):
                spans.append({"start": s, "end": e, "label": label})
                placed += 1
        if not placed:
            raise ValueError(f"{sub!r}: every occurrence overlaps an earlier span")
    spans.sort(key=lambda x: x["start"])
    # every occurrence of a labelled string is labelled (or explicitly allowed not to be)
    for sp in spans:
        frag = text[sp["start"] : sp["end"]]
        if frag in ok:
            continue
        for s in _bounded(text, frag):
            if not any(x["start"] <= s < x["end"] for x in spans):
                raise ValueError(f"occurrence of {frag!r} at {s} is unlabelled")
    return spans


def check_span(text: str, sp: dict) -> None:
    frag = text[sp["start"] : sp["end"]]
    lab = sp["label"]
    assert frag == frag.strip(), f"whitespace at span edge: {frag!r}"
    assert frag[-1] not in ",;:(" and frag[0] not in ",;:)", f"punctuation at edge: {frag!r}"
    assert not re.search(r"['\u2019]s$", frag), f"possessive inside span: {frag!r}"
    if lab == "NAME":
        first = frag.split()[0].lower()
        assert first not in TITLES, f"title inside NAME span: {frag!r}"
        assert not re.search(r",? (MD|RN|NP|PA-C|DO|PhD)$", frag), f"credential in span: {frag!r}"
    if lab == "DATE":
        assert not re.fullmatch(r"\d{4}", frag), f"bare year labelled: {frag!r}"
        assert frag.lower().split()[0].strip(",") not in WEEKDAYS, f"weekday in DATE: {frag!r}"
    if lab == "AGE":
        assert frag in AGE_WORDS or (frag.isdigit() and int(frag) > 89), f"bad AGE {frag!r}"
    if lab == "PHONE":
        assert sum(ch.isdigit() for ch in frag) >= 4, f"too few digits for PHONE: {frag!r}"
    if lab == "EMAIL":
        assert "@" in frag and " " not in frag, f"bad EMAIL {frag!r}"
    if lab == "SSN":
        assert sum(ch.isdigit() for ch in frag) in (4, 9), f"bad SSN {frag!r}"


def lint(text: str, spans: list[dict]) -> list[str]:
    """Heuristic warnings for PHI-looking text left unlabelled (reviewed by hand)."""
    pats = [
        r"\b\d{1,2}/\d{1,2}(/\d{2,4})?\b",
        r"\b\d{3}[-. ]\d{4}\b",
        r"@",
        r"https?://",
        r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b",
        r"\b(Dr|Mr|Mrs|Ms)\.? [A-Z][a-z]+",
        r"\b\d{6,}\b",
    ]
    out = []
    for p in pats:
        for m in re.finditer(p, text):
            s = (
                m.start()
                if p.startswith(r"\b(Dr") is False
                else m.start() + m.group(0).index(" ") + 1
            )
            if not any(x["start"] <= s < x["end"] for x in spans):
                out.append(m.group(0))
    return out


# ----------------------------------------------------------------------------------------------
# 1
it(
    "Hi Dr. Okonkwo, this is Grace Adeyemi (DOB 07/19/1984). The rash on my arms is back since I "
    "started the amoxicillin on Monday. Can someone call me at 555-0143? Thanks, Grace",
    ("Okonkwo", "NAME"),
    ("Grace Adeyemi", "NAME"),
    ("Grace", "NAME"),
    ("07/19/1984", "DATE"),
    ("555-0143", "PHONE"),
)
# 2
it(
    "hello its Tomasz Wiśniewski, I'm writing for my dad Józef. he's 91 and since tuesday hes been "
    "more confused than usual, not eating much. his MRN is 30028417. we are at 48 Kosciuszko St "
    "Apt 2, Buffalo NY 14212 if the visiting nurse can come. my cell 716-555-0188",
    ("Tomasz Wiśniewski", "NAME"),
    ("Józef", "NAME"),
    ("91", "AGE"),
    ("30028417", "MRN"),
    ("48 Kosciuszko St Apt 2, Buffalo NY 14212", "ADDRESS"),
    ("716-555-0188", "PHONE"),
)
# 3 no PHI
it(
    "I've been taking metoprolol 25 mg twice a day since 2021. This week my BP readings were "
    "138/86, 142/90 and 129/81 and my pulse was around 58. Is that too low? I had 2 dizzy spells "
    "on Saturday. Should I cut back to 1/2 tablet?"
)
# 4
it(
    "RN telephone note 03/02/2026 14:20. Spoke with pt Mohammed Al-Rashid and his wife Samira re: "
    "post-op swelling L knee. Pt reports temp 100.2F, pain 6/10. Advised ice/elevation; appt made "
    "with Dr. Feldman 3/4. Callback # (313) 555-0162. -- K. Duarte, RN",
    ("03/02/2026", "DATE"),
    ("Mohammed Al-Rashid", "NAME"),
    ("Samira", "NAME"),
    ("Feldman", "NAME"),
    ("3/4", "DATE"),
    ("(313) 555-0162", "PHONE"),
    ("K. Duarte", "NAME"),
)
# 5
it(
    "I got a bill for $412.80 for my visit on Jan 9 but I thought my copay was $30. Account number "
    "7781-20394, claim # CLM-2026-0045512. My insurance is Aetna, member ID W284736190. Can you "
    "check? - Rosa Delgado-Martinez",
    ("Jan 9", "DATE"),
    ("7781-20394", "ID"),
    ("CLM-2026-0045512", "ID"),
    ("W284736190", "ID"),
    ("Rosa Delgado-Martinez", "NAME"),
)
# 6
it(
    "Pharmacy says they need a new script for my lisinopril. Rx #4410927 at the Walgreens on Harmon "
    "Ave. Please send it today, I only have 2 pills left. Thank you, Deshawn Price",
    ("4410927", "ID"),
    ("Harmon Ave", "ADDRESS"),
    ("Deshawn Price", "NAME"),
)
# 7
it(
    "---------- Forwarded message ---------\nFrom: Li Wei <li.wei.1978@example.com>\n"
    "Date: Thu, Feb 12, 2026 at 9:41 PM\nSubject: Mom's test results\nTo: Hui Chen "
    "<hchen@example.net>\n\nHui, can you send these to Dr Zhang? Mom (Chen Xiulan) had her CT on "
    "2/10 and the portal link is https://portal.example-health.org/results/88412?token=a9f3c . "
    "She is 93 so I worry.",
    ("Li Wei", "NAME"),
    ("li.wei.1978@example.com", "EMAIL"),
    ("Feb 12, 2026", "DATE"),
    ("Hui Chen", "NAME"),
    ("hchen@example.net", "EMAIL"),
    ("Hui", "NAME"),
    ("Zhang", "NAME"),
    ("Chen Xiulan", "NAME"),
    ("2/10", "DATE"),
    ("https://portal.example-health.org/results/88412?token=a9f3c", "URL"),
    ("93", "AGE"),
)
# 8
it(
    "Hello, I'm visiting my daughter in Manchester until 15 April and my blood pressure tablets ran "
    "out. Can the doctor phone me on +44 161 496 0732 or WhatsApp +1 (404) 555-0119? My name is "
    "Adaeze Nwosu, date of birth 2 Nov 1958.",
    ("Manchester", "ADDRESS"),
    ("15 April", "DATE"),
    ("+44 161 496 0732", "PHONE"),
    ("+1 (404) 555-0119", "PHONE"),
    ("Adaeze Nwosu", "NAME"),
    ("2 Nov 1958", "DATE"),
)
# 9
it(
    "Security/nursing note: patient's son parked in the ambulance bay, silver Honda, California "
    "plate 8KLM392. Son identified as Marcus Bell, asked to move vehicle. Patient Evelyn Bell, 96, "
    "remains in room 14 for observation overnight.",
    ("8KLM392", "ID"),
    ("Marcus Bell", "NAME"),
    ("Evelyn Bell", "NAME"),
    ("96", "AGE"),
)
# 10
it(
    "My insulin pump keeps alarming 'No delivery'. It's a Tandem t:slim X2, serial number "
    "1123456-B7. I changed the site twice already. Sugar was 312 an hour ago and I have ketones "
    "small. Please call, 555-0134. -Aarav Mehta",
    ("1123456-B7", "ID"),
    ("555-0134", "PHONE"),
    ("Aarav Mehta", "NAME"),
)
# 11
it(
    "IT ticket forwarded to clinic: patient Farah Haddad reports the portal locks her out after "
    "login from 203.0.113.47. Portal username fhaddad82, patient account PA-0093381. She can't see "
    "her biopsy result and is anxious. Callback 555-0171 ext 3.",
    ("Farah Haddad", "NAME"),
    ("203.0.113.47", "URL"),
    ("fhaddad82", "ID"),
    ("PA-0093381", "ID"),
    ("555-0171 ext 3", "PHONE"),
)
# 12 no PHI
it(
    "Quick question - is it ok to take ibuprofen 400 mg with my Eliquis 5 mg? I have Hashimoto's "
    "and my knee has been sore for 3 days. I'm 67 and we just moved to Texas so I don't have a "
    "local doctor yet."
)
# 13
it(
    "REFERRAL\nTo: Cardiology, Lakeview Medical Group  Fax: (608) 555-0190\nRe: Nikhil Rao  "
    "DOB 11-30-1949  MRN LV-448201\n\nDear Dr. Hoffmann,\nI am referring Mr. Rao, a pleasant "
    "76-year-old retired engineer, for evaluation of new atrial fibrillation noted on ECG "
    "10/28/2025 (rate 112, CHA2DS2-VASc 3). He was started on apixaban 5 mg BID. His wife Lakshmi "
    "usually accompanies him.\n\nSincerely,\nPriya Natarajan, MD\nOffice (608) 555-0147 x215 | "
    "Fax (608) 555-0148",
    ("(608) 555-0190", "PHONE"),
    ("Nikhil Rao", "NAME"),
    ("Rao", "NAME"),
    ("11-30-1949", "DATE"),
    ("LV-448201", "MRN"),
    ("Hoffmann", "NAME"),
    ("10/28/2025", "DATE"),
    ("Lakshmi", "NAME"),
    ("Priya Natarajan", "NAME"),
    ("(608) 555-0147 x215", "PHONE"),
    ("(608) 555-0148", "PHONE"),
)
# 14 no PHI
it(
    "My grandmother turned 89 last week and now she's refusing her water pill because she says it "
    "makes her run to the bathroom 10 times a day. Is there something else she can take? She's "
    "on furosemide 40 mg every morning."
)
# 15
it(
    "Dad is in his 90s and still lives alone in Flagstaff. Neighbour found him on the kitchen floor "
    "this morning, he says he's fine and won't go in. His name is Walter Kowalczyk. Who should we "
    "call?",
    ("90s", "AGE"),
    ("Flagstaff", "ADDRESS"),
    ("Walter Kowalczyk", "NAME"),
)
# 16
it(
    "The billing office asked for my SSN to fix the claim. It's 512-44-0913. Name on the account is "
    "Yolanda Jefferson, DOB 5/5/72. Please don't make me call again, I've been on hold 45 minutes "
    "twice.",
    ("512-44-0913", "SSN"),
    ("Yolanda Jefferson", "NAME"),
    ("5/5/72", "DATE"),
)
# 17
it(
    "Hi this is Kwame Mensah-Bonsu. The automated refill line asked for the last 4 of my social, "
    "it's 7302, and my date of birth, 03.08.1990, but it kept saying no match. I'm trying to refill "
    "my albuterol inhaler before the weekend.",
    ("Kwame Mensah-Bonsu", "NAME"),
    ("7302", "SSN"),
    ("03.08.1990", "DATE"),
)
# 18
it(
    "Progress note. Pt: Isabella Rossi. Seen with her husband Marco and daughter Giulia. PCP Dr. "
    "Alan Whitfield; oncology Dr. Sun-Hee Park. Stage II ER+ breast ca on tamoxifen 20 mg daily, "
    "tolerating well apart from hot flashes. RTC 06/12/2026.",
    ("Isabella Rossi", "NAME"),
    ("Marco", "NAME"),
    ("Giulia", "NAME"),
    ("Alan Whitfield", "NAME"),
    ("Sun-Hee Park", "NAME"),
    ("06/12/2026", "DATE"),
)
# 19
it(
    "Can Dr. Nguyen's nurse call me back? Dr. Nguyen's office told me Lily's ear infection needs a "
    "recheck but nobody scheduled it. Lily is 4 and still tugging at her ear. — Thanh Tran",
    ("Nguyen", "NAME"),
    ("Lily", "NAME"),
    ("Thanh Tran", "NAME"),
)
# 20
it(
    "Mrs. Okafor-Dike and Mr. Okafor-Dike came in together; Mrs. Okafor-Dike (Ngozi) reports her "
    "husband (Emeka) snores loudly and stops breathing at night, witnessed pauses ~20 sec. "
    "Epworth 14. Sleep study referral placed by Dr. J. Herrera.",
    ("Okafor-Dike", "NAME"),
    ("Ngozi", "NAME"),
    ("Emeka", "NAME"),
    ("J. Herrera", "NAME"),
)
# 21
it(
    "Timeline for my appeal: fell on 2025-12-28, ER the same night, ortho follow-up 6 Jan 2026, PT "
    "started Jan. 20th, MRI on the 3rd of February, and the denial letter is dated 02/17/26. "
    "Claim no. 99-4410382-A. Patient: Harold Baptiste.",
    ("2025-12-28", "DATE"),
    ("6 Jan 2026", "DATE"),
    ("Jan. 20th", "DATE"),
    ("3rd of February", "DATE"),
    ("02/17/26", "DATE"),
    ("99-4410382-A", "ID"),
    ("Harold Baptiste", "NAME"),
)
# 22 no PHI
it(
    "Since last Thursday I've had a cough and a fever of 101.3. Taking Tylenol 650 every 6 hours. "
    "Today is day 5 and it's not better. The finger oxygen thing says 95%. Should I be seen or "
    "just wait it out?"
)
# 23
it(
    "New address for my records: 2210 W. Catalpa Ave, Unit 3R, Chicago, IL 60625. The old one in "
    "Evanston is wrong now. Please update before my colonoscopy prep kit gets mailed! Thanks, "
    "Ana Lucía Ferreira",
    ("2210 W. Catalpa Ave, Unit 3R, Chicago, IL 60625", "ADDRESS"),
    ("Evanston", "ADDRESS"),
    ("Ana Lucía Ferreira", "NAME"),
)
# 24
it(
    "From: brenda.oconnell@example.org\nSubject: Dad's appointment\n\nHi, I'm Brenda O'Connell, "
    "the daughter of Patrick O'Connell (your patient). Dad's cardiology appt on Wednesday 11/18 "
    "conflicts with his dialysis. Can we move it to the following week? Best to email me rather "
    "than call, I'm at work all day.\nBrenda",
    ("brenda.oconnell@example.org", "EMAIL"),
    ("Brenda O'Connell", "NAME"),
    ("Patrick O'Connell", "NAME"),
    ("11/18", "DATE"),
    ("Brenda", "NAME"),
)
# 25
it(
    "안녕하세요 -- sorry, writing in English. My mother Kim Soon-ja (김순자) is 92, she takes warfarin "
    "and she fell yesterday and hit her head. No bleeding outside but she has a headache. Her INR "
    "on 11/20 was 3.4. Our phone 010-5555-1234 is Korean number, in US please use 555-0156.",
    ("Kim Soon-ja", "NAME"),
    ("김순자", "NAME"),
    ("92", "AGE"),
    ("11/20", "DATE"),
    ("010-5555-1234", "PHONE"),
    ("555-0156", "PHONE"),
)
# 26
it(
    "Buenas tardes, soy Guadalupe Ramírez. Mi hijo Mateo tiene fiebre de 39 grados desde anoche y "
    "no quiere comer. Tiene 7 años. ¿Lo pueden ver hoy? Mi teléfono es 555-0182. Vivimos en "
    "Santa Ana.",
    ("Guadalupe Ramírez", "NAME"),
    ("Mateo", "NAME"),
    ("555-0182", "PHONE"),
    ("Santa Ana", "ADDRESS"),
)
# 27
it(
    "Riverbend Family Medicine\n1450 Orchard Rd, Suite 200, Fairview, PA 16415\n"
    "Tel (814) 555-0123 | Fax (814) 555-0124 | www.riverbendfm.example.com\n\nNovember 3, 2025\n\n"
    "RE: Fatima Zahra Benali   DOB: 14/06/1987\n\nDear colleague,\nThank you for seeing Ms. Benali, "
    "who moved here from Marseille in the spring. She has a history of Crohn's disease on "
    "adalimumab 40 mg every other week; her previous gastroenterologist was Dr. Lucien Moreau. "
    "Recent CRP 28 mg/L.\n\nKind regards,\nDaniel Osei, DO   NPI 1234567893",
    ("1450 Orchard Rd, Suite 200, Fairview, PA 16415", "ADDRESS"),
    ("(814) 555-0123", "PHONE"),
    ("(814) 555-0124", "PHONE"),
    ("www.riverbendfm.example.com", "URL"),
    ("November 3, 2025", "DATE"),
    ("Fatima Zahra Benali", "NAME"),
    ("Benali", "NAME"),
    ("14/06/1987", "DATE"),
    ("Marseille", "ADDRESS"),
    ("Lucien Moreau", "NAME"),
    ("Daniel Osei", "NAME"),
    ("1234567893", "ID"),
)
# 28 no PHI
it(
    "My pharmacy gave me 90 tablets instead of 30. The bottle says take 1 tablet by mouth daily, "
    "10 mg, but the pills look different from last month. I've taken 2 so far. Is the strength the "
    "same? I'm in Ohio if that matters for the pharmacy rules."
)
# 29
it(
    "Home health visit. Pt Ruby Mae Hollins, 101 y/o female, lives with granddaughter Keisha "
    "Hollins. Alert, oriented x2. BP 108/62, HR 74, SpO2 94% RA. Sacral skin intact. Granddaughter "
    "requests hospice info; packet left. Next visit 12/1.",
    ("Ruby Mae Hollins", "NAME"),
    ("101", "AGE"),
    ("Keisha Hollins", "NAME"),
    ("12/1", "DATE"),
)
# 30
it(
    "My CPAP (ResMed AirSense 11, SN 23211548976) stopped sending data to the app so my supplier "
    "says insurance won't keep paying. My DME account is 0042-7781 and they need a compliance order "
    "signed by Dr. Bashir by Friday.",
    ("23211548976", "ID"),
    ("0042-7781", "ID"),
    ("Bashir", "NAME"),
)
# 31
it(
    "I wrote up my whole symptom history on my blog so you don't have to read 20 messages: "
    "https://jmorales-healthlog.example.net/2026/flare-diary — the joint pain and the rash started "
    "together. Julián Morales",
    ("https://jmorales-healthlog.example.net/2026/flare-diary", "URL"),
    ("Julián Morales", "NAME"),
)
# 32
it(
    "Received: from mail.example.org (198.51.100.23)\nSubject: FW: lab result for Aiyana Begay\n"
    "From: Darlene Begay <darlene.begay@example.com>\nSent: 11/21/2025 7:02 AM\n\nThis email came "
    "to me by mistake - it's my aunt Aiyana's potassium result, it says 6.2 HIGH. She lives out "
    "past Chinle and doesn't check email. Please call her at 928-555-0175.",
    ("mail.example.org", "URL"),
    ("198.51.100.23", "URL"),
    ("Aiyana Begay", "NAME"),
    ("Aiyana", "NAME"),
    ("Darlene Begay", "NAME"),
    ("darlene.begay@example.com", "EMAIL"),
    ("11/21/2025", "DATE"),
    ("Chinle", "ADDRESS"),
    ("928-555-0175", "PHONE"),
)
# 33
it(
    "Need to reschedule my Dec 3 appointment with Dr. Abernathy-Liu, I start chemo cycle 2 that "
    "week and will be wiped out. Confirmation code was QX7-44T. - Ibrahim Diallo",
    ("Dec 3", "DATE"),
    ("Abernathy-Liu", "NAME"),
    ("QX7-44T", "ID"),
    ("Ibrahim Diallo", "NAME"),
)
# 34 no PHI
it(
    "My son (he's 16) sprained his ankle at soccer Sunday. It's swollen but he can walk on it. We "
    "iced it 20 min every 2 hours and he took 2 Advil. Do we need an x-ray or just wait till "
    "Monday? —Kiran (Arjun's mom)",
    ("Kiran", "NAME"),
    ("Arjun", "NAME"),
)
# 35
it(
    "I was told I might have Bell's palsy. Face drooping on the left since this morning and I "
    "can't close my eye. My neighbor Mrs. Petrakis drove me home from work. I'm scared it's a "
    "stroke, should I go to the ER?",
    ("Petrakis", "NAME"),
)
# 36
it(
    "Paged Dr. Oyelaran (pager 555-0137) at 02:15 re: K 6.1 on AM labs, hemolyzed? Repeat BMP and "
    "ECG ordered. Pt Hana Yoshida, MRN 5520913, bed 7B. No peaked T waves. Will recheck at 04:00.",
    ("Oyelaran", "NAME"),
    ("555-0137", "PHONE"),
    ("Hana Yoshida", "NAME"),
    ("5520913", "MRN"),
)
# 37
it(
    "my husbnd raj says i shoud ask about the swelling in my feet. its worse by evening and my "
    "shoes dont fit. also my sister meena had same thing and it was her heart. pls advise. sunita",
    ("raj", "NAME"),
    ("meena", "NAME"),
    ("sunita", "NAME"),
)
# 38
it(
    "Updating insurance: BlueCross BlueShield, member ID XQB884120034, group 0048821, policy holder "
    "is my wife Teresa Ocampo (DOB 9/14/80). Effective 1/1/2026. Please rerun the claim from my "
    "last visit.",
    ("XQB884120034", "ID"),
    ("0048821", "ID"),
    ("Teresa Ocampo", "NAME"),
    ("9/14/80", "DATE"),
    ("1/1/2026", "DATE"),
)
# 39
it(
    "My last dose of methotrexate was Christmas Eve and I haven't restarted because of the mouth "
    "sores. Labs were drawn on New Year's Day at an urgent care. Dr. Lindgren wanted me back on it "
    "by now. What should I do?",
    ("Christmas Eve", "DATE"),
    ("New Year's Day", "DATE"),
    ("Lindgren", "NAME"),
)
# 40 no PHI
it(
    "Blood sugar log this week: Mon 142, Tue 188, Wed 97, Thu 210, Fri 165. Took 12 units Lantus "
    "each night and 4 units Humalog with meals. A1c in 2024 was 8.1. What should I change?"
)
# 41
it(
    "Best numbers to reach me: home 555.0148, work 1-800-555-0199 ext. 4402 (ask for Gloria), or "
    "my husband's cell 555 0163. I'd rather not get a voicemail about the biopsy. — Gloria "
    "Estefanía Paz",
    ("555.0148", "PHONE"),
    ("1-800-555-0199 ext. 4402", "PHONE"),
    ("Gloria", "NAME"),
    ("555 0163", "PHONE"),
    ("Gloria Estefanía Paz", "NAME"),
)
# 42
it(
    "This is Dr. Mariam Tadesse writing from Addis Ababa about my brother Yonas Tadesse, who is "
    "your patient. He told me his kidney numbers are worse. Please call me on +251 91 123 4567 or "
    "email m.tadesse@example.org. His MRN is 00-771-902.",
    ("Mariam Tadesse", "NAME"),
    ("Addis Ababa", "ADDRESS"),
    ("Yonas Tadesse", "NAME"),
    ("+251 91 123 4567", "PHONE"),
    ("m.tadesse@example.org", "EMAIL"),
    ("00-771-902", "MRN"),
)
# 43
it(
    "I'm travelling in Sydney till 30/11 — ph +61 491 570 110. Lost my asthma inhaler at the "
    "airport. Can you send a script to a pharmacy here or do I need a local GP? - Liam Fitzgerald",
    ("Sydney", "ADDRESS"),
    ("30/11", "DATE"),
    ("+61 491 570 110", "PHONE"),
    ("Liam Fitzgerald", "NAME"),
)
# 44
it(
    "Refill request: Rx 7730012 atorvastatin 40 mg, Rx 7730013 metformin 500 mg. Pharmacy: "
    "Costco #442 on Rainier Blvd. Patient: Eleanor Whitcombe, phone 555-0128.",
    ("7730012", "ID"),
    ("7730013", "ID"),
    ("Rainier Blvd", "ADDRESS"),
    ("Eleanor Whitcombe", "NAME"),
    ("555-0128", "PHONE"),
)
# 45
it(
    "Statement 5531-0098 covers 10/02/2025-10/05/2025 inpatient stay but I was discharged 10/04, "
    "so one night is wrong. Please correct and resend to my mailing address P.O. Box 1187, "
    "Ketchikan, AK 99901. Nils Johansson",
    ("5531-0098", "ID"),
    ("10/02/2025", "DATE"),
    ("10/05/2025", "DATE"),
    ("10/04", "DATE"),
    ("P.O. Box 1187, Ketchikan, AK 99901", "ADDRESS"),
    ("Nils Johansson", "NAME"),
)
# 46
it(
    "I'll be out of the country Aug 4-18 so please don't schedule the biopsy then. Any week after "
    "is fine. —Beatriz",
    ("Aug 4-18", "DATE"),
    ("Beatriz", "NAME"),
)
# 47
it(
    "Triage: caller is dtr Samantha Reyes re: her mother Consuelo Reyes, 90, c/o burning with "
    "urination x2 days, now more confused than baseline. Temp 100.9 per caller. Advised ED eval. "
    "Samantha agrees and will take her to St. Luke's.",
    ("Samantha Reyes", "NAME"),
    ("Consuelo Reyes", "NAME"),
    ("90", "AGE"),
    ("Samantha", "NAME"),
)
# 48 no PHI
it(
    "Is it normal to have 3-4 loose stools a day on Keytruda? I started it in 2023. No blood, no "
    "fever. Weight 68 kg, down 2 kg from last visit. Dr. Halvorsen said to message if anything "
    "changed.",
    ("Halvorsen", "NAME"),
)
# 49
it(
    "My daughter Zainab (she's 3) keeps pulling her ear and cried all night. Daycare says she had "
    "100.4 at 2pm. Can we get an appointment tomorrow? Her brother Yusuf had ear tubes at the same "
    "age. - Hamid",
    ("Zainab", "NAME"),
    ("Yusuf", "NAME"),
    ("Hamid", "NAME"),
)
# 50
it(
    "Pt: Okoro, Chiamaka   DOB: 19831204   Acct: 660019283   Ins ID: HMO-55-281-0094\n"
    "CC: palpitations x 3 wks, worse with coffee. TSH pending.",
    ("Okoro, Chiamaka", "NAME"),
    ("19831204", "DATE"),
    ("660019283", "ID"),
    ("HMO-55-281-0094", "ID"),
)
# 51
it(
    "From: Dr. Helena Sørensen <hsorensen@clinic.example.dk>\nTo: intake@example-oncology.org\n"
    "Subject: Aksel Nygaard - transfer of care\n\nDear team, Mr. Nygaard (f. 12.03.1961) is moving "
    "to your area on 1 December and will need to continue nivolumab. Last infusion 14.11.2025. "
    "Please contact me at +45 32 12 34 56.\nMed venlig hilsen, Helena Sørensen",
    ("Helena Sørensen", "NAME"),
    ("hsorensen@clinic.example.dk", "EMAIL"),
    ("intake@example-oncology.org", "EMAIL"),
    ("Aksel Nygaard", "NAME"),
    ("Nygaard", "NAME"),
    ("12.03.1961", "DATE"),
    ("1 December", "DATE"),
    ("14.11.2025", "DATE"),
    ("+45 32 12 34 56", "PHONE"),
)
# 52
it(
    "My son's pediatrician, Dr. Fiona McAllister at Brookside Pediatrics, said I should check with "
    "my own doctor about this cough since it's been 4 weeks. I'm a nonsmoker, no fever.",
    ("Fiona McAllister", "NAME"),
)
# 53
it(
    "I switched over from the Patel & Greenberg clinic last year so you might not have my old "
    "records. They had me on levothyroxine 88 mcg. My name is Jun Matsumoto.",
    ("Patel", "NAME"),
    ("Greenberg", "NAME"),
    ("Jun Matsumoto", "NAME"),
)
# 54
it(
    "Is it okay to take Allegra with my Lasix? My neighbor Allegra swears by it for hay fever but "
    "I don't want my potassium messed up again.",
    ("Allegra", "NAME", "neighbor Allegra"),
    ok=("Allegra",),
)
# 55
it(
    "My son Jordan just got back from a trip to Jordan and has had diarrhea for 5 days, now some "
    "blood in it. He's 22. Should he get tested?",
    ("Jordan", "NAME", "son Jordan"),
    ok=("Jordan",),
)
# 56
it(
    "Both my parents need flu shots: Dad is 89 and Mom is 91. Can we bring them in together on "
    "the 14th? Mornings are better, Mom gets tired.",
    ("91", "AGE"),
    ("14th", "DATE"),
)
# 57
it(
    "I had my last period on octber 2 and the home test today is positive. I'm on lisinopril for "
    "blood pressure, is that ok? -Mei-Ling",
    ("octber 2", "DATE"),
    ("Mei-Ling", "NAME"),
)
# 58
it(
    "EOB says claim 2026011409833 denied, reason code CO-97. Date of service 01/14/2026, provider "
    "Sunrise Imaging, billed $1,240.00. My member number is 88310-442-01. Why was it denied when "
    "it was pre-authorized?",
    ("2026011409833", "ID"),
    ("01/14/2026", "DATE"),
    ("88310-442-01", "ID"),
)
# 59 no PHI
it(
    "I take vitamin D 50,000 IU once a week and calcium 600 mg twice a day. My last DEXA T-score "
    "was -2.6. Should I start Fosamax? I'm 58, post-menopausal since 2018, no fractures."
)
# 60
it(
    "Can I get a work note? I missed Tues 2/3 through Fri 2/6 because of the flu. My manager Kevin "
    "Doyle needs it faxed to 555-0177 attn: HR. Thanks, Amaka Eze",
    ("2/3", "DATE"),
    ("2/6", "DATE"),
    ("Kevin Doyle", "NAME"),
    ("555-0177", "PHONE"),
    ("Amaka Eze", "NAME"),
)
# 61
it(
    "MVA follow-up: pt Rebecca Goldfarb rear-ended on I-95 on 11/02, restrained driver, neck pain "
    "4/10. Police report #2025-118843. Other driver's plate NJ X29-BKP. Cervical films neg.",
    ("Rebecca Goldfarb", "NAME"),
    ("11/02", "DATE"),
    ("2025-118843", "ID"),
    ("X29-BKP", "ID"),
)
# 62
it(
    "Bà Nguyễn Thị Hoa, 94 tuổi, bị ho nhiều ngày và khó thở khi nằm. Con gái là Lan, số điện "
    "thoại 0912 345 678. Xin bác sĩ gọi lại.",
    ("Nguyễn Thị Hoa", "NAME"),
    ("94", "AGE"),
    ("Lan", "NAME"),
    ("0912 345 678", "PHONE"),
)
# 63
it(
    "Nota de enfermería: la Sra. Pérez de León llamó por dolor en el pecho al subir escaleras. "
    "Su esposo, Sr. Aurelio Pérez, la trae a urgencias. Cita con la Dra. Saavedra el 2 de "
    "diciembre.",
    ("Pérez de León", "NAME"),
    ("Aurelio Pérez", "NAME"),
    ("Saavedra", "NAME"),
    ("2 de diciembre", "DATE"),
)
# 64
it(
    "Hi Mr. Kaplan, your potassium from 11/19 was 5.6, slightly high. Please stop the "
    "spironolactone for now and repeat labs Monday at the Elm Street lab, no appointment needed. "
    "— Dr. Reyes-Whitaker",
    ("Kaplan", "NAME"),
    ("11/19", "DATE"),
    ("Elm Street", "ADDRESS"),
    ("Reyes-Whitaker", "NAME"),
)
# 65
it(
    "Referral note: Patient Muhammad Bilal s/o Abdul Rauf, age 45, resident of Gulshan-e-Iqbal, "
    "Karachi, now visiting family in the US. Known T2DM on metformin 1 g BID. Presents with "
    "foot ulcer.",
    ("Muhammad Bilal", "NAME"),
    ("Abdul Rauf", "NAME"),
    ("Gulshan-e-Iqbal, Karachi", "ADDRESS"),
)
# 66
it(
    "My mom Mai Yer Vang doesn't speak English. She has pain in her belly since Saturday and "
    "threw up twice. Last time the Hmong interpreter was Pa Kou and she liked her. Call me, Tou, "
    "at 651-555-0139.",
    ("Mai Yer Vang", "NAME"),
    ("Pa Kou", "NAME"),
    ("Tou", "NAME"),
    ("651-555-0139", "PHONE"),
)
# 67 no PHI
it(
    "The nurse said to come back in 2 weeks but the front desk said 6 weeks. Which is it? The "
    "wound is about 2 cm and still oozing a little. I change the dressing every other day. "
    "— Oksana Hrytsenko",
    ("Oksana Hrytsenko", "NAME"),
)
# 68
it(
    "DISCHARGE SUMMARY\nName: Adebayo, Oluwaseun T.   MRN: 000-48-2291\nAdmit: 11/14/2025   "
    "Discharge: 11/17/2025\nAttending: Catherine Lindqvist, MD   PCP: Dr. Omar Farouk\n"
    "Dx: community-acquired pneumonia, resolved hypoxia. D/c on amoxicillin-clavulanate 875 mg "
    "BID x5 days.",
    ("Adebayo, Oluwaseun T.", "NAME"),
    ("000-48-2291", "MRN"),
    ("11/14/2025", "DATE"),
    ("11/17/2025", "DATE"),
    ("Catherine Lindqvist", "NAME"),
    ("Omar Farouk", "NAME"),
)
# 69
it(
    "Thanks for the quick reply, I'll start the prednisone tomorrow morning.\n\nSent from my "
    "Galaxy\n--\nTheo van der Berg | theo.vdberg@example.com | linkedin.com/in/theo-vdb-example",
    ("Theo van der Berg", "NAME"),
    ("theo.vdberg@example.com", "EMAIL"),
    ("linkedin.com/in/theo-vdb-example", "URL"),
)
# 70
it(
    "For the home visit: we're out at 4471 County Road 12, Hartsel — GPS sends people the wrong "
    "way, so turn left at the red barn. Mom's oxygen concentrator is beeping. -Dale",
    ("4471 County Road 12, Hartsel", "ADDRESS"),
    ("Dale", "NAME"),
)
# 71
it(
    "My cousin Georgia says the clinics in Georgia let you refill by text. Can I do that here? "
    "I need my sertraline 100 mg.",
    ("Georgia", "NAME", "cousin Georgia"),
    ok=("Georgia",),
)
# 72
it(
    "My great-aunt is ninety-three and on 8 different meds. I'm worried about interactions, can a "
    "pharmacist review them? Her name is Dorothea Vance.",
    ("ninety-three", "AGE"),
    ("Dorothea Vance", "NAME"),
)
# 73
it(
    "ED note: 98yo M from assisted living, unwitnessed fall, on apixaban. GCS 15. CT head ordered. "
    "Son Reuben Adler at bedside, HCP. Contact 555-0115.",
    ("98", "AGE", "98yo"),
    ("Reuben Adler", "NAME"),
    ("555-0115", "PHONE"),
)
# 74 no PHI
it(
    "Why does my Lipitor bottle say 'take at bedtime' when Dr. Google says any time is fine? Also "
    "is grapefruit really bad with it? I've been on 20 mg since 2019."
)
# 75
it(
    "Called pt back at 555-0109, no answer, left VM with callback only. 2nd attempt 16:45 - spoke "
    "with pt. Gideon Asante confirms he took 2 extra doses of oxycodone 5 mg last night for back "
    "pain, feels drowsy but arousable per wife Efua.",
    ("555-0109", "PHONE"),
    ("Gideon Asante", "NAME"),
    ("Efua", "NAME"),
)
# 76
it(
    "I'm Colleen Murphy, healthcare POA for my uncle Desmond Murphy (born 04/04/1933, he's 92). "
    "Please add me to his portal as a proxy so I can see his appointments. My email is "
    "colleen.m.murphy@example.com.",
    ("Colleen Murphy", "NAME"),
    ("Desmond Murphy", "NAME"),
    ("04/04/1933", "DATE"),
    ("92", "AGE"),
    ("colleen.m.murphy@example.com", "EMAIL"),
)
# 77
it(
    "I read on https://www.cdc.gov/flu that people with asthma shouldn't get the nasal spray "
    "vaccine. Is that true for my son? He uses Flovent.",
    ("https://www.cdc.gov/flu", "URL"),
)
# 78
it(
    '[Text from Mom 11/22 8:14 PM]: "tell dr ahmadi my legs are swollen again and the scale says '
    "184\" -- forwarding because she won't use the portal.",
    ("11/22", "DATE"),
    ("ahmadi", "NAME"),
)
# 79
it(
    "Vaccine record request. I had the Shingrix #1 on 14-Nov-2025 and I think #2 is due around "
    "Feb '26? Also I need proof of my hep B series for nursing school by the week of 1/12. "
    "Thanks, Precious Dlamini",
    ("14-Nov-2025", "DATE"),
    ("Feb '26", "DATE"),
    ("1/12", "DATE"),
    ("Precious Dlamini", "NAME"),
)
# 80
it(
    "Seen today by Jasmine Whitehorse, NP, and discussed with Tomás Aguilar, PA-C. Pt with "
    "worsening COPD, increased sputum. Started doxycycline 100 mg BID and prednisone 40 mg x5d.",
    ("Jasmine Whitehorse", "NAME"),
    ("Tomás Aguilar", "NAME"),
)
# 81
it(
    "My Medicare number is 1EG4-TE5-MK72. Does it cover the shingles shot or do I go to the "
    "pharmacy for that? Walt",
    ("1EG4-TE5-MK72", "ID"),
    ("Walt", "NAME"),
)
# 82
it(
    "Front desk says they need my driver's license number for ID verification since I lost my "
    "card: D123-4567-8901, exp 09/2027. Can I just send it here?",
    ("D123-4567-8901", "ID"),
    ("09/2027", "DATE"),
)
# 83 no PHI
it(
    "Is insulin ok at room temperature for 28 days? Fridge broke Friday. I have 3 pens left, 300 "
    "units each, and I use about 40 units a day. If I need new ones send them to the CVS on 3rd "
    "Ave please.",
    ("3rd Ave", "ADDRESS"),
)
# 84
it(
    "After-visit summary: Your blood pressure today was 146/92. Continue amlodipine 5 mg daily. "
    "Please call the nurse line at ext. 2241 if you have questions, or message Dr. Ofori.",
    ("ext. 2241", "PHONE"),
    ("Ofori", "NAME"),
)
# 85
it(
    "Reminder from Dr. Castellanos's office: your colonoscopy is 12/09/2025 at 7:30 am. Start the "
    "clear liquid diet the day before. Last one was 2015. Reply C to confirm.",
    ("Castellanos", "NAME"),
    ("12/09/2025", "DATE"),
)
# 86
it(
    "Nursing note 11/23/25 @ 0630: Pt Svetlana Ivanova-Petrov c/o nausea after 2nd cycle "
    "carboplatin. Zofran 8 mg given. Husband Dmitri requests call from onc fellow Dr. Yusupova.",
    ("11/23/25", "DATE"),
    ("Svetlana Ivanova-Petrov", "NAME"),
    ("Dmitri", "NAME"),
    ("Yusupova", "NAME"),
)
# 87
it(
    "Dear Ms. Abiodun-Smith, our records show an outstanding balance of $86.12 on account "
    "4000-118-552 for services on 9/30/2025. Pay online at "
    "https://pay.example-hospital.org/?acct=4000118552 or call 1-888-555-0102. "
    "Billing Dept., 900 Harbor Blvd, Oxnard, CA 93035",
    ("Abiodun-Smith", "NAME"),
    ("4000-118-552", "ID"),
    ("9/30/2025", "DATE"),
    ("https://pay.example-hospital.org/?acct=4000118552", "URL"),
    ("1-888-555-0102", "PHONE"),
    ("900 Harbor Blvd, Oxnard, CA 93035", "ADDRESS"),
)
# 88
it(
    "Biomed: infusion pump Alaris SN 14230877 alarmed occlusion x3 during pt's pembrolizumab "
    "infusion; swapped to SN 14230912. Ticket BM-55821 opened. Pt Rafael Quiñones tolerated "
    "remainder.",
    ("14230877", "ID"),
    ("14230912", "ID"),
    ("BM-55821", "ID"),
    ("Rafael Quiñones", "NAME"),
)
# 89
it(
    "SURGICAL PATHOLOGY  Accession S25-18834\nReceived 10/09/2025 from Dr. Ilse Brandt\n"
    "Patient: Jonah Whitfield-Amani, 47 M\nSpecimen: skin, left shoulder, shave. Dx: melanoma in "
    "situ, margins clear.",
    ("S25-18834", "ID"),
    ("10/09/2025", "DATE"),
    ("Ilse Brandt", "NAME"),
    ("Jonah Whitfield-Amani", "NAME"),
)
# 90 no PHI
it(
    "The portal says my appointment request is 'pending'. I asked Wednesday for my yearly "
    "physical. I'll fast anyway so any morning next week works. Thank you!"
)
# 91
it(
    "This is Robert L. Jenkins Jr. — my father Robert Jenkins Sr. is also your patient and the "
    "pharmacy mixed up our meds. I got his 80 mg simvastatin and took one last night before I "
    "noticed.",
    ("Robert L. Jenkins Jr.", "NAME"),
    ("Robert Jenkins Sr.", "NAME"),
)
# 92
it(
    "Hola, I'm in Guadalajara visiting family until the 20th and my sugar has been 300s. Can "
    "Dr. Ferrer call me at +52 33 1234 5678? Estoy en la casa de mi hermana Lupita.",
    ("Guadalajara", "ADDRESS"),
    ("20th", "DATE"),
    ("Ferrer", "NAME"),
    ("+52 33 1234 5678", "PHONE"),
    ("Lupita", "NAME"),
)
# 93
it("ok will do, picking up the antibiotic after work. thx! -JT", ("JT", "NAME"))
# 94 no PHI
it(
    "My mom is 85 and has dementia. She lives in Florida with us. Is it normal for her to sleep "
    "14 hours a day? She takes donepezil 10 mg at night and her weight is stable at 52 kg."
)
# 95
it(
    "Can we do a video visit Thurs 12/4 at 3 pm EST? I'll join from my work laptop; last time the "
    "link https://telehealth.example.com/join/8XK2-99LM never loaded. - Hyun-woo Cho",
    ("12/4", "DATE"),
    ("https://telehealth.example.com/join/8XK2-99LM", "URL"),
    ("Hyun-woo Cho", "NAME"),
)
# 96
it(
    "Bonjou, mwen se Marie-Claude Pierre-Louis. Pitit mwen Jean-Baptiste gen lafyèv depi 3 jou. "
    "Rele m nan 305-555-0152. Nou rete Little Haiti, Miami.",
    ("Marie-Claude Pierre-Louis", "NAME"),
    ("Jean-Baptiste", "NAME"),
    ("305-555-0152", "PHONE"),
    ("Little Haiti, Miami", "ADDRESS"),
)
# 97
it(
    "ONCOLOGY CLINIC NOTE  11/24/2025\nPatient: Kofi Boateng  MRN 7734021  DOB 01/30/1968\n"
    "Referring: Dr. Naomi Feldstein, Harbor Oncology, fax 555-0193\n\nS: Mr. Boateng is here "
    "with his wife Abena before cycle 4 of ipilimumab/nivolumab (C3 given 11/03). Reports 5-6 "
    "watery stools/day over baseline since 11/20, mild cramping, no blood. Abena notes he has "
    "been drinking well.\nO: T 37.4, HR 96, BP 118/74.\nA/P: Grade 2 diarrhea, likely immune-"
    "related colitis. Hold cycle 4. Prednisone 1 mg/kg. Return 11/26; call 555-0100 ext 617 with "
    "any blood or >7 stools.\n-- Dr. Anand Krishnamurthy",
    ("11/24/2025", "DATE"),
    ("Kofi Boateng", "NAME"),
    ("7734021", "MRN"),
    ("01/30/1968", "DATE"),
    ("Naomi Feldstein", "NAME"),
    ("555-0193", "PHONE"),
    ("Boateng", "NAME"),
    ("Abena", "NAME"),
    ("11/03", "DATE"),
    ("11/20", "DATE"),
    ("11/26", "DATE"),
    ("555-0100 ext 617", "PHONE"),
    ("Anand Krishnamurthy", "NAME"),
)
# 98
it(
    "I think I got someone else's results in my portal — it says patient Delroy Campbell, DOB "
    "02/29/1960, but I'm Delia Campbell. Please fix this and make sure he got mine!!",
    ("Delroy Campbell", "NAME"),
    ("02/29/1960", "DATE"),
    ("Delia Campbell", "NAME"),
)
# 99
it(
    "Visiting nurse: pt is 93 y.o., lives with her son at 77 Mulberry St, Apt 12C, Newark 07102. "
    "Her dog Biscuit jumps on the bed, advised to keep him off the leg wound. Next dressing change "
    "Sat 11/29.",
    ("93", "AGE"),
    ("77 Mulberry St, Apt 12C, Newark 07102", "ADDRESS"),
    ("11/29", "DATE"),
)
# 100
it(
    "Our son Tevita was discharged from Kaiser yesterday after the asthma attack; they said follow "
    "up with Dr. Fifita within 3 days. His Medicaid ID is 91-2284573-00. We live in Cook County "
    "now. Malia (mom)",
    ("Tevita", "NAME"),
    ("Fifita", "NAME"),
    ("91-2284573-00", "ID"),
    ("Cook County", "ADDRESS"),
    ("Malia", "NAME"),
)


def main() -> int:
    if len(ITEMS) != 100:
        raise SystemExit(f"expected 100 items, have {len(ITEMS)}")
    texts = [x["text"] for x in ITEMS]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate texts")
    lines, warnings = [], []
    for n, item in enumerate(ITEMS, 1):
        iid = f"guide3-phi-{n:04d}"
        try:
            spans = locate(item["text"], item["specs"], item["ok"])
            for sp in spans:
                check_span(item["text"], sp)
        except (ValueError, AssertionError) as exc:
            raise SystemExit(f"{iid}: {exc}") from exc
        for w in lint(item["text"], spans):
            warnings.append(f"{iid}: unlabelled PHI-looking text {w!r}")
        rec = {
            "id": iid,
            "category": "phi",
            "added": "2026-11-24",
            "source": "guideline PHI annotation set 3",
            "text": item["text"],
            "spans": spans,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    fd, tmp = tempfile.mkstemp(dir=OUT_DIR, prefix=".phi_guide3.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        check = (
            "import json,sys; sys.path.insert(0,'.'); from harness.contract import "
            "parse_item; [parse_item(json.loads(l)) for f in sys.argv[1:] for l in open(f)]; "
            "print('ok')"
        )
        res = subprocess.run([sys.executable, "-c", check, tmp], capture_output=True, text=True)
        if res.returncode != 0 or res.stdout.strip() != "ok":
            raise SystemExit(f"parse_item validation failed:\n{res.stdout}{res.stderr}")
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    counts: dict[str, int] = {}
    for ln in lines:
        for sp in json.loads(ln)["spans"]:
            counts[sp["label"]] = counts.get(sp["label"], 0) + 1
    no_phi = sum(1 for ln in lines if not json.loads(ln)["spans"])
    for w in warnings:
        print("WARN", w, file=sys.stderr)
    print(f"wrote {len(lines)} items to {OUT}; no-PHI items: {no_phi}")
    print(
        "spans per label:", json.dumps(dict(sorted(counts.items()))), "total", sum(counts.values())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
