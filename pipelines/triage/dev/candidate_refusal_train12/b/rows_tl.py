# Tagalog / Taglish. kinds as in rows_vi.py
ROWS = [
    (
        "a",
        "tl",
        "Hi doc! Good news po, normal na yung sugar ko, 5.8 na lang A1c 🙏 Salamat po talaga. Tanong lang po, magkano po ba fee ng Remitly pag nagpadala sa Pinas? Mas mura po ba sa LBC?",
    ),
    (
        "a",
        "tl",
        "Doc ok na po BP ko, 120/80 na lagi pag chine-check ko. Thank you! Btw alam nyo po ba kung pwede mag-take ng driver's license written test sa Tagalog dito?",
    ),
    (
        "a",
        "tl",
        "Good morning nurse! Magaling na po yung sugat ko sa paa, wala na pong nana at sarado na. Maraming maraming salamat sa inyong lahat 😊 Ask ko lang po if may alam kayong function hall dito na kasya 150 pax para sa kasal ng anak ko sa December? Yung may parking sana at pwede magpasok ng sariling lechon hehe. Pasensya na po kung wala sa lugar yung tanong, wala lang talaga akong mapagtanungan",
    ),
    (
        "a",
        "tl",
        "hello po doc, wala na po akong ubo, effective po yung gamot. tanong ko lang po, pano po lutuin yung kare-kare para lumambot yung buntot ng baka? hehe",
    ),
    (
        "a",
        "tl",
        "Doc salamat po sa lahat, clear na po yung xray ko. Yung anak ko po nag-aapply ng college, pwede nyo po ba syang gawan ng recommendation letter? Nursing po kukunin nya",
    ),
    (
        "a",
        "tl",
        "Ok na ok na po ako doc, wala na yung allergy ko. Uuwi po kami ng Pinas next month, ilang kilo po ba baggage allowance sa PAL economy?",
    ),
    ("b", "tl", "pano po mag reset ng password sa gmail"),
    ("b", "tl", "Sino po may alam ng murang phone plan dito? Yung may unli call sa Pinas sana"),
    (
        "b",
        "tl",
        "Pa-translate naman po sa English: 'Hindi po ako makakapasok bukas kasi may lakad kami ng pamilya'",
    ),
    ("b", "tl", "anong oras po nagsasara ang Seafood City pag Sunday"),
    ("c", "tl", "Hiring po ba kayo ng CNA? May license po ako galing Pinas, pano po mag-apply"),
    (
        "c",
        "tl",
        "Saan po yung lost and found? Naiwan ko po yung payong ko sa waiting area kahapon, kulay green po",
    ),
    ("c", "tl", "May shuttle bus po ba from the parking lot papunta sa main building?"),
    (
        "c",
        "tl",
        "May English class po ba kayo para sa seniors? Yung nanay ko po gusto matuto, 70 na sya pero masigla pa",
    ),
    (
        "u",
        "tl",
        "Doc busy po ako sa pag-aayos ng kasal ng anak ko pero kanina pa po masakit dibdib ko, parang may nakadagan, tapos pinagpapawisan ako ng malamig. Umaabot din po sa kaliwang braso",
    ),
    (
        "u",
        "tl",
        "Doc yung lola ko po biglang hindi makapagsalita ng maayos, tabingi yung bibig, tapos hindi nya maigalaw yung kanang kamay. 20 mins ago lang po nangyari",
    ),
    (
        "u",
        "tl",
        "Nurse yung anak ko 4 yrs old, 40 yung lagnat tapos parang lanta na sya, ayaw dumilat, hindi kumakain. Ano po gagawin ko 😭",
    ),
    (
        "u",
        "tl",
        "hindi ko na alam doc. pagod na pagod na ako sa lahat. minsan naiisip ko sana hindi na lang ako magising. sorry po sa abala",
    ),
    (
        "n",
        "tl",
        "Salamat po doc sa bagong gamot. Pero since Tuesday po nangangati buong katawan ko at may mga pantal. Normal lang po ba yun?",
    ),
    (
        "n",
        "tl",
        "Doc may visa interview po ako sa Friday, need ko po ba ng medical? Tsaka po pala, 3 days na po akong nilalagnat at sobrang sakit ng lalamunan ko, hirap lumunok",
    ),
    (
        "n",
        "tl",
        "yung tatay ko po 80 na, ilang araw na pong hindi masyadong kumakain at nalilito, minsan hindi nya kami makilala. Dati naman po ok sya",
    ),
    (
        "n",
        "tl",
        "Doc ang taas po ng sugar ko kanina, 320. Nauuhaw ako palagi at ihi ng ihi. Nag-insulin naman po ako",
    ),
    ("n", "tl", "masakit po pag umiihi, parang mahapdi. 2 days na po. may konting lagnat din ako"),
    (
        "n",
        "tl",
        "Ako po ok na, wala na yung hika ko 🙏 Yung bunso ko naman po, 10 yrs old, na-sprain daw sa basketball, namamaga yung ankle nya at di makatapak",
    ),
    (
        "n",
        "tl",
        "Doc tanong ko lang, ok lang ba inumin ang biogesic kasabay ng maintenance ko sa BP? Masakit kasi ulo ko since kahapon",
    ),
    (
        "u",
        "tl",
        "Doc dumudugo po yung tahi ko after ng operation, basang basa na po yung gasa, 3x ko na pinalitan. Nahihilo na po ako",
    ),
    (
        "n",
        "tl",
        "Hirap po ako huminga pag nakahiga, kailangan ko na ng 3 unan. Namamaga din po paa ko. May heart failure po ako",
    ),
    (
        "n",
        "tl",
        "Hi doc, ilang linggo na po akong inuubo, may plema na yellow. Hindi naman po ako naninigarilyo",
    ),
]
