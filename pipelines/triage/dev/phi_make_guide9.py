#!/usr/bin/env python3
"""Generate pipelines/triage/dev/phi_guide9.jsonl (guideline PHI annotation set 9).

Each item is written as plain text plus a list of spans given as (substring, LABEL[, opts]) in
text order. Offsets are computed by locating each substring after the previous span's end, at
word boundaries (opts: skip=N skips N earlier boundary matches; glued=True drops the boundary
check, e.g. the "92" of "92yo"). Every span is validated, every item is checked for
unlabelled repeats of labelled strings and for unlabelled PHI-looking patterns (allow-listed per
item with ok=[...] when the pattern is a deliberate near-miss), then the file is validated with
harness.contract.parse_item and written atomically.
"""

from __future__ import annotations

# ruff: noqa: W291 (a message ends in a space where the writer typed one)
import json
import os
import re
import subprocess
import sys
import tempfile

_ROOT = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "phi_guide9.jsonl")
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN", "SSN", "ADDRESS", "ID", "URL"}
ADDED = "2026-11-24"
SOURCE = "guideline PHI annotation set 9"

ITEMS: list[tuple[str, list, list]] = []


def item(text: str, spans: list, ok: list | None = None) -> None:
    ITEMS.append((text, spans, ok or []))


def _boundary(text: str, j: int, n: int) -> bool:
    before = j == 0 or not text[j - 1].isalnum()
    after = j + n == len(text) or not text[j + n].isalnum()
    return before and after


def locate(text: str, spans: list) -> list[dict]:
    pos = 0
    out = []
    for sp in spans:
        sub, label = sp[0], sp[1]
        opts = sp[2] if len(sp) > 2 else {}
        skip = opts.get("skip", 0)
        glued = opts.get("glued", False)
        i = pos
        while True:
            j = text.find(sub, i)
            if j < 0:
                raise ValueError(f"cannot find {sub!r} ({label}) after offset {pos}")
            if glued or _boundary(text, j, len(sub)):
                if skip == 0:
                    break
                skip -= 1
            i = j + 1
        out.append({"start": j, "end": j + len(sub), "label": label})
        pos = j + len(sub)
    return out


SPELLED_AGE = re.compile(r"^(ninety|one hundred)[- a-z]*$", re.I)
SUSPICIOUS = [
    re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),  # email
    re.compile(r"https?://\S+|www\.\S+"),  # url
    re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b"),  # ip
    re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b"),  # phone
    re.compile(r"\b\d{1,2}/\d{1,2}(/\d{2,4})?\b"),  # date-ish
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"),
    re.compile(r"\b\d{1,2}(st|nd|rd|th)? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
    re.compile(r"\b\d{5}(-\d{4})?\b"),  # zip or long number
    re.compile(r"\b\d{6,}\b"),
]


def validate(idx: int, text: str, spans: list[dict], raw: list, ok: list) -> None:
    where = f"item {idx + 1}"
    prev_end = -1
    for s, r in zip(spans, raw, strict=False):
        frag = text[s["start"] : s["end"]]
        assert s["label"] in LABELS, f"{where}: bad label {s['label']}"
        assert frag == r[0], f"{where}: span text mismatch {frag!r} != {r[0]!r}"
        assert frag == frag.strip(), f"{where}: span {frag!r} has edge whitespace"
        assert frag[-1] not in ",;:", f"{where}: span {frag!r} ends with punctuation"
        assert s["start"] >= prev_end, f"{where}: overlapping/unsorted span {frag!r}"
        prev_end = s["end"]
        if s["label"] == "AGE":
            assert (
                (frag.isdigit() and int(frag) > 89)
                or SPELLED_AGE.match(frag)
                or re.match(r"^9\ds$|^1\d\ds$", frag)
            ), f"{where}: AGE {frag!r} is not over 89"
        if s["label"] == "EMAIL":
            assert "@" in frag, f"{where}: EMAIL {frag!r}"
    covered = [False] * len(text)
    for s in spans:
        for k in range(s["start"], s["end"]):
            covered[k] = True
    # every boundary occurrence of a labelled string must itself be labelled
    for s in spans:
        frag = text[s["start"] : s["end"]]
        if len(frag) < 3 or frag in ok:
            continue
        j = text.find(frag)
        while j >= 0:
            if _boundary(text, j, len(frag)) and not all(covered[j : j + len(frag)]):
                raise AssertionError(f"{where}: unlabelled repeat of {frag!r} at {j}")
            j = text.find(frag, j + 1)
    # PHI-looking patterns must be labelled or deliberately allow-listed
    for pat in SUSPICIOUS:
        for m in pat.finditer(text):
            lo, hi = m.start(), m.end()
            while lo < hi and not text[lo].isalnum():
                lo += 1
            while hi > lo and not text[hi - 1].isalnum():
                hi -= 1
            if all(covered[lo:hi]):
                continue
            if any(m.group(0) in o or o in m.group(0) for o in ok):
                continue
            raise AssertionError(f"{where}: unlabelled PHI-looking text {m.group(0)!r}")


# ---------------------------------------------------------------------------------------------
# items
# ---------------------------------------------------------------------------------------------
# 1 forwarded email, Hispanic double surnames
item(
    """---------- Forwarded message ---------
From: Teresa Villanueva Ortiz <tvillanueva.ortiz@example.com>
Date: Mon, Nov 17, 2026 at 7:48 PM
Subject: Fwd: mami's echo results
To: triage@lakeshorecardiology.example.org

Hi, I'm forwarding this for my mother, Rosario Ortiz de Villanueva (DOB 02/11/1941, MRN 7730021). She got a letter from Dr. Haddad's office saying the echo on 11/12 showed "moderate MR" and nobody called her. She is 85, lives alone at 1418 Calle Alta, Apt 2B, Pico Rivera, CA 90660 and her landline is (562) 555-0134. My cell is 562-555-0172.

Can someone call her before Thursday? She takes metoprolol 25 mg twice daily and her BP this morning was 148/82.

Gracias,
Teresa

> On Sun, Nov 16, 2026, Rosario Ortiz <rosario.ov41@example.net> wrote:
> mija can you ask them what MR means, the doctor Haddad said come back in 6 months""",
    [
        ("Teresa Villanueva Ortiz", "NAME"),
        ("tvillanueva.ortiz@example.com", "EMAIL"),
        ("Nov 17, 2026", "DATE"),
        ("triage@lakeshorecardiology.example.org", "EMAIL"),
        ("Rosario Ortiz de Villanueva", "NAME"),
        ("02/11/1941", "DATE"),
        ("7730021", "MRN"),
        ("Haddad", "NAME"),
        ("11/12", "DATE"),
        ("1418 Calle Alta, Apt 2B, Pico Rivera, CA 90660", "ADDRESS"),
        ("(562) 555-0134", "PHONE"),
        ("562-555-0172", "PHONE"),
        ("Teresa", "NAME"),
        ("Nov 16, 2026", "DATE"),
        ("Rosario Ortiz", "NAME"),
        ("rosario.ov41@example.net", "EMAIL"),
        ("Haddad", "NAME"),
    ],
    ok=["Teresa", "Rosario Ortiz"],
)

# 2 referral letter, Nigerian names, international phone, NPI
item(
    """Riverbend Family Medicine
2250 Harmon Pkwy, Suite 300, Columbus, OH 43219
Tel (614) 555-0190 | Fax (614) 555-0191

21 November 2026

Dr. Chidinma Okonkwo-Eze, MD
Division of Gastroenterology

RE: Adebayo Oluwaseun Fashola    DOB: 14-Mar-1968    MRN: RFM-0048812
Ins. member ID: UHX 448 201 993

Dear Dr. Okonkwo-Eze,

Thank you for seeing Mr. Fashola, a 58-year-old engineer with 4 months of intermittent dysphagia to solids and 6 kg weight loss. Hb 10.9 g/dL on 11/06, ferritin 8. He has no family history of GI cancer that he knows of. His wife, Folasade, usually comes with him and is best reached on +234 803 555 0147 while she is in Ibadan until 2 December; otherwise his mobile is 614-555-0163.

I would be grateful for an urgent OGD.

Yours sincerely,

Emeka Nwosu, DO
NPI 1487726301""",
    [
        ("2250 Harmon Pkwy, Suite 300, Columbus, OH 43219", "ADDRESS"),
        ("(614) 555-0190", "PHONE"),
        ("(614) 555-0191", "PHONE"),
        ("21 November 2026", "DATE"),
        ("Chidinma Okonkwo-Eze", "NAME"),
        ("Adebayo Oluwaseun Fashola", "NAME"),
        ("14-Mar-1968", "DATE"),
        ("RFM-0048812", "MRN"),
        ("UHX 448 201 993", "ID"),
        ("Okonkwo-Eze", "NAME"),
        ("Fashola", "NAME"),
        ("11/06", "DATE"),
        ("Folasade", "NAME"),
        ("+234 803 555 0147", "PHONE"),
        ("Ibadan", "ADDRESS"),
        ("2 December", "DATE"),
        ("614-555-0163", "PHONE"),
        ("Emeka Nwosu", "NAME"),
        ("1487726301", "ID"),
    ],
    ok=["Okonkwo-Eze", "Fashola"],
)

# 3 no PHI: doses, vitals, bare year, weekday, state, brand names
item(
    """Hi, quick question about my lisinopril. I've been taking 10 mg every morning since 2019 but my home readings this week are running 150s/90s, highest 162/97 on Tuesday. Pulse 88. I'm in Texas visiting family for two weeks and only brought 12 tablets. Should I double up or call in a refill to a pharmacy here? Also is it ok to take Advil with it? My Omron cuff says "irregular heartbeat" sometimes too. Thanks""",
    [],
)

# 4 pasted WhatsApp thread, Vietnamese names, age over 89, pain score near-miss
item(
    """My dad is Nguyễn Văn Hùng, DOB 3/2/1935, he is your patient. This is the chat from this morning, pasted:

[11/18/26, 06:12] Nguyễn Thị Lan: Bố fell again getting up to pee, hit his head on the dresser. small cut, no blood now
[11/18/26, 06:14] Minh Tran: is he confused?? did he take the Eliquis last night
[11/18/26, 06:15] Nguyễn Thị Lan: yes he took it. he knows me, says headache 4/10
[11/18/26, 06:20] Minh Tran: I'm calling Dr. Phan's nurse line 714-555-0148. Lan pls write down his BP
[11/18/26, 06:31] Nguyễn Thị Lan: 136/78 pulse 72. He's 91 Minh, I'm scared

Please call Lan back, she is with him.""",
    [
        ("Nguyễn Văn Hùng", "NAME"),
        ("3/2/1935", "DATE"),
        ("11/18/26", "DATE"),
        ("Nguyễn Thị Lan", "NAME"),
        ("11/18/26", "DATE"),
        ("Minh Tran", "NAME"),
        ("11/18/26", "DATE"),
        ("Nguyễn Thị Lan", "NAME"),
        ("11/18/26", "DATE"),
        ("Minh Tran", "NAME"),
        ("Phan", "NAME"),
        ("714-555-0148", "PHONE"),
        ("Lan", "NAME"),
        ("11/18/26", "DATE"),
        ("Nguyễn Thị Lan", "NAME"),
        ("91", "AGE"),
        ("Minh", "NAME"),
        ("Lan", "NAME"),
    ],
    ok=["4/10", "Lan", "Minh"],
)

# 5 insurance denial letter, Polish names, PO box, claim/group/reference numbers, TTY 711
item(
    """Summit Mutual Health Plan
P.O. Box 30471, Salt Lake City, UT 84130-0471
Member Services: 1-800-555-0199 (TTY 711)

November 19, 2026

Krzysztof Wiśniewski
88 Orchard Lane
Hamden, CT 06514

Member ID: SMH90017722-01
Group #: 0048821
Claim #: 2026-311-0048877
Date of service: 10/28/2026
Provider: Agnieszka Zielińska, MD

Dear Krzysztof Wiśniewski:

We reviewed the claim for a continuous glucose monitor (Dexcom G7 sensors, 3 boxes) and it was denied because a prior authorization was not on file for the date of service. Your plan covers CGM for members on 3 or more insulin injections per day when criteria are met.

You or Dr. Zielińska may appeal within 180 days. Send the appeal to appeals@summitmutual.example.com or fax it to 1-888-555-0142, and quote reference number APL-7781203.

Sincerely,
Utilization Management""",
    [
        ("P.O. Box 30471, Salt Lake City, UT 84130-0471", "ADDRESS"),
        ("1-800-555-0199", "PHONE"),
        ("November 19, 2026", "DATE"),
        ("Krzysztof Wiśniewski", "NAME"),
        ("88 Orchard Lane\nHamden, CT 06514", "ADDRESS"),
        ("SMH90017722-01", "ID"),
        ("0048821", "ID"),
        ("2026-311-0048877", "ID"),
        ("10/28/2026", "DATE"),
        ("Agnieszka Zielińska", "NAME"),
        ("Krzysztof Wiśniewski", "NAME"),
        ("Zielińska", "NAME"),
        ("appeals@summitmutual.example.com", "EMAIL"),
        ("1-888-555-0142", "PHONE"),
        ("APL-7781203", "ID"),
    ],
)

# 6 school medication form, Ghanaian/English hyphenated name, name that is a word (Joy)
item(
    """WESTBROOK SCHOOL DEPARTMENT
Medication Authorization Form - School Year 2026-2027

Student: Amara Joy Mensah-Whitaker      Grade: 4      Homeroom: Ms. Delgado
Date of birth: 2017-05-09              Student ID: 20448817
Parent/Guardian: Kwabena Mensah / Joy Whitaker
Home address: 77 Birchwood Ct, Westbrook, ME 04092
Phone (home): 207-555-0116     (work): 207-555-0180 x2231

Medication: Albuterol HFA 90 mcg/puff, 2 puffs every 4 hours as needed for wheeze or cough; may carry inhaler on the bus
Prescriber: Priya Raghunathan, MD      Phone: 207-555-0125
Signature of parent: Joy Whitaker      Date: 08/21/2026

Nurse note: Mom says Amara had 2 ED visits last winter and brings joy to everyone in class (!). Please email joy.whitaker@example.org if she needs the inhaler more than twice in a school day.""",
    [
        ("Amara Joy Mensah-Whitaker", "NAME"),
        ("Delgado", "NAME"),
        ("2017-05-09", "DATE"),
        ("20448817", "ID"),
        ("Kwabena Mensah", "NAME"),
        ("Joy Whitaker", "NAME"),
        ("77 Birchwood Ct, Westbrook, ME 04092", "ADDRESS"),
        ("207-555-0116", "PHONE"),
        ("207-555-0180 x2231", "PHONE"),
        ("Priya Raghunathan", "NAME"),
        ("207-555-0125", "PHONE"),
        ("Joy Whitaker", "NAME"),
        ("08/21/2026", "DATE"),
        ("Amara", "NAME"),
        ("joy.whitaker@example.org", "EMAIL"),
    ],
)

# 7 pharmacy refill notice, Arabic names, inverted name, Rx number, URL with rx number
item(
    """CAREWAY PHARMACY #5127
1900 W Broad St, Richmond, VA 23220 * (804) 555-0157

REFILL REMINDER
Patient: HASSAN, Layla M.
DOB: 09/30/1979
Rx#: 6610384-05127
Drug: Sertraline 50 mg tablet, qty 30, refills remaining: 0
Prescriber: Dr. Youssef Al-Amin
Last filled: Oct 22

Your prescription has no refills left. We faxed a renewal request to Dr. Al-Amin's office on 11/20 (fax 804-555-0175). If you have questions call the pharmacy. Reply STOP to opt out of texts.
Manage your prescriptions: https://careway.example.com/rx/6610384""",
    [
        ("1900 W Broad St, Richmond, VA 23220", "ADDRESS"),
        ("(804) 555-0157", "PHONE"),
        ("HASSAN, Layla M.", "NAME"),
        ("09/30/1979", "DATE"),
        ("6610384-05127", "ID"),
        ("Youssef Al-Amin", "NAME"),
        ("Oct 22", "DATE"),
        ("Al-Amin", "NAME"),
        ("11/20", "DATE"),
        ("804-555-0175", "PHONE"),
        ("https://careway.example.com/rx/6610384", "URL"),
    ],
    ok=["5127", "Al-Amin"],
)

# 8 caregiver update, Irish names, Irish mobile, holiday date
item(
    """Hi all -- update on Dad (Seamus O'Sullivan) after today's visit.

Dr. McAuliffe saw him at 10:30. Weight is up 2.1 kg since Monday, ankles more swollen, and he's sleeping in the recliner again. She increased the furosemide from 40 mg to 80 mg daily for 3 days and wants a BMP drawn Friday. Siobhán is doing the Monday/Wednesday visits, Declan has Tuesday, and I'll take the weekend. Nurse Aoife Ní Bhriain from the heart failure clinic will ring him on 087 555 0192 (his Irish mobile, he never switched) or the house phone, 617-555-0139.

Aunt Maeve asked if he can still go to the Christmas Eve mass at St. Brendan's. Dr. McAuliffe said "we'll see."

-- Niamh""",
    [
        ("Seamus O'Sullivan", "NAME"),
        ("McAuliffe", "NAME"),
        ("Siobhán", "NAME"),
        ("Declan", "NAME"),
        ("Aoife Ní Bhriain", "NAME"),
        ("087 555 0192", "PHONE"),
        ("617-555-0139", "PHONE"),
        ("Maeve", "NAME"),
        ("Christmas Eve", "DATE"),
        ("McAuliffe", "NAME"),
        ("Niamh", "NAME"),
    ],
)

# 9 voicemail transcription, spelled-out DOB/age/phone
item(
    """Voicemail transcription (automated) -- received Tue 11/18/2026 4:52 PM from +1 (313) 555-0121, length 0:47

"Hi, this is Darnell Washington-Pryce, um, calling about my grandmother Odessa Pryce, date of birth January fourth nineteen thirty-four. She's ninety-two and she's been real short of breath since yesterday, her ankles are huge. Her doctor is Doctor Kaminski. You can call me back at three one three, five five five, zero one two one, or my wife Keisha at the same -- no, Keisha's is five five five, zero one eight eight. Thank you.\"""",
    [
        ("11/18/2026", "DATE"),
        ("+1 (313) 555-0121", "PHONE"),
        ("Darnell Washington-Pryce", "NAME"),
        ("Odessa Pryce", "NAME"),
        ("January fourth nineteen thirty-four", "DATE"),
        ("ninety-two", "AGE"),
        ("Kaminski", "NAME"),
        ("three one three, five five five, zero one two one", "PHONE"),
        ("Keisha", "NAME"),
        ("Keisha", "NAME"),
        ("five five five, zero one eight eight", "PHONE"),
    ],
)

# 10 no PHI: generic discharge instructions
item(
    """DISCHARGE INSTRUCTIONS -- Cellulitis, left lower leg

Take cephalexin 500 mg by mouth four times a day for 7 days, even if the leg looks better. Elevate the leg above heart level when sitting. Return to the emergency department if the redness spreads past the line we drew, if you have a temperature over 100.4 F, or red streaks up the thigh.

Your vitals at discharge: temp 99.1 F, HR 84, BP 128/76, SpO2 98% on room air.

Follow up with your primary care provider in 2-3 days. Keep the Tegaderm dressing dry for 48 hours. Do not drive after taking Norco. The wound clinic is closed on Fridays.""",
    [],
)

# 11 portal message, Arabic names, 2-digit-year DOB
item(
    """Hello, this is Yousef Abdel-Rahman. My wife Rania Haddad took her last dose of the Augmentin yesterday but a rash came up on her arms and neck tonite, itchy, raised. no trouble breathing or swallowing. her MRN is 20318845 and DOB 7/19/88. Should she go to urgent care or can it wait for Dr. Saleh tomorrow? you can reach me 347-555-0106""",
    [
        ("Yousef Abdel-Rahman", "NAME"),
        ("Rania Haddad", "NAME"),
        ("20318845", "MRN"),
        ("7/19/88", "DATE"),
        ("Saleh", "NAME"),
        ("347-555-0106", "PHONE"),
    ],
)

# 12 FMLA certification, Ukrainian/Romanian/Polish names, employee ID, HR contact
item(
    """CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (FMLA)

Section I (employer)
Employer: Northgate Logistics      HR contact: Bogdan Petrescu (bpetrescu@northgate.example.com)
Employee name: Olena Kovalenko-Shevchuk
Employee ID: NGL-33091
Job title: Forklift operator, 2nd shift, lifts up to 50 lb

Section III (health care provider)
Condition commenced: 10/06/2026        Probable duration: 6-8 weeks
Patient seen on: 10/06/2026, 10/20/2026, 11/17/2026
Treatment: right carpal tunnel release performed 11/03/2026; occupational therapy 2x/week
Incapacity: unable to lift more than 10 lb with the right hand through 12/15/2026
Provider: Tomasz Wróblewski, MD, Hand Surgery
Address: 500 Maple Ave, Floor 4, Evanston, IL 60201
Phone: 847.555.0177      Fax: 847.555.0178
Signature: T. Wróblewski      Date: Nov 18, 2026""",
    [
        ("Bogdan Petrescu", "NAME"),
        ("bpetrescu@northgate.example.com", "EMAIL"),
        ("Olena Kovalenko-Shevchuk", "NAME"),
        ("NGL-33091", "ID"),
        ("10/06/2026", "DATE"),
        ("10/06/2026", "DATE"),
        ("10/20/2026", "DATE"),
        ("11/17/2026", "DATE"),
        ("11/03/2026", "DATE"),
        ("12/15/2026", "DATE"),
        ("Tomasz Wróblewski", "NAME"),
        ("500 Maple Ave, Floor 4, Evanston, IL 60201", "ADDRESS"),
        ("847.555.0177", "PHONE"),
        ("847.555.0178", "PHONE"),
        ("T. Wróblewski", "NAME"),
        ("Nov 18, 2026", "DATE"),
    ],
)

# 13 discharge summary, South Asian names, MRN in SSN-like format, age over 89, SpO2 near-miss
item(
    """DISCHARGE SUMMARY

Patient: Venkatesh Subramaniam Iyer        MRN: 001-88-4412        Acct: 5500931277
Admit: 11/09/2026      Discharge: 11/14/2026
Attending: Dr. Meenakshi Sundaram      PCP: Rahul Bhattacharya, MD

Hospital course: 93 y/o man with COPD admitted with right lower lobe pneumonia; SpO2 89% on room air at presentation, weaned to 2 L then off by day 4. Treated with ceftriaxone and azithromycin, transitioned to oral cefpodoxime 200 mg BID to complete 7 days. Delirium overnight 11/10 resolved with sleep hygiene, no antipsychotics.

Disposition: home with daughter, Lakshmi Iyer-Rao, at 6021 Greenfield Dr, Plano, TX 75093. Home health: Sunrise Home Care, ph 972-555-0140.
Follow-up: Dr. Bhattacharya in 7-10 days; repeat chest X-ray in 6 weeks.""",
    [
        ("Venkatesh Subramaniam Iyer", "NAME"),
        ("001-88-4412", "MRN"),
        ("5500931277", "ID"),
        ("11/09/2026", "DATE"),
        ("11/14/2026", "DATE"),
        ("Meenakshi Sundaram", "NAME"),
        ("Rahul Bhattacharya", "NAME"),
        ("93", "AGE"),
        ("11/10", "DATE"),
        ("Lakshmi Iyer-Rao", "NAME"),
        ("6021 Greenfield Dr, Plano, TX 75093", "ADDRESS"),
        ("972-555-0140", "PHONE"),
        ("Bhattacharya", "NAME"),
    ],
)

# 14 portal support email, username, IP address, reset URL, ticket number
item(
    """From: Portal Support <support@mychartlink.example.org>
To: Gustavo Peña Morales <gpena.m@example.com>
Date: 2026-11-19 14:03
Subject: Ticket #PS-448120: locked account

Hello Gustavo,

Your patient portal account (username: gpenamorales71) was locked after 5 failed sign-in attempts from IP address 73.162.44.201 on 11/19/2026. For your security we have reset it. Please use the link below within 24 hours:
https://portal.mychartlink.example.org/reset?token=8f2c91ab77

If you did not try to sign in, call us at 1-877-555-0110.

Portal Support Team""",
    [
        ("support@mychartlink.example.org", "EMAIL"),
        ("Gustavo Peña Morales", "NAME"),
        ("gpena.m@example.com", "EMAIL"),
        ("2026-11-19", "DATE"),
        ("PS-448120", "ID"),
        ("Gustavo", "NAME"),
        ("gpenamorales71", "ID"),
        ("73.162.44.201", "URL"),
        ("11/19/2026", "DATE"),
        ("https://portal.mychartlink.example.org/reset?token=8f2c91ab77", "URL"),
        ("1-877-555-0110", "PHONE"),
    ],
)

# 15 no PHI: caregiver with glucose numbers, age under 90, states, device brand
item(
    """My husband's sugars have been all over the place since they started him on Ozempic 0.5 mg. Fasting this week: 182, 204, 167, 221. He's 74 and had 3 lows under 70 last month, all at night. We split the year between Florida and Michigan so his endocrinologist is hard to reach in winter. Is it normal to need 4 weeks before it evens out? He wears a FreeStyle Libre 3 and the alarms go off around 3 am most nights. He also takes Jardiance 10 mg and metformin 1000 mg twice a day.""",
    [],
)

# 16 physiotherapy referral, Eastern European names, fax with extension, DOB European format
item(
    """REFERRAL TO OUTPATIENT PHYSICAL THERAPY

Date of referral: 20.11.2026
Patient: Zsófia Horváth-Kiss       DOB: 03.04.1959       MRN 61-772-903
Address: 2210 N Lincoln Ave, Unit 5, Chicago, IL 60614
Phone: 773-555-0128 (prefers text); daughter Réka Kiss 773-555-0193

Diagnosis: left total knee arthroplasty 10/29/2026 (Dr. Andrzej Nowak)
Request: PT 2-3x/week for 6 weeks; ROM goal 0-110 degrees; currently 5-85.
Precautions: on apixaban 2.5 mg BID until 12/10; no kneeling.

Referring clinician: Dragana Petrović, PA-C
Tel 312-555-0146 ext. 318 / Fax 312-555-0147 ext. 9""",
    [
        ("20.11.2026", "DATE"),
        ("Zsófia Horváth-Kiss", "NAME"),
        ("03.04.1959", "DATE"),
        ("61-772-903", "MRN"),
        ("2210 N Lincoln Ave, Unit 5, Chicago, IL 60614", "ADDRESS"),
        ("773-555-0128", "PHONE"),
        ("Réka Kiss", "NAME"),
        ("773-555-0193", "PHONE"),
        ("10/29/2026", "DATE"),
        ("Andrzej Nowak", "NAME"),
        ("12/10", "DATE"),
        ("Dragana Petrović", "NAME"),
        ("312-555-0146 ext. 318", "PHONE"),
        ("312-555-0147 ext. 9", "PHONE"),
    ],
)

# 17 SMS thread with clinic reminders, licence plate, parking
item(
    """Pasted from my texts, the clinic sent me this and I'm confused:

Lakeview Infusion (Nov 20, 9:14 AM): Reminder: Marisol Fuentes-Aguilar has an infusion appt on 11/24 at 8:00 AM. Reply C to confirm.
Me: C. Can my brother drive me? his car is a gray Civic, plate 8KLM214, do we need a pass
Lakeview Infusion: Yes, give the plate # at the front desk. Visitors must be 18+.
Me: ok and it's the Entyvio right, 300 mg? last time my BP dropped to 92/58 after
Lakeview Infusion: We can't discuss meds by text. Call 626-555-0151.

My brother is Rodrigo Fuentes, he'll be with me. My DOB is 5/5/1996 if you need it.""",
    [
        ("Nov 20", "DATE"),
        ("Marisol Fuentes-Aguilar", "NAME"),
        ("11/24", "DATE"),
        ("8KLM214", "ID"),
        ("626-555-0151", "PHONE"),
        ("Rodrigo Fuentes", "NAME"),
        ("5/5/1996", "DATE"),
    ],
    ok=["92/58"],
)

# 18 ordinary portal message, names that are words (Hope, Will), pet name near-miss
item(
    """Hi Dr. Hope,

Will here (William Castellano, DOB 12-02-1971). The cough is still hanging on after 3 weeks, worse at night, no fever. I finished the benzonatate. My partner Sunny thinks I should get a chest x-ray since I was coughing up a little green stuff Saturday. We also have a new puppy, Biscuit, and I wonder if I'm allergic. Would you be willing to order something or should I book? I'm free any morning next week.

Thanks, Will""",
    [
        ("Hope", "NAME"),
        ("Will", "NAME"),
        ("William Castellano", "NAME"),
        ("12-02-1971", "DATE"),
        ("Sunny", "NAME"),
        ("Will", "NAME"),
    ],
)

# 19 billing statement, account number, card last four, amount near-misses
item(
    """STATEMENT OF ACCOUNT -- Valley Regional Medical Group
Statement date: 11/15/2026         Due by: 12/10/2026
Guarantor: Ifeoma Chukwu-Adams
Account #: 4418-220-9187
Patient: Chiamaka Adams (dependent)      DOB: 01/27/2014
Mailing address: 3906 Fairmount Blvd, Apt 12C, Cleveland Heights, OH 44118

Date      Description                          Charges   Ins paid   You owe
10/02     Office visit, level 3                $212.00   $161.50    $50.50
10/02     Rapid strep test                      $38.00    $38.00     $0.00
10/16     Follow-up, level 2                   $128.00    $98.00    $30.00

Total balance: $80.50. Paid by card ending in 3381 on 11/01? No payment received.
Questions: 216-555-0109, Mon-Fri 8-5. Pay online at https://pay.valleyregional.example.com""",
    [
        ("11/15/2026", "DATE"),
        ("12/10/2026", "DATE"),
        ("Ifeoma Chukwu-Adams", "NAME"),
        ("4418-220-9187", "ID"),
        ("Chiamaka Adams", "NAME"),
        ("01/27/2014", "DATE"),
        ("3906 Fairmount Blvd, Apt 12C, Cleveland Heights, OH 44118", "ADDRESS"),
        ("10/02", "DATE"),
        ("10/02", "DATE"),
        ("10/16", "DATE"),
        ("3381", "ID"),
        ("11/01", "DATE"),
        ("216-555-0109", "PHONE"),
        ("https://pay.valleyregional.example.com", "URL"),
    ],
)

# 20 no PHI: medication question with device brand and counts
item(
    """Question about my insulin pump. The Omnipod 5 alarmed twice overnight with an occlusion, and my sugar went from 145 to 310 by 6 am. I changed the pod, gave a 4 unit correction with my pen, and I'm at 248 now. Ketones are 0.6. I have 2 pods left and my next shipment isn't due for another 9 days. Should I go back to shots (Lantus 22 units) until then? I had the same thing happen in 2024 with a bad box.""",
    [],
)

# 21 forwarded email chain between family and home health agency, multiple quoted headers
item(
    """Fwd'ing below -- can the nurse on call look at this? -Grace

From: Grace Oyelaran-Brooks <grace.ob@example.net>
Sent: Wednesday, November 18, 2026 9:41 PM
To: Harborview Home Health <intake@harborviewhh.example.org>
Subject: RE: Mum's wound

Thanks Kemi. The dressing was soaked again tonight and there's a smell. Mum (Beatrice Oyelaran, 94) says it doesn't hurt but she's more sleepy. Temp 100.9 at 8pm.

-----Original Message-----
From: Kemi Adeleke, RN <kadeleke@harborviewhh.example.org>
Sent: Tuesday, November 17, 2026 3:15 PM
Subject: Mum's wound

Hi Grace, I saw your mother today at 14 Linden Terrace, Quincy. Sacral wound 3 x 2 cm, measured, photo uploaded to her chart (Harborview ID HH-220187). Next visit Thursday. My direct line is 617-555-0117.
Kemi Adeleke, RN | Harborview Home Health""",
    [
        ("Grace", "NAME"),
        ("Grace Oyelaran-Brooks", "NAME"),
        ("grace.ob@example.net", "EMAIL"),
        ("November 18, 2026", "DATE"),
        ("intake@harborviewhh.example.org", "EMAIL"),
        ("Kemi", "NAME"),
        ("Beatrice Oyelaran", "NAME"),
        ("94", "AGE"),
        ("Kemi Adeleke", "NAME"),
        ("kadeleke@harborviewhh.example.org", "EMAIL"),
        ("November 17, 2026", "DATE"),
        ("Grace", "NAME"),
        ("14 Linden Terrace, Quincy", "ADDRESS"),
        ("HH-220187", "ID"),
        ("617-555-0117", "PHONE"),
        ("Kemi Adeleke", "NAME"),
    ],
    ok=["Grace", "Kemi"],
)

# 22 prior authorization approval, policy numbers, NPI, date range
item(
    """PRIOR AUTHORIZATION DETERMINATION -- APPROVED

To: Dr. Ana Lucía Márquez Soto, Rheumatology (NPI 1902847715)     Fax: (505) 555-0161
Member: Tsosie, Darrell J.      Member ID: NMH-558120034      DOB: 06/13/1983
Policy #: 7720-00311-A      Case #: PA26-0917733
Drug: adalimumab-adbm 40 mg/0.4 mL, 2 pens per 28 days
Approved period: 11/21/2026 through 05/20/2027

The member may fill at any network specialty pharmacy. Questions: Pharmacy Services 1-866-555-0137, option 3.""",
    [
        ("Ana Lucía Márquez Soto", "NAME"),
        ("1902847715", "ID"),
        ("(505) 555-0161", "PHONE"),
        ("Tsosie, Darrell J.", "NAME"),
        ("NMH-558120034", "ID"),
        ("06/13/1983", "DATE"),
        ("7720-00311-A", "ID"),
        ("PA26-0917733", "ID"),
        ("11/21/2026", "DATE"),
        ("05/20/2027", "DATE"),
        ("1-866-555-0137", "PHONE"),
    ],
)

# 23 portal message, Korean name, possessive, age under 90
item(
    """Hello, my mother Kim Soon-ja has appointment with Dr. Park on Friday but her left eye is red and painful since last night and she says lights look like halos. she is 78 and has glaucoma, uses latanoprost 1 drop at night. Dr. Park's office said to message here. I am her son Daniel Kim, 201-555-0184. Her chart number is K0098213.""",
    [
        ("Kim Soon-ja", "NAME"),
        ("Park", "NAME"),
        ("Park", "NAME"),
        ("Daniel Kim", "NAME"),
        ("201-555-0184", "PHONE"),
        ("K0098213", "MRN"),
    ],
)

# 24 school note, doses and temperatures as near-misses
item(
    """To the school nurse: Mateo Ruiz-Sandoval (DOB 02/14/2018) had strep throat, diagnosed Monday with a positive rapid test. Started amoxicillin 875 mg twice a day for 10 days. Fever broke after 24 hours (max 102.6 F). Okay to return to class after 24 hours on antibiotics and fever-free without Tylenol or Motrin. No PE for 3 days. Please have him drink fluids and use the nurse's office for doses if needed. Our clinic follows the state health department guidance for Ohio schools.""",
    [
        ("Mateo Ruiz-Sandoval", "NAME"),
        ("02/14/2018", "DATE"),
    ],
)

# 25 caregiver update, many family members and clinicians, Hindi/Punjabi names, dates in words
item(
    """Family update, Sunday night

Papa (Gurdev Singh Dhillon) had his cardiac cath on the 12th with Dr. Farah Qureshi. One stent in the LAD. He came home on the fourteenth and is doing well, walks to the mailbox and back. Harpreet is handling the meds: clopidogrel 75 mg, aspirin 81 mg, atorvastatin 80 mg. Jaspreet bhabhi takes him to cardiac rehab Mon/Wed/Fri at 9.

Dr. Qureshi's PA, Tom O'Leary, wants a lipid panel in 6 weeks and said call 559-555-0112 if chest pain comes back. Cousin Manpreet from Fresno offered to stay the week of November 30th.

Sat Sri Akal,
Navdeep""",
    [
        ("Gurdev Singh Dhillon", "NAME"),
        ("12th", "DATE"),
        ("Farah Qureshi", "NAME"),
        ("fourteenth", "DATE"),
        ("Harpreet", "NAME"),
        ("Jaspreet", "NAME"),
        ("Qureshi", "NAME"),
        ("Tom O'Leary", "NAME"),
        ("559-555-0112", "PHONE"),
        ("Manpreet", "NAME"),
        ("Fresno", "ADDRESS"),
        ("November 30th", "DATE"),
        ("Navdeep", "NAME"),
    ],
)

# 26 discharge letter to GP, UK-style, NHS number, postcode
item(
    """Dear Dr McCarthy,

Re: Mrs Eileen Fitzgerald-Doyle, DOB 22/07/1935, NHS No. 485 777 3456, Hosp No. K2210457
Address: 9 Glebe Road, Cheltenham GL52 6QT

Admitted 08/11/2026 with a fall and right neck of femur fracture; hemiarthroplasty 09/11/2026. Discharged 19/11/2026 to her daughter Mairead's house (Flat 3, 41 Prestbury Road, Cheltenham GL52 2BY, tel 01242 555 019). She is 91 and mobilising with a frame, 20 metres. Please review bloods (Hb 98 g/L, eGFR 41) in one week and continue edoxaban 30 mg once daily for 4 weeks.

Yours sincerely,
Dr Ravi Chandrasekhar, Orthogeriatrics Registrar
Bleep 4417""",
    [
        ("McCarthy", "NAME"),
        ("Eileen Fitzgerald-Doyle", "NAME"),
        ("22/07/1935", "DATE"),
        ("485 777 3456", "ID"),
        ("K2210457", "MRN"),
        ("9 Glebe Road, Cheltenham GL52 6QT", "ADDRESS"),
        ("08/11/2026", "DATE"),
        ("09/11/2026", "DATE"),
        ("19/11/2026", "DATE"),
        ("Mairead", "NAME"),
        ("Flat 3, 41 Prestbury Road, Cheltenham GL52 2BY", "ADDRESS"),
        ("01242 555 019", "PHONE"),
        ("91", "AGE"),
        ("Ravi Chandrasekhar", "NAME"),
        ("4417", "PHONE"),
    ],
)

# 27 short portal message, name that is a word (Rose, Bill), billing near-miss
item(
    """hi this is Rose Bill's wife, sorry I mean Rose Hartley, Bill Hartley's wife. Bill got a bill for $1,240 from the ER visit on 10/31 but the insurance said it was covered?? Also his blood pressure rose again this week, 158/94. He's out of amlodipine. Can Dr. Mark Levin send a refill to the Walgreens on Route 9? thx""",
    [
        ("Rose", "NAME"),
        ("Bill", "NAME"),
        ("Rose Hartley", "NAME"),
        ("Bill Hartley", "NAME"),
        ("Bill", "NAME"),
        ("10/31", "DATE"),
        ("Mark Levin", "NAME"),
        ("Route 9", "ADDRESS"),
    ],
    ok=["Bill", "Rose"],
)

# 28 pharmacy transfer notice, DEA number, prescription numbers, extension
item(
    """PRESCRIPTION TRANSFER CONFIRMATION
From: GoodHealth Pharmacy, 455 Ridge Rd, Buffalo, NY 14218, ph 716-555-0165
To: Lakeside Apothecary, fax 716-555-0166

Patient: Aleksandra Dąbrowska-Lee      DOB: 2/28/1990
Phone: 716-555-0104
Rx 3380912  levothyroxine 75 mcg #90, 2 refills left
Rx 3380913  escitalopram 10 mg #30, 5 refills left
Original prescriber: Kevin Tran, NP, DEA MT4412876
Transferred by: Jolene Birch, PharmD, on 11/20/2026 at 3:10 PM
Pharmacist callback: 716-555-0165 ext 22""",
    [
        ("455 Ridge Rd, Buffalo, NY 14218", "ADDRESS"),
        ("716-555-0165", "PHONE"),
        ("716-555-0166", "PHONE"),
        ("Aleksandra Dąbrowska-Lee", "NAME"),
        ("2/28/1990", "DATE"),
        ("716-555-0104", "PHONE"),
        ("3380912", "ID"),
        ("3380913", "ID"),
        ("Kevin Tran", "NAME"),
        ("MT4412876", "ID"),
        ("Jolene Birch", "NAME"),
        ("11/20/2026", "DATE"),
        ("716-555-0165 ext 22", "PHONE"),
    ],
)

# 29 device recall letter, serial number, implant date
item(
    """IMPORTANT MEDICAL DEVICE ADVISORY

November 16, 2026

Dear Mr. Oduya,

Our records show you have a Pulsara DR implantable pacemaker, model PD-210, serial number PSR4471902K, implanted on 03/08/2022 at St. Luke's Heart Institute by Dr. Helena Voss. A small number of these devices may lose battery faster than expected. Your device was last checked remotely on 10/30/2026 and the battery reads 7.8 years remaining, which is normal.

You do not need surgery. Please keep your remote monitor (transmitter SN TX-0098827) plugged in by your bed. If you feel dizzy or faint, call 911.

Device Support: 1-800-555-0124
Patient: Samuel K. Oduya, 2718 Cedar Hollow Rd, Macon, GA 31204""",
    [
        ("November 16, 2026", "DATE"),
        ("Oduya", "NAME"),
        ("PSR4471902K", "ID"),
        ("03/08/2022", "DATE"),
        ("Helena Voss", "NAME"),
        ("10/30/2026", "DATE"),
        ("TX-0098827", "ID"),
        ("1-800-555-0124", "PHONE"),
        ("Samuel K. Oduya", "NAME"),
        ("2718 Cedar Hollow Rd, Macon, GA 31204", "ADDRESS"),
    ],
)

# 30 no PHI: SMS-like symptom log with times, weekdays, counts
item(
    """Symptom log I kept on my phone, copying here:
Mon - 3 loose stools, cramps 5/10
Tue - 6 loose stools, one with a little blood, temp 99.8
Wed - 8 stools, up twice at night, HR 104 lying down
Thu (today) - 7 so far by 2 pm, dizzy standing up
I started the Keytruda cycles in 2025 and my oncologist said to report this. Drinking Pedialyte, 2 bottles a day. Should I come in?""",
    [],
    ok=["5/10"],
)

# 31 referral email from outside clinic with signature block, mobile, URL, pager
item(
    """Subject: Referral - Tamar Ben-David, 34F, new-onset seizure
Date: Thu, 19 Nov 2026 16:22:05 -0800
From: Yaakov Rosenthal <y.rosenthal@coastneuro.example.com>
To: neuro-intake@baymed.example.org

Colleagues,

Referring Tamar Ben-David (DOB 1992-08-30, our MRN CN-77120) for first unprovoked generalized seizure on 11/15 at work. MRI brain 11/17 unremarkable, EEG pending. Started levetiracetam 500 mg BID. Counselled on no driving for 6 months per California rules. Her husband Eitan (cell 415-555-0191) witnessed the event.

Best,
Yaakov Rosenthal, MD
Coast Neurology Associates | 1100 Van Ness Ave, Ste 610, San Francisco, CA 94109
o: 415-555-0120 | pager: 415-555-0199 | www.coastneuro.example.com""",
    [
        ("Tamar Ben-David", "NAME"),
        ("19 Nov 2026", "DATE"),
        ("Yaakov Rosenthal", "NAME"),
        ("y.rosenthal@coastneuro.example.com", "EMAIL"),
        ("neuro-intake@baymed.example.org", "EMAIL"),
        ("Tamar Ben-David", "NAME"),
        ("1992-08-30", "DATE"),
        ("CN-77120", "MRN"),
        ("11/15", "DATE"),
        ("11/17", "DATE"),
        ("Eitan", "NAME"),
        ("415-555-0191", "PHONE"),
        ("Yaakov Rosenthal", "NAME"),
        ("1100 Van Ness Ave, Ste 610, San Francisco, CA 94109", "ADDRESS"),
        ("415-555-0120", "PHONE"),
        ("415-555-0199", "PHONE"),
        ("www.coastneuro.example.com", "URL"),
    ],
)

# 32 return-to-work note, name that is a word (Dawn, Major), date range in words
item(
    """WORK STATUS REPORT

Employee: Dawn Major-Ellison
Employer claim number: WC-2026-118804
Date of injury: September 3, 2026
Date of exam: Friday, November 20, 2026

The employee was seen today for follow-up of a lumbar strain. She may return to modified duty from November 23 to December 18: no lifting over 20 lb, sit/stand as needed, no ladder work. Full duty expected after re-check. Dawn reports pain 3/10, down from 7/10.

Examining provider: Marcus Bell, DPT, for Dr. Sunita Kapoor
Clinic phone 602-555-0132""",
    [
        ("Dawn Major-Ellison", "NAME"),
        ("WC-2026-118804", "ID"),
        ("September 3, 2026", "DATE"),
        ("November 20, 2026", "DATE"),
        ("November 23", "DATE"),
        ("December 18", "DATE"),
        ("Dawn", "NAME"),
        ("Marcus Bell", "NAME"),
        ("Sunita Kapoor", "NAME"),
        ("602-555-0132", "PHONE"),
    ],
    ok=["3/10", "7/10"],
)

# 33 portal message from adult child, Filipino names, ages over 89 as decade
item(
    """Good morning po. I am writing for my lola, Corazon Dimaculangan-Reyes, she's in her late 90s now and lives with us in Daly City. Since Saturday she won't eat, only sips of water, and she's sleeping most of the day. Her last visit was with Dr. Bautista on Oct 2. She had UTI before that made her like this. My name is Maricel Reyes, you can text me 650-555-0179. Salamat po.""",
    [
        ("Corazon Dimaculangan-Reyes", "NAME"),
        ("90s", "AGE"),
        ("Daly City", "ADDRESS"),
        ("Bautista", "NAME"),
        ("Oct 2", "DATE"),
        ("Maricel Reyes", "NAME"),
        ("650-555-0179", "PHONE"),
    ],
)

# 34 no PHI: generic insurance explanation wording with numbers
item(
    """I got an explanation of benefits and I don't understand it. It says billed $3,412.00, allowed $1,188.40, plan paid $950.72, my share $237.68, and remark code N130. The service was a colonoscopy and the polyp was removed so it became diagnostic. My plan is a Bronze HSA through the Marketplace and I already met $1,500 of my $4,000 deductible this year. Is that right? Nobody at the front desk could explain it.""",
    [],
)

# 35 SMS from a care coordinator, Somali names, address in Minneapolis
item(
    """Copied from text messages with the care coordinator:

Coordinator (Hodan Warsame): Hi Abdirahman, reminder that your mother Faadumo Hassan Abdi has her dialysis transport pickup at 5:45am tomorrow 11/21 from 2435 Cedar Ave S Apt 308, Minneapolis MN 55404. Driver will call 612-555-0114.
Abdirahman: thank you. her leg is swollen more since yesterday is that ok for dialysis
Coordinator (Hodan Warsame): please call the unit nurse Kelly at 612-555-0126 tonight
Abdirahman: ok I left message. Her ID for transport was MTX-40912?
Coordinator (Hodan Warsame): yes""",
    [
        ("Hodan Warsame", "NAME"),
        ("Abdirahman", "NAME"),
        ("Faadumo Hassan Abdi", "NAME"),
        ("11/21", "DATE"),
        ("2435 Cedar Ave S Apt 308, Minneapolis MN 55404", "ADDRESS"),
        ("612-555-0114", "PHONE"),
        ("Abdirahman", "NAME"),
        ("Hodan Warsame", "NAME"),
        ("Kelly", "NAME"),
        ("612-555-0126", "PHONE"),
        ("Abdirahman", "NAME"),
        ("MTX-40912", "ID"),
        ("Hodan Warsame", "NAME"),
    ],
)

# 36 lab result letter, SSN last four, masked SSN
item(
    """LABORATORY RESULTS NOTIFICATION

Patient: Jean-Baptiste N'Diaye
SSN (last 4): 4417           Alt ID: XXX-XX-9023 (spouse)
Collected: 11/13/2026 07:05      Reported: 11/14/2026
Ordering: Dr. Fatou Sarr

HbA1c 8.9% (H). Fasting glucose 171 mg/dL (H). LDL 142 mg/dL (H). Creatinine 1.1 mg/dL.

Mr. N'Diaye, your results were reviewed by Dr. Sarr. Please schedule a diabetes follow-up within 2 weeks. Questions: 504-555-0153.""",
    [
        ("Jean-Baptiste N'Diaye", "NAME"),
        ("4417", "SSN"),
        ("XXX-XX-9023", "SSN"),
        ("11/13/2026", "DATE"),
        ("11/14/2026", "DATE"),
        ("Fatou Sarr", "NAME"),
        ("N'Diaye", "NAME"),
        ("Sarr", "NAME"),
        ("504-555-0153", "PHONE"),
    ],
    ok=["N'Diaye", "Sarr"],
)

# 37 appeal letter written by patient, long, with multiple IDs and dates
item(
    """November 21, 2026

To: Appeals Department, Keystone Benefit Administrators
Re: Appeal of denial, claim 88120-4471-03, member Oleksandr Melnyk, ID KBA-4471029

To whom it may concern,

I am writing to appeal the denial of my sleep study (polysomnography) performed on August 14, 2026 at Lehigh Sleep Center. My physician, Dr. Irina Sokolova, ordered it after I fell asleep driving twice and my Epworth score was 17. Your letter dated 10/05/26 says it was "not medically necessary."

I attach Dr. Sokolova's letter of medical necessity and the study report showing AHI 38 with oxygen down to 81%. I now use a ResMed AirSense 11 CPAP (serial 23183920471) nightly.

Please contact me at 610-555-0186 or oleks.melnyk@example.com, or by mail at 1207 Linden St, Allentown, PA 18102.

Sincerely,
Oleksandr Melnyk""",
    [
        ("November 21, 2026", "DATE"),
        ("88120-4471-03", "ID"),
        ("Oleksandr Melnyk", "NAME"),
        ("KBA-4471029", "ID"),
        ("August 14, 2026", "DATE"),
        ("Irina Sokolova", "NAME"),
        ("10/05/26", "DATE"),
        ("Sokolova", "NAME"),
        ("23183920471", "ID"),
        ("610-555-0186", "PHONE"),
        ("oleks.melnyk@example.com", "EMAIL"),
        ("1207 Linden St, Allentown, PA 18102", "ADDRESS"),
        ("Oleksandr Melnyk", "NAME"),
    ],
)

# 38 ordinary portal message, short, Irish Mc name with apostrophe name in email
item(
    """Hi Nurse Kathleen, it's Brendan McGuinness-Ortiz. The incision from Dr. O'Donoghue's surgery on the 6th is a little red at the bottom and weeping clear fluid. No fever, 98.9 this morning. Should I send a picture? My email on file is old, please use brendan.mcg@example.com.""",
    [
        ("Kathleen", "NAME"),
        ("Brendan McGuinness-Ortiz", "NAME"),
        ("O'Donoghue", "NAME"),
        ("6th", "DATE"),
        ("brendan.mcg@example.com", "EMAIL"),
    ],
)

# 39 no PHI: pharmacy counselling text
item(
    """PATIENT INFORMATION: Warfarin (Coumadin, Jantoven)
Take exactly as prescribed, at the same time each day. Your dose may change based on INR results; a typical target INR is 2.0 to 3.0. Keep vitamin K intake steady (about 1 to 2 servings of leafy greens a day). Do not start aspirin, ibuprofen (Advil, Motrin) or naproxen (Aleve) without asking. Seek care for black stools, vomiting blood, or a severe headache. Store at 68-77 F. Tablets: 1 mg pink, 2 mg lavender, 5 mg peach.""",
    [],
)

# 40 caregiver update from hospice, ages over 89, multiple clinicians and relatives
item(
    """Hospice visit note shared with the family (copied into this message by Siddharth):

Visit 11/19/2026, RN Beata Kowalczyk. Patient Mrs. Kamala Devi Krishnan, 96, comfortable, RR 18, mild mottling of knees. Son Siddharth and granddaughter Ananya present; son Arvind (in Singapore, +65 9123 4567) joined by video. Chaplain Fr. Joseph Thottam visited. Morphine oral solution 5 mg q2h PRN used 3 times in 24 h. Plan: continue comfort care, Dr. Elaine Whitcomb aware. On-call hospice line 919-555-0102.

We just want to know if we should call Arvind to fly back now.""",
    [
        ("Siddharth", "NAME"),
        ("11/19/2026", "DATE"),
        ("Beata Kowalczyk", "NAME"),
        ("Kamala Devi Krishnan", "NAME"),
        ("96", "AGE"),
        ("Siddharth", "NAME"),
        ("Ananya", "NAME"),
        ("Arvind", "NAME"),
        ("+65 9123 4567", "PHONE"),
        ("Joseph Thottam", "NAME"),
        ("Elaine Whitcomb", "NAME"),
        ("919-555-0102", "PHONE"),
        ("Arvind", "NAME"),
    ],
)

# 41 forwarded thread from a patient to her new clinic, multiple forwards, Brazilian names
item(
    """Begin forwarded message:

> From: "Clínica São Lucas" <atendimento@saolucas.example.com.br>
> Date: 14 de novembro de 2026 10:02:11 BRT
> To: Luana Carvalho dos Santos <luana.cds@example.com>
> Subject: Resultado de exame
>
> Prezada Luana, segue o resultado da sua ultrassonografia de tireoide realizada em 05/11/2026: nódulo de 1,8 cm, TI-RADS 4. Dr. Rafael Albuquerque recomenda punção. Telefone: +55 11 3555-0148.

Hi, I moved from São Paulo to Newark in October and I'm a new patient (MRN 3318820). This is the result from Brazil. Dr. Albuquerque said I need a biopsy. Can I get a referral to endocrine? My US number is 973-555-0107. Thank you, Luana""",
    [
        ("atendimento@saolucas.example.com.br", "EMAIL"),
        ("14 de novembro de 2026", "DATE"),
        ("Luana Carvalho dos Santos", "NAME"),
        ("luana.cds@example.com", "EMAIL"),
        ("Luana", "NAME"),
        ("05/11/2026", "DATE"),
        ("Rafael Albuquerque", "NAME"),
        ("+55 11 3555-0148", "PHONE"),
        ("São Paulo", "ADDRESS"),
        ("Newark", "ADDRESS"),
        ("October", "DATE"),
        ("3318820", "MRN"),
        ("Albuquerque", "NAME"),
        ("973-555-0107", "PHONE"),
        ("Luana", "NAME"),
    ],
    ok=["Luana", "Albuquerque"],
)

# 42 school absence / sports clearance form with parent and coach
item(
    """PRE-PARTICIPATION PHYSICAL EVALUATION -- CLEARANCE FORM

Name: Tevita Fifita Jr.      Sex: M      Age: 15      Date of birth: 4/11/2011
Grade: 10      School: Kealakehe High School      Sport(s): football, track
Parent: Mele Fifita      Phone: 808-555-0138
Coach: Kainoa Akana

[X] Medically eligible for all sports without restriction
Notes: murmur evaluated by Dr. Leilani Kahananui (cardiology) 7/2025, echo normal. BP 118/72, HR 64, Ht 183 cm, Wt 88 kg.

Examiner: Chris Nakamura, MD      Date: 11/12/2026
Office: 74-5620 Palani Rd, Kailua-Kona, HI 96740""",
    [
        ("Tevita Fifita Jr.", "NAME"),
        ("4/11/2011", "DATE"),
        ("Mele Fifita", "NAME"),
        ("808-555-0138", "PHONE"),
        ("Kainoa Akana", "NAME"),
        ("Leilani Kahananui", "NAME"),
        ("7/2025", "DATE"),
        ("Chris Nakamura", "NAME"),
        ("11/12/2026", "DATE"),
        ("74-5620 Palani Rd, Kailua-Kona, HI 96740", "ADDRESS"),
    ],
)

# 43 short portal message, Chinese name order, date ordinal
item(
    """Dear Dr. Liang, my father Zhang Wei (张伟) has had black stools since Nov 19th and feels weak. He takes aspirin 81 and also a Chinese herb tea. His BP at home was 102/60 and pulse 110. I am his daughter Zhang Meiling. We live in Flushing. Phone 718-555-0150. Thank you.""",
    [
        ("Liang", "NAME"),
        ("Zhang Wei", "NAME"),
        ("张伟", "NAME"),
        ("Nov 19th", "DATE"),
        ("Zhang Meiling", "NAME"),
        ("Flushing", "ADDRESS"),
        ("718-555-0150", "PHONE"),
    ],
)

# 44 voicemail from a pharmacy to clinic, NPI/prescription, callback with extension
item(
    """Voicemail (transcribed) left on the refill line, 11/20/2026 11:07 AM:

"Hi, this is Priyamvada from Oak Street Pharmacy, calling for Dr. Ochoa about a patient Esperanza Ibarra Cruz, birthdate six fifteen sixty-two. We got a script for hydrocodone-acetaminophen 5/325, quantity 60, but the DEA number on it doesn't match -- it says FO1234563. Can someone call us back at 956-555-0171 extension 4 and give a verbal? Her prescription number is 0884217. Thanks.\"""",
    [
        ("11/20/2026", "DATE"),
        ("Priyamvada", "NAME"),
        ("Ochoa", "NAME"),
        ("Esperanza Ibarra Cruz", "NAME"),
        ("six fifteen sixty-two", "DATE"),
        ("FO1234563", "ID"),
        ("956-555-0171 extension 4", "PHONE"),
        ("0884217", "ID"),
    ],
    ok=["5/325"],
)

# 45 post-op question, counts and weekdays, signature with MRN
item(
    """It's day 5 after my gallbladder surgery. I have 4 small incisions, the one at the belly button is more sore than the rest and a bit bruised. I'm taking acetaminophen 1,000 mg every 8 hours and only needed 2 of the oxycodone 5 mg since Sunday. Temp 99.3 F. Bowels moved once yesterday with MiraLAX. Is it normal to still have right shoulder pain? I go back to work Monday, desk job, 8 hour shifts.

-- Bronwyn Tallis-Reece, MRN 4410982""",
    [("Bronwyn Tallis-Reece", "NAME"), ("4410982", "MRN")],
)

# 46 caregiver note naming many clinicians, names that are words (Faith, Grant, Ivy)
item(
    """From Faith (Mom's caregiver this week):

Mom's appointments got shuffled. Dr. Grant Whitfield (neurology) moved her to 12/03 at 1:15. The speech therapist, Ivy Chen, comes Tuesdays. Dr. Patel wants the carbidopa-levodopa 25/100 changed to 1.5 tabs 4 times a day starting tomorrow. She fell once on Friday, no injury, and her walker rental (Medline, rental agreement R-558102) needs renewing. My number if the nurse wants to talk: 480-555-0145. We had faith the new dose would help, but her tremor is worse.""",
    [
        ("Faith", "NAME"),
        ("Grant Whitfield", "NAME"),
        ("12/03", "DATE"),
        ("Ivy Chen", "NAME"),
        ("Patel", "NAME"),
        ("R-558102", "ID"),
        ("480-555-0145", "PHONE"),
    ],
    ok=["25/100"],
)

# 47 hospital ED after-visit summary header, encounter number, visit date with time
item(
    """AFTER VISIT SUMMARY
Mercy General Emergency Department
3300 Ocean Blvd, Long Beach, CA 90803

Name: Rashida Thompson-Okoye     MRN: 00937721     CSN: 240011872233
Visit date: 11/22/2026 02:14      Age: 41 y
Attending: Jason Meyerhoff, MD      Nurse: Bree Santangelo, RN

Diagnosis: migraine without aura. Treated with IV fluids, metoclopramide 10 mg, diphenhydramine 25 mg, ketorolac 15 mg. Pain 9/10 -> 2/10.

Follow up with your primary doctor, Dr. Anjali Varma, within 1 week: 562-555-0189.""",
    [
        ("3300 Ocean Blvd, Long Beach, CA 90803", "ADDRESS"),
        ("Rashida Thompson-Okoye", "NAME"),
        ("00937721", "MRN"),
        ("240011872233", "ID"),
        ("11/22/2026", "DATE"),
        ("Jason Meyerhoff", "NAME"),
        ("Bree Santangelo", "NAME"),
        ("Anjali Varma", "NAME"),
        ("562-555-0189", "PHONE"),
    ],
    ok=["9/10", "2/10"],
)

# 48 portal message, Turkish name, dates ISO and weekday
item(
    """Merhaba. I am Ayşe Yılmaz-Demir. I had my second Shingrix shot on 2026-11-20 at the Eastside clinic and since then my arm is hot and swollen, about 10 cm, and I have chills. Today is Sunday, is this normal or do I need to be seen? My husband Mehmet can drive me. Phone 313-555-0119.""",
    [
        ("Ayşe Yılmaz-Demir", "NAME"),
        ("2026-11-20", "DATE"),
        ("Mehmet", "NAME"),
        ("313-555-0119", "PHONE"),
    ],
)

# 49 insurance coordination of benefits letter with subscriber and dependent
item(
    """COORDINATION OF BENEFITS QUESTIONNAIRE -- response required

Subscriber: Dmitri A. Volkov       Subscriber ID: BCX 889 214 770
Dependent: Anastasia Volkova       Relationship: child       DOB: 12/24/2009
Other coverage: Yes -- through mother, Natalia Petrova-Volkova, employer plan Aetna, policy W4419920
Mother's DOB: 3 June 1978

Please return by 12/31/2026 to P.O. Box 14079, Lexington, KY 40512, or fax (859) 555-0170. If we do not hear from you, claims for Anastasia after that date may be denied.""",
    [
        ("Dmitri A. Volkov", "NAME"),
        ("BCX 889 214 770", "ID"),
        ("Anastasia Volkova", "NAME"),
        ("12/24/2009", "DATE"),
        ("Natalia Petrova-Volkova", "NAME"),
        ("W4419920", "ID"),
        ("3 June 1978", "DATE"),
        ("12/31/2026", "DATE"),
        ("P.O. Box 14079, Lexington, KY 40512", "ADDRESS"),
        ("(859) 555-0170", "PHONE"),
        ("Anastasia", "NAME"),
    ],
)

# 50 no PHI: device/brand near-misses and bare years
item(
    """My CPAP (AirSense 10) has been leaking through the mask since I switched to the AirFit F20 size medium. The app says AHI 9.4 last night and leak 36 L/min. I've used it since 2021 and never had this. I'm in Arizona and the dry air might be part of it. Humidity is on 6. Should I try the nasal pillows or get refitted?""",
    [],
)

# 51 long referral letter, oncology, many identifiers, Greek and Lebanese names
item(
    """ATHENS FAMILY ONCOLOGY
810 Prince Ave, Athens, GA 30606 | Phone 706-555-0111 | Fax 706-555-0112

Date: November 20, 2026

To: Dr. Nadim Khoury, Thoracic Surgery, Emory Saint Joseph's
Fax: 404-555-0140

Re: Konstantinos "Gus" Papadopoulos
DOB: 10/01/1953      Our MRN: AFO-22871      Medicare MBI: 1EG4-TE5-MK72

Dear Nadim,

I'd be grateful if you would see Gus, a 73-year-old retired high-school teacher and former smoker (45 pack-years, quit 2011), with a 2.4 cm spiculated RUL nodule on CT of 10/27/2026; PET 11/10/2026 SUV 6.8, no nodal uptake. PFTs: FEV1 71% predicted, DLCO 64%. He lives with his wife Eleni in Watkinsville and their son Alexandros (Alex) is the contact for scheduling: 706-555-0187, alex.papadopoulos@example.net.

With thanks,
Maria Theodorakis, MD, Medical Oncology""",
    [
        ("810 Prince Ave, Athens, GA 30606", "ADDRESS"),
        ("706-555-0111", "PHONE"),
        ("706-555-0112", "PHONE"),
        ("November 20, 2026", "DATE"),
        ("Nadim Khoury", "NAME"),
        ("404-555-0140", "PHONE"),
        ('Konstantinos "Gus" Papadopoulos', "NAME"),
        ("10/01/1953", "DATE"),
        ("AFO-22871", "MRN"),
        ("1EG4-TE5-MK72", "ID"),
        ("Nadim", "NAME"),
        ("Gus", "NAME"),
        ("10/27/2026", "DATE"),
        ("11/10/2026", "DATE"),
        ("Eleni", "NAME"),
        ("Watkinsville", "ADDRESS"),
        ("Alexandros", "NAME"),
        ("Alex", "NAME"),
        ("706-555-0187", "PHONE"),
        ("alex.papadopoulos@example.net", "EMAIL"),
        ("Maria Theodorakis", "NAME"),
    ],
    ok=["Nadim", "Gus"],
)

# 52 SMS thread between patient and partner pasted, relative dates (not PHI) plus one real date
item(
    """pasting our texts so you can see the timeline:

Jordan: babe ur lips look swollen in this pic??
Me: yeah since like an hour after the new lisinopril. tongue feels thick
Jordan: thats not normal. call the dr
Me: its sunday tho. appt w dr Nwachukwu is tmrw
Jordan: no call now or im driving u to ER. last time w the shellfish u ended up in Kaiser on 7/4 remember
Me: ok ok

this is Skyler Brennan-Moss, DOB 01/09/1987. throat feels tight now""",
    [
        ("Jordan", "NAME"),
        ("Jordan", "NAME"),
        ("Nwachukwu", "NAME"),
        ("Jordan", "NAME"),
        ("7/4", "DATE"),
        ("Skyler Brennan-Moss", "NAME"),
        ("01/09/1987", "DATE"),
    ],
)

# 53 work accommodation letter, Ethiopian names
item(
    """To Whom It May Concern (Human Resources, Alamo Regional Transit):

This letter concerns my patient, Tigist Bekele Haile (employee no. 004417, DOB 15 Feb 1985), who has been under my care since March 2024 for type 1 diabetes. She uses an insulin pump and continuous glucose monitor. She requires short breaks to check glucose and treat lows, and must be allowed to keep glucose tablets and her phone at the driver's station. These accommodations are medically necessary.

Please contact my office with questions.

Dawit Alemayehu, MD
Endocrinology, 4410 Medical Dr, Suite 220, San Antonio, TX 78229
(210) 555-0108""",
    [
        ("Tigist Bekele Haile", "NAME"),
        ("004417", "ID"),
        ("15 Feb 1985", "DATE"),
        ("March 2024", "DATE"),
        ("Dawit Alemayehu", "NAME"),
        ("4410 Medical Dr, Suite 220, San Antonio, TX 78229", "ADDRESS"),
        ("(210) 555-0108", "PHONE"),
    ],
)

# 54 short portal message with email signature from phone
item(
    """Is it ok to take Paxlovid with my rosuvastatin 20? Tested positive this morning. 

Kofi Asante-Boateng
kofi.ab@example.com | 404.555.0103
Sent from my iPhone""",
    [
        ("Kofi Asante-Boateng", "NAME"),
        ("kofi.ab@example.com", "EMAIL"),
        ("404.555.0103", "PHONE"),
    ],
)

# 55 no PHI: pediatric dosing question (age > 3), weights, counts
item(
    """My son is 6 and weighs 44 lb. The pediatrician said children's ibuprofen 100 mg/5 mL, 10 mL every 6 to 8 hours. He has had 3 doses today, last one at 2 pm, and his fever is still 102.2. Can I alternate with Tylenol 160 mg/5 mL and how much? He's drinking ok and peed 4 times since morning.""",
    [],
)

# 56 remote monitoring alert email with device serial and IP-like gateway
item(
    """From: alerts@cardiolink-remote.example.com
To: ep-nurses@stmarysheart.example.org
Date: Sat, 21 Nov 2026 03:47:19 +0000
Subject: [RED ALERT] AF burden > 6h -- patient Ahmed El-Sayed

Patient: Ahmed El-Sayed (DOB 1948-02-17)
Clinic patient ID: SMH-EP-00412
Device: ICD, model Vantage DR-X, serial VDX900221451
Transmitter: Home Monitor HM-3, gateway 192.168.1.44, last sync 21-Nov-2026 03:40 UTC
Event: atrial fibrillation, burden 7 h 12 min, max V rate 148 bpm
Follow-up physician: Dr. Hana Mansour

View: https://clinic.cardiolink-remote.example.com/p/SMH-EP-00412/events/771""",
    [
        ("alerts@cardiolink-remote.example.com", "EMAIL"),
        ("ep-nurses@stmarysheart.example.org", "EMAIL"),
        ("21 Nov 2026", "DATE"),
        ("Ahmed El-Sayed", "NAME"),
        ("Ahmed El-Sayed", "NAME"),
        ("1948-02-17", "DATE"),
        ("SMH-EP-00412", "ID"),
        ("VDX900221451", "ID"),
        ("192.168.1.44", "URL"),
        ("21-Nov-2026", "DATE"),
        ("Hana Mansour", "NAME"),
        ("https://clinic.cardiolink-remote.example.com/p/SMH-EP-00412/events/771", "URL"),
    ],
)

# 57 portal message with a name that is a word (Summer, Chase), and a city that is a word
item(
    """Hi, it's Summer Chase. My daughter Autumn (DOB 06/30/2019) has had ear pain since last night and pulled at her ear all through the summer camp pickup today. Temp 101.8. We're staying at my mom's in Hope, Arkansas until the 28th. Can Dr. Okafor call in something to a pharmacy there or do we need to find urgent care? 501-555-0121""",
    [
        ("Summer Chase", "NAME"),
        ("Autumn", "NAME"),
        ("06/30/2019", "DATE"),
        ("Hope", "ADDRESS"),
        ("28th", "DATE"),
        ("Okafor", "NAME"),
        ("501-555-0121", "PHONE"),
    ],
)

# 58 discharge medication reconciliation with pharmacy, two prescription numbers, fax
item(
    """MEDICATION RECONCILIATION AT DISCHARGE -- faxed to pharmacy

To: Rite Way Pharmacy, fax 330-555-0158, attn: pharmacist on duty
From: Nurse navigator Shauna McDermott, RN, ext. 6620
Patient: Walter J. Brzezinski      DOB: 11-11-1931      MRN: 00-4471-228
Age: 95

STOP: metoprolol tartrate 25 mg (Rx 7719025)
START: metoprolol succinate ER 50 mg once daily
CHANGE: furosemide 20 mg -> 40 mg daily (Rx 7719031, please update)
CONTINUE: apixaban 2.5 mg twice daily, tamsulosin 0.4 mg nightly

Daughter/caregiver: Dorota Brzezinski-Hall, 330-555-0172, will pick up today.""",
    [
        ("330-555-0158", "PHONE"),
        ("Shauna McDermott", "NAME"),
        ("6620", "PHONE"),
        ("Walter J. Brzezinski", "NAME"),
        ("11-11-1931", "DATE"),
        ("00-4471-228", "MRN"),
        ("95", "AGE"),
        ("7719025", "ID"),
        ("7719031", "ID"),
        ("Dorota Brzezinski-Hall", "NAME"),
        ("330-555-0172", "PHONE"),
    ],
)

# 59 portal message in Spanish and English mix
item(
    """Buenas tardes, soy Guadalupe Hernández Treviño, paciente de la Dra. Solís. Mi presión está en 171/103 desde ayer y me duele la cabeza. Tomo losartán 50 mg. Vivo en 512 Calle Sol, Laredo, TX 78040. Mi número es 956-555-0133. My son Jesús translated. thank you""",
    [
        ("Guadalupe Hernández Treviño", "NAME"),
        ("Solís", "NAME"),
        ("512 Calle Sol, Laredo, TX 78040", "ADDRESS"),
        ("956-555-0133", "PHONE"),
        ("Jesús", "NAME"),
    ],
)

# 60 no PHI: weekday schedule and counts from a care home
item(
    """Care home question: one of our residents on the second floor has had 3 falls in 10 days, all between 2 and 4 am. Orthostatic BPs: lying 132/78, standing 104/66 with HR 96. She takes tamsulosin 0.4 mg, trazodone 50 mg, and donepezil 10 mg. Physio comes Wednesdays. Our facility is in Vermont and our policy needs a clinician to sign off on bed alarms. What should we ask the prescriber to review?""",
    [],
)

# 61 Outlook-style forwarded thread: specialist office -> PCP -> triage, with disclaimers
item(
    """From: Mwangi, Njeri (Cardiology) <Njeri.Mwangi@lakesidehealth.example.org>
Sent: Friday, November 20, 2026 5:03 PM
To: Triage Pool
Cc: Hollander, Benjamin <Benjamin.Hollander@lakesidehealth.example.org>
Subject: FW: Holter result - Okwuosa, Chukwuemeka

Forwarding for triage over the weekend -- pt has a pause of 4.2 s on Holter. Dr. Hollander wants him called tonight and told not to drive. Home 214-555-0166, cell 214-555-0135. Pt ID 7741093.

Njeri Mwangi, MSN, APRN | Cardiology | Lakeside Health | desk 214-555-0144 x5312

CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you are not the intended recipient, delete it.

-----Original Message-----
From: Holter Lab <holterlab@lakesidehealth.example.org>
Sent: Friday, November 20, 2026 3:40 PM
Subject: Holter result - Okwuosa, Chukwuemeka

48-hour Holter 11/17-11/19: sinus rhythm, mean HR 58, longest pause 4.2 s at 03:12 on 11/18, symptomatic ("felt woozy" in diary).""",
    [
        ("Mwangi, Njeri", "NAME"),
        ("Njeri.Mwangi@lakesidehealth.example.org", "EMAIL"),
        ("November 20, 2026", "DATE"),
        ("Hollander, Benjamin", "NAME"),
        ("Benjamin.Hollander@lakesidehealth.example.org", "EMAIL"),
        ("Okwuosa, Chukwuemeka", "NAME"),
        ("Hollander", "NAME"),
        ("214-555-0166", "PHONE"),
        ("214-555-0135", "PHONE"),
        ("7741093", "ID"),
        ("Njeri Mwangi", "NAME"),
        ("214-555-0144 x5312", "PHONE"),
        ("holterlab@lakesidehealth.example.org", "EMAIL"),
        ("November 20, 2026", "DATE"),
        ("Okwuosa, Chukwuemeka", "NAME"),
        ("11/17", "DATE"),
        ("11/19", "DATE"),
        ("11/18", "DATE"),
    ],
    ok=["Hollander"],
)

# 62 text from neighbour, Haitian Creole names, address near-miss (apartment number)
item(
    """My neighbor asked me to send this for her, she doesn't have the app. Her name is Marie-Claude Pierre-Louis, born 09/09/1944. She's been throwing up since last night, can't keep the metformin down, and she's very weak. She lives next door at 31 Rue Toussaint Ct, apt 4, North Miami, FL 33161. Her son Wesner is in Port-au-Prince, his WhatsApp is +509 3755 0184. I'm Roseline, 305-555-0177.""",
    [
        ("Marie-Claude Pierre-Louis", "NAME"),
        ("09/09/1944", "DATE"),
        ("31 Rue Toussaint Ct, apt 4, North Miami, FL 33161", "ADDRESS"),
        ("Wesner", "NAME"),
        ("Port-au-Prince", "ADDRESS"),
        ("+509 3755 0184", "PHONE"),
        ("Roseline", "NAME"),
        ("305-555-0177", "PHONE"),
    ],
)

# 63 EOB excerpt with claim lines, dependent names, bare years near-miss
item(
    """EXPLANATION OF BENEFITS -- THIS IS NOT A BILL
Evergreen Health Cooperative | Member services 1 (855) 555-0127

Member: Padraig Ó Súilleabháin        Member ID: EVG-220-118-07
Patient: Saoirse Ó Súilleabháin (daughter)
Claim number: 26-1104-339812      Processed: 11/18/2026
Provider: Cascade Pediatrics -- Dr. Ingrid Solberg

Service date  Service               Billed    Allowed   Plan paid   You owe
11/04/2026    Sick visit 99213      $185.00   $112.40   $89.92      $22.48
11/04/2026    Flu A/B PCR           $96.00    $41.10    $41.10      $0.00

Your 2026 deductible: $500 met. Out-of-pocket: $1,214 of $3,000.""",
    [
        ("1 (855) 555-0127", "PHONE"),
        ("Padraig Ó Súilleabháin", "NAME"),
        ("EVG-220-118-07", "ID"),
        ("Saoirse Ó Súilleabháin", "NAME"),
        ("26-1104-339812", "ID"),
        ("11/18/2026", "DATE"),
        ("Ingrid Solberg", "NAME"),
        ("11/04/2026", "DATE"),
        ("11/04/2026", "DATE"),
    ],
    ok=["99213"],
)

# 64 portal message, Japanese name, age 89 (not PHI) and 90 (PHI)
item(
    """Hello, I am Sato Haruki, calling for my grandparents. Grandpa Hiroshi is 89 and Grandma Emiko turned 90 last week. Both got the flu shot at your clinic on 11/02. Grandma now has a fever of 100.6 and cough, Grandpa is fine. Should Grandma be tested for flu or COVID? Their chart numbers are 5520-118 and 5520-119. Please call me at 408-555-0115.""",
    [
        ("Sato Haruki", "NAME"),
        ("Hiroshi", "NAME"),
        ("Emiko", "NAME"),
        ("90", "AGE"),
        ("11/02", "DATE"),
        ("5520-118", "MRN"),
        ("5520-119", "MRN"),
        ("408-555-0115", "PHONE"),
    ],
)

# 65 home BP log (near-misses) with a name and DOB header
item(
    """Patient: Gideon Abara, DOB 4/4/1961.
BP log from my Withings cuff, last 5 mornings: 142/91, 138/88, 151/95, 147/90, 144/89. Evenings are lower, around 128/80. I started chlorthalidone 12.5 mg on Monday along with my amlodipine 10. Potassium was 3.6 at the last check. Weight 94 kg, down 2 kg this month. Any change needed before my visit?""",
    [("Gideon Abara", "NAME"), ("4/4/1961", "DATE")],
)

# 66 long caregiver email to a care team with several clinicians and relatives; Czech and Irish names
item(
    """Subject: Dad -- questions before Tuesday's family meeting

Hello Dr. Novák and team,

Thank you for calling yesterday. To summarize what we heard: Dad (Jaroslav Dvořák, room changes aside his chart number is 99-100-4432) is 88 and has had two aspiration pneumonias since August 30. Speech therapy (Colleen O'Malley) recommends pureed diet and thickened liquids. Dr. Fitzpatrick from palliative care raised a PEG tube, which Dad has always said he didn't want.

My sister Věra (vera.dvorakova@example.cz, +420 602 555 019) will join from Brno by video, and my brother Pavel will be in person. I'm the health care proxy.

Questions:
1. Is 1 more course of antibiotics reasonable?
2. Can hospice begin from the hospital?

Thank you,
Lenka Dvořáková-Hughes
6 Thornberry Way, Glen Ellyn, IL 60137 | 630-555-0181""",
    [
        ("Novák", "NAME"),
        ("Jaroslav Dvořák", "NAME"),
        ("99-100-4432", "MRN"),
        ("August 30", "DATE"),
        ("Colleen O'Malley", "NAME"),
        ("Fitzpatrick", "NAME"),
        ("Věra", "NAME"),
        ("vera.dvorakova@example.cz", "EMAIL"),
        ("+420 602 555 019", "PHONE"),
        ("Brno", "ADDRESS"),
        ("Pavel", "NAME"),
        ("Lenka Dvořáková-Hughes", "NAME"),
        ("6 Thornberry Way, Glen Ellyn, IL 60137", "ADDRESS"),
        ("630-555-0181", "PHONE"),
    ],
)

# 67 pharmacy text notification, short, Rx numbers, store address
item(
    """From 72958: Walgreens: Your Rx #0612994-07115 for NGUYEN, BAO is ready for pickup at 2901 W Bellfort Ave, Houston TX 77054 until 11/27. Rx #0612995 is on hold - insurance requires prior auth. Questions? 713-555-0142. Reply HELP for help""",
    [
        ("0612994-07115", "ID"),
        ("NGUYEN, BAO", "NAME"),
        ("2901 W Bellfort Ave, Houston TX 77054", "ADDRESS"),
        ("11/27", "DATE"),
        ("0612995", "ID"),
        ("713-555-0142", "PHONE"),
    ],
    ok=["72958"],
)

# 68 short portal message, Eastern European, licence plate in hospital parking complaint
item(
    """I was in the ER last night (Nov 22) with my wife Ludmila Horák and my car got ticketed in the patient lot even with the pass, plate MJK-4482 (Wisconsin). Ticket no. 55190236. Can the ER note say we were there from 11pm to 4am? My name is Petr Horák, MRN 80441726.""",
    [
        ("Nov 22", "DATE"),
        ("Ludmila Horák", "NAME"),
        ("MJK-4482", "ID"),
        ("55190236", "ID"),
        ("Petr Horák", "NAME"),
        ("80441726", "MRN"),
    ],
)

# 69 referral letter, psychiatry, age over 89 elsewhere, initials as names
item(
    """Behavioral Health Referral

Referring: J.P. Haldane, LCSW, Maplewood Senior Center, 1 Civic Plaza, Maplewood, MN 55109
Tel 651-555-0124

Client: Mrs. Harriet Okonjo-Baptiste, 101 years old, widowed, lives in assisted living (Maplewood Commons, Apt 117)
Concern: new passive death wish since her daughter Prudence died on 10/02/2026. PHQ-9 score 19. No plan, no access to firearms per staff. Eating 50% of meals.
Requested: geriatric psychiatry evaluation within 2 weeks; staff contact is H.O.'s aide, Esther Mbeki, 651-555-0190.""",
    [
        ("J.P. Haldane", "NAME"),
        ("1 Civic Plaza, Maplewood, MN 55109", "ADDRESS"),
        ("651-555-0124", "PHONE"),
        ("Harriet Okonjo-Baptiste", "NAME"),
        ("101", "AGE"),
        ("Apt 117", "ADDRESS"),
        ("Prudence", "NAME"),
        ("10/02/2026", "DATE"),
        ("H.O.", "NAME"),
        ("Esther Mbeki", "NAME"),
        ("651-555-0190", "PHONE"),
    ],
)

# 70 no PHI: immunotherapy side-effect question with cycle counts and bare year
item(
    """I'm on nivolumab every 4 weeks, cycle 7 was last Thursday. For 3 days I've had 5 to 6 watery stools a day over my normal of 1, some cramping, no blood. Temp 98.8, HR 92. I've been on it since 2025 for melanoma. I took 2 Imodium. The info sheet says to call for diarrhea, so I'm calling. I live about 90 minutes away in rural Idaho.""",
    [],
)

# 71 telehealth invitation email, meeting URL with ID and passcode
item(
    """From: Dr. Oluwakemi Balogun's office <scheduling@northshoreendo.example.com>
To: abimbola.ogunleye@example.com
Date: November 23, 2026
Subject: Your video visit on Wed 11/25 at 2:30 PM

Dear Abimbola Ogunleye,

Your telehealth visit with Dr. Oluwakemi Balogun is confirmed. Join here 10 minutes early:
https://telehealth.northshoreendo.example.com/j/88412093377?pwd=Tq81xZ
Meeting ID: 884 1209 3377    Passcode: 551902

Please have your glucose meter (Contour Next One) and your medication bottles ready. If the link fails, call 847-555-0109 and ask for Rachel.""",
    [
        ("Oluwakemi Balogun", "NAME"),
        ("scheduling@northshoreendo.example.com", "EMAIL"),
        ("abimbola.ogunleye@example.com", "EMAIL"),
        ("November 23, 2026", "DATE"),
        ("11/25", "DATE"),
        ("Abimbola Ogunleye", "NAME"),
        ("Oluwakemi Balogun", "NAME"),
        ("https://telehealth.northshoreendo.example.com/j/88412093377?pwd=Tq81xZ", "URL"),
        ("884 1209 3377", "ID"),
        ("551902", "ID"),
        ("847-555-0109", "PHONE"),
        ("Rachel", "NAME"),
    ],
)

# 72 jury duty excuse letter (civic form), juror number, DOB in words
item(
    """Clerk of Court, Jury Services
Hamilton County Courthouse

Re: Juror Participant No. 2026-J-77104
Juror: Ahmad Reza Tehrani, born the 2nd of April, 1946

Dear Clerk,

Mr. Tehrani is my patient. He has moderate Alzheimer's dementia and Parkinson's disease and cannot sit for more than 30 minutes or follow proceedings. I request that he be permanently excused from jury service. His wife, Shirin Tehrani, is his legal guardian and can be reached at 513-555-0175.

Sincerely,
Leah Goldfarb, MD, Geriatrics
Date: 11/19/2026""",
    [
        ("2026-J-77104", "ID"),
        ("Ahmad Reza Tehrani", "NAME"),
        ("2nd of April, 1946", "DATE"),
        ("Tehrani", "NAME"),
        ("Shirin Tehrani", "NAME"),
        ("513-555-0175", "PHONE"),
        ("Leah Goldfarb", "NAME"),
        ("11/19/2026", "DATE"),
    ],
)

# 73 travel letter for medications, passport number, international dates
item(
    """TO WHOM IT MAY CONCERN -- MEDICAL TRAVEL LETTER

Date: 23 Nov 2026

This is to confirm that Ms. Nkechi Adaeze Obi (date of birth 19/10/1992, passport no. A07731942) is under my care for type 1 diabetes. She is travelling from Houston to Lagos on 12 December 2026 and returning 4 January 2027. She must carry insulin aspart and insulin degludec pens, pen needles, a glucagon kit, and an insulin pump with a Dexcom sensor in her hand luggage. Please do not pass the pump through the X-ray scanner.

Dr. Segun Oladipo, Endocrinology
Licence no. TX-MD-K88712
Phone +1 832 555 0164""",
    [
        ("23 Nov 2026", "DATE"),
        ("Nkechi Adaeze Obi", "NAME"),
        ("19/10/1992", "DATE"),
        ("A07731942", "ID"),
        ("Houston", "ADDRESS"),
        ("Lagos", "ADDRESS"),
        ("12 December 2026", "DATE"),
        ("4 January 2027", "DATE"),
        ("Segun Oladipo", "NAME"),
        ("TX-MD-K88712", "ID"),
        ("+1 832 555 0164", "PHONE"),
    ],
)

# 74 short portal message: glued age, month-day abbreviations
item(
    """My grandma Pearl Abernathy (92yo) had her hip replaced 11.10.26 and since Sat she's been confused and seeing bugs on the wall. Hospital was St. Vincent's. She's on oxycodone 2.5 mg. Her dr is Dr. Faulkner. -- Jasmine, 405-555-0148""",
    [
        ("Pearl Abernathy", "NAME"),
        ("92", "AGE", {"glued": True}),
        ("11.10.26", "DATE"),
        ("Faulkner", "NAME"),
        ("Jasmine", "NAME"),
        ("405-555-0148", "PHONE"),
    ],
)

# 75 clinician question, weekdays/counts/state/device near-misses, nurse signature
item(
    """Our clinic question for the nurse line: a patient using a Medtronic MiniMed 780G reports 4 hypoglycemia alerts overnight on Saturday and Sunday, lowest 52 mg/dL, after increasing activity for a 10K race. Basal is auto-mode, carb ratio 1:10, correction factor 1:40. She lives in Colorado at altitude. Should the active insulin time be changed from 2 hours to 3 hours? -- Imelda Soriano, RN, Peak Endocrine, 719-555-0113""",
    [
        ("Imelda Soriano", "NAME"),
        ("719-555-0113", "PHONE"),
    ],
)

# 76 disabled parking placard application, driver licence number
item(
    """APPLICATION FOR DISABLED PERSON PARKING PLACARD -- Medical Certification

Applicant: Fernando José Castillo Rivas
Driver license / ID no.: C442-8810-2217     Date of birth: 10/15/1957
Address: 1630 Palm Canyon Dr, Apt 9, Palm Springs, CA 92264
Vehicle plate (optional): 9ABC412

Certifying provider: Dr. Mei-Ling Ho, License A119204
Condition: cannot walk 200 feet without stopping due to heart failure (NYHA class III, EF 30%).
Duration: permanent.
Signed: Mei-Ling Ho, MD      Date: November 18, 2026""",
    [
        ("Fernando José Castillo Rivas", "NAME"),
        ("C442-8810-2217", "ID"),
        ("10/15/1957", "DATE"),
        ("1630 Palm Canyon Dr, Apt 9, Palm Springs, CA 92264", "ADDRESS"),
        ("9ABC412", "ID"),
        ("Mei-Ling Ho", "NAME"),
        ("A119204", "ID"),
        ("Mei-Ling Ho", "NAME"),
        ("November 18, 2026", "DATE"),
    ],
)

# 77 SMS thread between siblings about a parent, Indian names, many dates in chat format
item(
    """screenshot text from our family group, my mother is the patient (Saraswati Venkataraman, DOB 8 Aug 1939):

Sun 22 Nov, 19:02 -- Kavya: Amma's sugar 48 after dinner?? gave juice
Sun 22 Nov, 19:20 -- Kavya: now 96. she didn't eat much, just rasam
Sun 22 Nov, 19:25 -- Arjun: did she take the glimepiride 4mg twice again
Sun 22 Nov, 19:26 -- Kavya: yes I think she took morning dose twice
Sun 22 Nov, 21:40 -- Arjun: check again at midnight pls. I'll call Dr Raman's line 732-555-0169 in morning

Can someone tell us if we need to bring her in? Kavya is with her, 732-555-0130.""",
    [
        ("Saraswati Venkataraman", "NAME"),
        ("8 Aug 1939", "DATE"),
        ("22 Nov", "DATE"),
        ("Kavya", "NAME"),
        ("22 Nov", "DATE"),
        ("Kavya", "NAME"),
        ("22 Nov", "DATE"),
        ("Arjun", "NAME"),
        ("22 Nov", "DATE"),
        ("Kavya", "NAME"),
        ("22 Nov", "DATE"),
        ("Arjun", "NAME"),
        ("Raman", "NAME"),
        ("732-555-0169", "PHONE"),
        ("Kavya", "NAME"),
        ("732-555-0130", "PHONE"),
    ],
)

# 78 insurance call-centre transcript, reference numbers, representative name, SSN
item(
    """Call summary (copied from my insurer's app chat):

Agent Brittany K.: Thank you for contacting Prairie State Health. Can you verify the member's name and date of birth?
Member: Mustafa Karimi, 3/17/1975
Agent Brittany K.: And the last four of the subscriber's Social?
Member: 6604
Agent Brittany K.: Thank you. Your MRI lumbar spine (CPT 72148) requested by Dr. Cole Hendricks is pending clinical review. Reference number for this chat: CHT-20261121-0457. Decision expected within 72 hours.

So it's been 5 days. The pain down my leg is worse and now my foot feels numb. What should I do?""",
    [
        ("Brittany K.", "NAME"),
        ("Mustafa Karimi", "NAME"),
        ("3/17/1975", "DATE"),
        ("Brittany K.", "NAME"),
        ("6604", "SSN"),
        ("Brittany K.", "NAME"),
        ("Cole Hendricks", "NAME"),
        ("CHT-20261121-0457", "ID"),
    ],
    ok=["72148"],
)

# 79 portal message with a name that is a word (Iris) and eye 'iris' near-miss, eponyms
item(
    """Hi, this is Iris Delacroix-Whitfield. Since Monday my right eye is painful and the iris looks a bit cloudy, light hurts. I have Crohn's disease and had uveitis in 2022 with Dr. Sørensen. I'm on Humira 40 mg every 2 weeks. Could I be seen today? I'm at work in Bellevue until 5. 425-555-0197""",
    [
        ("Iris Delacroix-Whitfield", "NAME"),
        ("Sørensen", "NAME"),
        ("Bellevue", "ADDRESS"),
        ("425-555-0197", "PHONE"),
    ],
)

# 80 daycare question, counts/ages/state near-misses, first names only
item(
    """Daycare says a child in the toddler room has hand, foot and mouth disease. My kids are 4 and 7. The 4 year old has 2 small spots on her palm and a temp of 100.2 this evening, eating popsicles fine. How many days should she stay home? Our daycare policy says 24 hours fever-free. We also have a newborn cousin visiting for the weekend from Oregon. -- Ngozi (mom of Chidi and Adaeze)""",
    [
        ("Ngozi", "NAME"),
        ("Chidi", "NAME"),
        ("Adaeze", "NAME"),
    ],
)

# 81 school nurse email forwarded by parent, concussion, teacher and coach names
item(
    """---------- Forwarded message ---------
From: Nurse Office - Ridgeview MS <nurse.ridgeview@example-schools.org>
Date: Thu, Nov 19, 2026, 1:47 PM
Subject: Head injury notification - Aiden Kowalski-Mbatha
To: <t.kowalski@example.com>

Dear Mrs. Kowalski,

Aiden was hit in the head by a ball during PE (Coach Ramirez) at about 12:50 today. He did not lose consciousness. He reported a headache 6/10 and felt "foggy." Per district policy he cannot return to PE until cleared by a health care provider. Ms. Oduya, his homeroom teacher, will send his homework.

Pat Lindqvist, BSN, RN, School Nurse
Ridgeview Middle School | 7th grade hall | 920-555-0156

----
Hi, this is Tanya Kowalski. Aiden is 12. He threw up twice since he got home and is sleepy. Do we go to the ER?""",
    [
        ("nurse.ridgeview@example-schools.org", "EMAIL"),
        ("Nov 19, 2026", "DATE"),
        ("Aiden Kowalski-Mbatha", "NAME"),
        ("t.kowalski@example.com", "EMAIL"),
        ("Kowalski", "NAME"),
        ("Aiden", "NAME"),
        ("Ramirez", "NAME"),
        ("Oduya", "NAME"),
        ("Pat Lindqvist", "NAME"),
        ("920-555-0156", "PHONE"),
        ("Tanya Kowalski", "NAME"),
        ("Aiden", "NAME"),
    ],
    ok=["6/10", "Kowalski", "Aiden"],
)

# 82 name that is a word (Love, Young), dates spelled with ordinals
item(
    """Hello Dr. Love, this is Faith Young's husband Marcus. Faith's follow-up MRI was supposed to be on the 3rd of November but the imaging center cancelled and rescheduled to December 1st. She's now having more numbness in her left hand. Young people with MS can progress fast, is waiting OK? Her MRN 5100372. Call me 678-555-0138.""",
    [
        ("Love", "NAME"),
        ("Faith Young", "NAME"),
        ("Marcus", "NAME"),
        ("Faith", "NAME"),
        ("3rd of November", "DATE"),
        ("December 1st", "DATE"),
        ("5100372", "MRN"),
        ("678-555-0138", "PHONE"),
    ],
)

# 83 lab requisition with accession number and order number, international patient
item(
    """LAB REQUISITION
Order #: ORD-88120441      Accession: 26-CH-0091377
Patient: Mohammed bin Salman Al-Qahtani     DOB: 1970-01-05     Sex: M
Local address: Hotel Arbor, 415 Michigan Ave, Room 1204, Chicago, IL 60611
Home country phone: +966 50 555 0182
Insurance: self-pay, passport P9921044

Tests: CBC, CMP, troponin I (hs), NT-proBNP, D-dimer
Ordering clinician: Dr. Caroline Ashworth-Lang, urgent care
Collected: 11/23/2026 18:40 by phlebotomist D. Okeke""",
    [
        ("ORD-88120441", "ID"),
        ("26-CH-0091377", "ID"),
        ("Mohammed bin Salman Al-Qahtani", "NAME"),
        ("1970-01-05", "DATE"),
        ("415 Michigan Ave, Room 1204, Chicago, IL 60611", "ADDRESS"),
        ("+966 50 555 0182", "PHONE"),
        ("P9921044", "ID"),
        ("Caroline Ashworth-Lang", "NAME"),
        ("11/23/2026", "DATE"),
        ("D. Okeke", "NAME"),
    ],
)

# 84 voicemail from patient, DOB and phone in digits with filler words
item(
    """[Voicemail to Nurse Line - Mailbox 3]
Received: 11/21/2026 at 10:18 PM
Caller ID: WIRELESS CALLER 512-555-0102

"Yeah hi, my name's Tuan Le, L-E, date of birth oh-five, twenty-three, eighty. Um, I had the kidney stone procedure Wednesday with Dr. Ostrowski and the stent's still in, and now I've got fever, like 101.9, and chills. Call back on this number, five one two, five five five, oh one oh two. Thanks.\"""",
    [
        ("11/21/2026", "DATE"),
        ("512-555-0102", "PHONE"),
        ("Tuan Le", "NAME"),
        ("oh-five, twenty-three, eighty", "DATE"),
        ("Ostrowski", "NAME"),
        ("five one two, five five five, oh one oh two", "PHONE"),
    ],
)

# 85 workers' comp email from employer with supervisor and claim
item(
    """From: Renee Gutierrez-Walsh <rgwalsh@midwestpackaging.example.com>
To: occhealth@valleyclinic.example.org
Sent: 11/20/2026 8:02 AM
Subject: injured worker -- Kwame Owusu -- claim 4471-WC-2026

Good morning,

Our employee Kwame Owusu (badge 11802) cut his left hand on a box cutter on second shift last night. His supervisor, Lyle Dempsey, drove him to your clinic this morning. Our carrier is Acuity Mutual, claim 4471-WC-2026, adjuster Tonya Briggs at 920-555-0123 ext. 240. Please fax the work status to 920-555-0124.

Renee Gutierrez-Walsh, HR Generalist""",
    [
        ("Renee Gutierrez-Walsh", "NAME"),
        ("rgwalsh@midwestpackaging.example.com", "EMAIL"),
        ("occhealth@valleyclinic.example.org", "EMAIL"),
        ("11/20/2026", "DATE"),
        ("Kwame Owusu", "NAME"),
        ("4471-WC-2026", "ID"),
        ("Kwame Owusu", "NAME"),
        ("11802", "ID"),
        ("Lyle Dempsey", "NAME"),
        ("4471-WC-2026", "ID"),
        ("Tonya Briggs", "NAME"),
        ("920-555-0123 ext. 240", "PHONE"),
        ("920-555-0124", "PHONE"),
        ("Renee Gutierrez-Walsh", "NAME"),
    ],
)

# 86 prescription label pasted by patient
item(
    """this is what the bottle says, is it the right dose??

RX# 2290417    DR. FARUQI, IMRAN
ALVAREZ-NUÑEZ, CARMEN
123 S MAIN ST, TOOELE UT 84074
TAKE 1 TABLET BY MOUTH TWICE DAILY
METHOTREXATE 2.5 MG TAB   QTY: 8
FILLED: 11/18/26   DISCARD AFTER: 11/18/27
REFILLS: 2  -- NO REFILLS AFTER 05/17/27

the doctor told me ONCE A WEEK not twice daily. I already took 4""",
    [
        ("2290417", "ID"),
        ("FARUQI, IMRAN", "NAME"),
        ("ALVAREZ-NUÑEZ, CARMEN", "NAME"),
        ("123 S MAIN ST, TOOELE UT 84074", "ADDRESS"),
        ("11/18/26", "DATE"),
        ("11/18/27", "DATE"),
        ("05/17/27", "DATE"),
    ],
)

# 87 group home caregiver update, staff names, resident ID
item(
    """Update from Cedar House group home (staff: Ikenna Eze, shift lead)

Resident: Bartholomew "Bart" Kessler-Hayes, resident ID CH-0417, age 34, Down syndrome
Guardian: his sister, Philippa Kessler, 503-555-0185 (please call her before any med change)

Today Bart refused breakfast and lunch, coughing after drinks. Temp 100.8 at 2:30 pm, SpO2 93%. Day program staff (Marguerite Lacroix) noticed the cough on Friday. His PCP is Dr. Obinna Uzor. We can bring him in tonight; our van plate is OR 442 KXT.""",
    [
        ("Ikenna Eze", "NAME"),
        ('Bartholomew "Bart" Kessler-Hayes', "NAME"),
        ("CH-0417", "ID"),
        ("Philippa Kessler", "NAME"),
        ("503-555-0185", "PHONE"),
        ("Bart", "NAME"),
        ("Marguerite Lacroix", "NAME"),
        ("Obinna Uzor", "NAME"),
        ("442 KXT", "ID"),
    ],
)

# 88 portal message, extremely short, name and DOB only plus symptom
item(
    """Refill pls -- Oksana Lysenko 7/7/77, amlodipine 5""",
    [
        ("Oksana Lysenko", "NAME"),
        ("7/7/77", "DATE"),
    ],
)

# 89 referral fax cover sheet with multiple fax numbers and page counts
item(
    """FAX COVER SHEET
Date: 11-23-2026      Pages (incl. cover): 7
To: Sleep Medicine Intake, Dr. Anneliese Brandt      Fax: (971) 555-0131
From: Sunset Family Clinic, Dr. Kenji Watanabe-Ortiz     Fax: (503) 555-0197   Phone: (503) 555-0196 x114

RE: referral for Hyun-woo Baek, DOB 01-30-1966, MRN SFC449201, Ins ID ODS 30021877
Reason: suspected OSA, STOP-BANG 6, Epworth 15, BMI 36.

CONFIDENTIAL: the documents accompanying this fax contain health information.""",
    [
        ("11-23-2026", "DATE"),
        ("Anneliese Brandt", "NAME"),
        ("(971) 555-0131", "PHONE"),
        ("Kenji Watanabe-Ortiz", "NAME"),
        ("(503) 555-0197", "PHONE"),
        ("(503) 555-0196 x114", "PHONE"),
        ("Hyun-woo Baek", "NAME"),
        ("01-30-1966", "DATE"),
        ("SFC449201", "MRN"),
        ("ODS 30021877", "ID"),
    ],
)

# 90 caregiver update with date range, age over 89 in words, relatives named
item(
    """Hi team, Cormac here again about Granny (Bridget McNamara-Kelly). She turned ninety-eight on Sunday and since the party on the 15th she's had loose stools 4-5 a day. My aunt Oonagh thinks it's the cake, my cousin Dermot thinks it's the new antibiotic Dr. Mulcahy started on 11/12 for her chest. She's drinking tea, peeing fine. Should someone check her for C. diff? She lives with Oonagh at 22 Ardmore Pl, Yonkers.""",
    [
        ("Cormac", "NAME"),
        ("Bridget McNamara-Kelly", "NAME"),
        ("ninety-eight", "AGE"),
        ("15th", "DATE"),
        ("Oonagh", "NAME"),
        ("Dermot", "NAME"),
        ("Mulcahy", "NAME"),
        ("11/12", "DATE"),
        ("Oonagh", "NAME"),
        ("22 Ardmore Pl, Yonkers", "ADDRESS"),
    ],
)

# 91 long discharge summary for a child (over 3), parents and consultants, ISO and US dates
item(
    """PEDIATRIC DISCHARGE SUMMARY -- Children's Hospital of the Plains

Patient: Yusuf Ibrahim Abubakar      MRN: CHP-3308812      DOB: 2019-09-14 (7 y)
Admission: 2026-11-16      Discharge: 2026-11-20
Parents: Hauwa Abubakar (mother, 316-555-0161), Ibrahim Abubakar (father, 316-555-0162)
Primary team: Dr. Rebecca Nystrom; consults: Dr. Tunde Bakare (endocrinology), dietitian Holly Reinholt

Diagnosis: new-onset type 1 diabetes with mild DKA (pH 7.26, bicarb 14). Resolved within 18 hours on insulin infusion. Discharged on insulin glargine 8 units nightly and lispro 1 unit:15 g carbs.
Follow-up: diabetes clinic 11/27 at 9:00; school nurse at Garfield Elementary letter given. Home: 1450 N Oliver St, Wichita, KS 67208.""",
    [
        ("Yusuf Ibrahim Abubakar", "NAME"),
        ("CHP-3308812", "MRN"),
        ("2019-09-14", "DATE"),
        ("2026-11-16", "DATE"),
        ("2026-11-20", "DATE"),
        ("Hauwa Abubakar", "NAME"),
        ("316-555-0161", "PHONE"),
        ("Ibrahim Abubakar", "NAME"),
        ("316-555-0162", "PHONE"),
        ("Rebecca Nystrom", "NAME"),
        ("Tunde Bakare", "NAME"),
        ("Holly Reinholt", "NAME"),
        ("11/27", "DATE"),
        ("1450 N Oliver St, Wichita, KS 67208", "ADDRESS"),
    ],
)

# 92 patient portal message with an IP address pasted from an error screen
item(
    """I can't upload my photos of the rash to the portal. The error says "Request blocked - client 24.118.7.203 - ref 9f81c2". I'm Valentina Rossi-Marchetti, DOB 04/25/1989. The rash started Thursday after hiking, it's a red ring about 6 cm on my thigh. Can I just email them to Dr. Ferraro at her clinic address?""",
    [
        ("24.118.7.203", "URL"),
        ("Valentina Rossi-Marchetti", "NAME"),
        ("04/25/1989", "DATE"),
        ("Ferraro", "NAME"),
    ],
)

# 93 insurance letter of medical necessity written by clinician, long, many IDs
item(
    """LETTER OF MEDICAL NECESSITY

Date: 11/23/2026
To: Medical Review, Harbor Crest Health Plan, fax 1-877-555-0181
Patient: Thi Bich Ngoc Pham      DOB: 02/02/1960      Member ID: HCH 72 4410 839 00
Rx: semaglutide 2.4 mg weekly

Ms. Pham has obesity (BMI 41.2) with obstructive sleep apnea, hypertension, and prediabetes (A1c 6.2%). She completed a 6-month supervised lifestyle program from March to September 2026 with 3% weight loss. Previous trial of phentermine stopped for palpitations in 2023.

Given her cardiovascular risk, I request coverage. Please contact my nurse, Lindiwe Dlamini, at 619-555-0150 ext. 7 with questions.

Signed: Carlos Mendoza-Iturbe, MD, NPI 1184025593""",
    [
        ("11/23/2026", "DATE"),
        ("1-877-555-0181", "PHONE"),
        ("Thi Bich Ngoc Pham", "NAME"),
        ("02/02/1960", "DATE"),
        ("HCH 72 4410 839 00", "ID"),
        ("Pham", "NAME"),
        ("March", "DATE"),
        ("September 2026", "DATE"),
        ("Lindiwe Dlamini", "NAME"),
        ("619-555-0150 ext. 7", "PHONE"),
        ("Carlos Mendoza-Iturbe", "NAME"),
        ("1184025593", "ID"),
    ],
)

# 94 SMS with appointment reminder link and a caregiver reply
item(
    """Forwarding the clinic's text to my dad's nurse:

"Hi Reginald, this is Brookside Orthopedics. Your post-op visit with Dr. Abernathy-Quinn is Mon Nov 30 at 10:40. Confirm at https://brk.example.com/c/7Hq2Ld or call 919-555-0147."

Dad (Reginald Okoro, 87) can't come Monday, his incision is leaking and he has fever 100.9. I'm his son Chinedu, 919-555-0189.""",
    [
        ("Reginald", "NAME"),
        ("Abernathy-Quinn", "NAME"),
        ("Nov 30", "DATE"),
        ("https://brk.example.com/c/7Hq2Ld", "URL"),
        ("919-555-0147", "PHONE"),
        ("Reginald Okoro", "NAME"),
        ("Chinedu", "NAME"),
        ("919-555-0189", "PHONE"),
    ],
)

# 95 university health services form, student ID, residence hall
item(
    """STUDENT HEALTH -- MEDICAL WITHDRAWAL SUPPORT FORM

Student: Anjali Sreenivasan-Ward      Student ID: U00982144
University email: asreeniv@students.example.edu
Residence: Hollister Hall, Room 417, 200 College Ave, Ithaca, NY 14850
Emergency contact: Deepa Sreenivasan (mother), +91 98450 55012

Clinician statement: The student has been under care at Student Health since 09/08/2026 for major depressive episode with a brief hospitalization 10/21/2026-10/26/2026. I support a medical withdrawal for the fall term.

Clinician: Hannah Goldberg-Reyes, PsyD      Date: Nov 20, 2026""",
    [
        ("Anjali Sreenivasan-Ward", "NAME"),
        ("U00982144", "ID"),
        ("asreeniv@students.example.edu", "EMAIL"),
        ("Room 417, 200 College Ave, Ithaca, NY 14850", "ADDRESS"),
        ("Deepa Sreenivasan", "NAME"),
        ("+91 98450 55012", "PHONE"),
        ("09/08/2026", "DATE"),
        ("10/21/2026", "DATE"),
        ("10/26/2026", "DATE"),
        ("Hannah Goldberg-Reyes", "NAME"),
        ("Nov 20, 2026", "DATE"),
    ],
)

# 96 portal message with typos, lowercase names, no punctuation
item(
    """hi its darius mcallister my mom is linda mcallister dob 3 12 58 she fell in the shower at her place on 48 elm st in dover and her wrist is swollen and crooked looking shes 68 can we come to clinic or do we go to er the nurse kayla told us last time to message first""",
    [
        ("darius mcallister", "NAME"),
        ("linda mcallister", "NAME"),
        ("3 12 58", "DATE"),
        ("48 elm st", "ADDRESS"),
        ("dover", "ADDRESS"),
        ("kayla", "NAME"),
    ],
)

# 97 ED to PCP notification, encounter id, email-like HL7 message header
item(
    """ADT NOTIFICATION -- Emergency visit
Sending facility: Summit Ridge Medical Center
Message ID: ADT-A03-20261122-88301
Patient: Oyelowo, Babatunde Adekunle   DOB 19610930   MRN SR00771245
Encounter: 55012983      Arrived 22NOV2026 0114      Discharged 22NOV2026 0655
Dx: hypoglycemia (glucose 38), resolved with D50 and meal
PCP of record: Dr. Nuala Gallagher

Please arrange follow-up within 72 hours. Contact ED case management at 303-555-0175.""",
    [
        ("ADT-A03-20261122-88301", "ID"),
        ("Oyelowo, Babatunde Adekunle", "NAME"),
        ("19610930", "DATE"),
        ("SR00771245", "MRN"),
        ("55012983", "ID"),
        ("22NOV2026", "DATE"),
        ("22NOV2026", "DATE"),
        ("Nuala Gallagher", "NAME"),
        ("303-555-0175", "PHONE"),
    ],
)

# 98 portal message, hyphenated name and possessive, two ages (85 not PHI, 104 PHI)
item(
    """Hello, this is Agnes Thornbury-Vance's niece. Aunt Agnes is 104 and her husband Cyril is 85; both are your patients. Agnes's oxygen concentrator (Inogen One G5, serial 1G5-7730125) keeps alarming and her sats drop to 86% when it stops. The supplier is closed till Monday. Is there a loaner? I'm Beatrix Vance, 802-555-0128.""",
    [
        ("Agnes Thornbury-Vance", "NAME"),
        ("Agnes", "NAME"),
        ("104", "AGE"),
        ("Cyril", "NAME"),
        ("Agnes", "NAME"),
        ("1G5-7730125", "ID"),
        ("Beatrix Vance", "NAME"),
        ("802-555-0128", "PHONE"),
    ],
)

# 99 forwarded email with a nested clinic email, Arabic name with kunya, Gmail-like footer
item(
    """Fwd from my husband's email:

On 11/21/2026 at 08:15, Abu Khalil (Samir Nasrallah) <samir.nasrallah@example.net> wrote:
> Dr. Hadid, my wife Nour Nasrallah-Haddad is 31 weeks pregnant and followed by Dr. Farah Azzam at the OB clinic. Last night her BP was 152/98 with a bad headache and she sees sparkles. Her OB MRN is OB-557102. I am at 1 Olive Grove Ln, Dearborn, MI 48126. Phone 313-555-0143.

Please advise, we are on our way to L&D unless you say otherwise.""",
    [
        ("11/21/2026", "DATE"),
        ("Abu Khalil", "NAME"),
        ("Samir Nasrallah", "NAME"),
        ("samir.nasrallah@example.net", "EMAIL"),
        ("Hadid", "NAME"),
        ("Nour Nasrallah-Haddad", "NAME"),
        ("Farah Azzam", "NAME"),
        ("OB-557102", "MRN"),
        ("1 Olive Grove Ln, Dearborn, MI 48126", "ADDRESS"),
        ("313-555-0143", "PHONE"),
    ],
)

# 100 home health weekly summary, Eastern European and Nigerian names, multiple dates formats
item(
    """HOME HEALTH WEEKLY SUMMARY (week of Nov 16-22)
Patient: Stanisław Grzybowski, 91 y/o M      Agency ID: HH-5520-913
Address on file: 3011 S Kedzie Ave, Chicago, IL 60623

Mon 11/16 -- SN visit (Ngozi Eze, RN): wound healing, BP 122/70.
Wed 11/18 -- PT visit (Marek Zalewski, PT): walked 60 ft with rollator.
Fri 11/20 -- SN visit (Ngozi Eze, RN): INR 3.4 on warfarin 5 mg; Dr. Halvorsen notified, dose held x1.
Next: INR recheck Mon 11/23. Daughter Krystyna Grzybowska (773-555-0146) manages pillbox.""",
    [
        ("Nov 16-22", "DATE"),
        ("Stanisław Grzybowski", "NAME"),
        ("91", "AGE"),
        ("HH-5520-913", "ID"),
        ("3011 S Kedzie Ave, Chicago, IL 60623", "ADDRESS"),
        ("11/16", "DATE"),
        ("Ngozi Eze", "NAME"),
        ("11/18", "DATE"),
        ("Marek Zalewski", "NAME"),
        ("11/20", "DATE"),
        ("Ngozi Eze", "NAME"),
        ("Halvorsen", "NAME"),
        ("11/23", "DATE"),
        ("Krystyna Grzybowska", "NAME"),
        ("773-555-0146", "PHONE"),
    ],
)


# ---------------------------------------------------------------------------------------------
# build, validate, write atomically
# ---------------------------------------------------------------------------------------------
def build() -> list[dict]:
    rows = []
    seen_texts = set()
    for idx, (text, raw, ok) in enumerate(ITEMS):
        assert text not in seen_texts, f"item {idx + 1}: duplicate text"
        seen_texts.add(text)
        spans = locate(text, raw)
        validate(idx, text, spans, raw, ok)
        rows.append(
            {
                "id": f"guide9-phi-{idx + 1:04d}",
                "category": "phi",
                "added": ADDED,
                "source": SOURCE,
                "text": text,
                "spans": spans,
            }
        )
    return rows


def main() -> int:
    rows = build()
    assert len(rows) == 100, f"expected 100 items, got {len(rows)}"
    fd, tmp = tempfile.mkstemp(prefix=".phi_guide9.", suffix=".jsonl.tmp", dir=HERE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        check = (
            "import json,sys; sys.path.insert(0," + repr(_ROOT) + "); "
            "from harness.contract import parse_item; "
            "[parse_item(json.loads(l)) for f in sys.argv[1:] for l in open(f)]; print('ok')"
        )
        res = subprocess.run([sys.executable, "-c", check, tmp], capture_output=True, text=True)
        if res.returncode != 0 or res.stdout.strip() != "ok":
            sys.stderr.write(res.stdout + res.stderr)
            raise SystemExit("parse_item validation failed; nothing written")
        os.chmod(tmp, 0o644)
        os.replace(tmp, OUT)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    counts: dict[str, int] = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    empty = sum(1 for r in rows if not r["spans"])
    print(f"wrote {len(rows)} items to {OUT}; {empty} with no PHI")
    for k in sorted(counts):
        print(f"  {k:8s} {counts[k]}")
    print(f"  total    {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
