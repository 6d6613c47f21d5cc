# out_of_scope rows, part A: jobs / volunteering / placements, lost property
# tuple: (sub_kind, tag, message)   tag 's' = mentions sender's own health as settled/past

OOS = [
    # ---- jobs, interviews, shifts, volunteering, placements, work experience ----
    (
        "jobs",
        "",
        "hi is the phlebotomy trainee job still open? the link on the careers page goes to a 404. thanks",
    ),
    (
        "jobs",
        "",
        "Dear Sir/Madam, I am writing to ask whether your hospital accepts work experience students from Year 10. My daughter is hoping to become a midwife one day and her school requires two weeks of placement in the summer term. She is very keen and sensible and would happily do anything, even making tea. Could you tell me who to contact or whether there is an application form? Many thanks, Ruth",
    ),
    (
        "jobs",
        "",
        "I had my interview for the porter role last tuesday and they said I'd hear by friday. Its now wednesday. Is there someone who can chase it? I've been checking my email every hour lol",
    ),
    (
        "jobs",
        "s",
        "Since my knee replacement last spring I'm back to full fitness (walking five miles a day, and I even did the coastal path with my grandson in August!) and I'd love to give something back. Do you still need volunteer ward guides or meet-and-greeters at the main entrance? I'm retired, I used to manage a bank branch so I'm good with people and queues, and I'm free most mornings. I know the building inside out by now after all my appointments. Is there an application form, and how long does the vetting usually take? I'm happy to do whatever training is needed.",
    ),
    (
        "jobs",
        "",
        "Hello, I am nurse from Philippines with 6 years ICU experience and I have passed my OSCE already. Please can you tell me if your hospital is sponsoring visa for nurses this year and where I send my CV. Thank you very much po.",
    ),
    ("jobs", "", "bank shifts for HCAs this weekend?"),
    (
        "jobs",
        "",
        "heyy im doing my DofE and need volunteering hours, can i do them at the hospital?? im 15 is that too young. my mate did hers at a care home but i want to do nursing",
    ),
    (
        "jobs",
        "",
        "My shift swap request for the 14th has been sitting as 'pending' for a week. I know this probably isn't the right inbox but the rota office never picks up. Can someone forward it to whoever approves swaps on Ward 9?",
    ),
    (
        "jobs",
        "",
        "I'm a second-year physiotherapy student and my university placement for the spring block fell through at the last minute. Is there any chance your outpatient MSK team could take a student for six weeks? My tutor is happy to speak to whoever coordinates placements.",
    ),
    (
        "jobs",
        "s",
        "Good afternoon. I was a patient on your cardiac ward three years ago, fully recovered now and doing great, and the care I got made me want to retrain as a healthcare assistant at 52. Is there an apprenticeship scheme, and is there an upper age limit? Thank you, Malcolm",
    ),
    (
        "jobs",
        "",
        "Do you do reference checks by phone or email? My previous manager at your pathology lab has left and HR at my new job can't reach anyone. I just need somebody to confirm my dates of employment so I can start.",
    ),
    (
        "jobs",
        "s",
        "where do i send my DBS certificate for the volunteering thing. the email address on the letter bounces. fwiw im 100% now after the shoulder op so ready to go whenever",
    ),
    (
        "jobs",
        "",
        "Hi there, I'm a medical student from Germany looking for a four-week elective in emergency medicine next summer. Does your hospital take elective students, and is there a fee? I speak English fluently. Best regards, Jonas",
    ),
    (
        "jobs",
        "",
        "Interview tomorrow at 9 for the ward clerk post. Which entrance do I use, and do I need to bring my passport or is a driving licence OK for the ID check?",
    ),
    (
        "jobs",
        "s",
        "hiya, all healed up after the gallbladder op in june (thanks team!) and i've got my confidence back so i'm applying for the domestic assistant job. does it matter that i was a patient here? dont want it to look weird on the form",
    ),
    (
        "jobs",
        "",
        "I run a small hairdressing business and wondered if the hospital would let me volunteer to do free haircuts for long-stay patients on the elderly wards once a month. I have my own kit and insurance. Who would I speak to about that?",
    ),
    (
        "jobs",
        "",
        "Is it possible to shadow a radiographer for a day? I'm 17 and trying to decide between radiography and physio for uni. My school careers advisor suggested I just ask.",
    ),
    (
        "jobs",
        "",
        "Could you confirm whether the pharmacy technician vacancy closes on the 30th or the 31st? The advert says one thing and the jobs website says another, and I don't want to miss it by a day.",
    ),
    (
        "jobs",
        "s",
        "Quick question. I had my hip done here two years ago and it has been absolutely fine since, no issues at all. I now teach yoga and would like to offer a free weekly chair-yoga session for staff in their lunch break. Is there a staff wellbeing team I could pitch it to?",
    ),
    (
        "jobs",
        "",
        "my son did work experience in your pathology lab last month and his school needs a form signed by his supervisor saying he attended all 5 days. he's lost the supervisor's name. how do we get it signed",
    ),
    # ---- lost property ----
    (
        "lost_property",
        "",
        "Left my reading glasses in the outpatients waiting area (the one by the fracture clinic) on Monday afternoon. Brown tortoiseshell frames in a blue case. Has anyone handed them in?",
    ),
    (
        "lost_property",
        "",
        "lost my phone in the a&e waiting room last night, black samsung with a cracked corner and a cat sticker on the back. please tell me someone found it",
    ),
    (
        "lost_property",
        "",
        "Hello. My mother was discharged from Ward 12 on Friday and we've realised her wedding ring didn't come home with her. She's absolutely fine and settling in at home, it's only the ring we're upset about. It's a plain gold band, very worn, a bit misshapen on one side where she caught it in a car door in the seventies, and there's an engraving inside with their wedding year. Dad passed away four years ago so it means everything to her. It may have been taken off for an x-ray or when they did her bloods. Is there a property office I can contact, or should I ring the ward directly? Thank you for any help.",
    ),
    (
        "lost_property",
        "",
        "Coat left on a chair in the main cafe, navy wool, house keys in the pocket!! Who do I ring??",
    ),
    (
        "lost_property",
        "",
        "I think I dropped my car key fob in the multi-storey, level 3, near the pay machines. Is there a lost and found for the car park or is it the same one as the main hospital?",
    ),
    (
        "lost_property",
        "",
        "Dear Hospital, I visited my friend last Wednesday and left behind my walking stick. It is a wooden one with a silver top which belonged to my late husband, so it means a great deal to me. I would be very grateful if somebody could look for it. I am not on the computer much so my grandson is typing this for me. Yours faithfully, Edna",
    ),
    (
        "lost_property",
        "",
        "My daughter (she's 6) left her toy rabbit in the children's outpatient play area on Thursday. Grey, floppy ears, one eye missing. It was only a routine check-up and she's fine, but bedtime has been a disaster without him. Any chance?",
    ),
    (
        "lost_property",
        "",
        "hearing aid left in xray changing cubicle. right ear, beige. day before yesterday",
    ),
    (
        "lost_property",
        "s",
        "Hi, I was in for day surgery on my hand last month (all healed, stitches out, no problems at all) and I've only just noticed my fitness watch is missing. I'm fairly sure I took it off in the pre-op bay. Is it worth asking, or do things like that get thrown away after a few weeks?",
    ),
    (
        "lost_property",
        "",
        "Does the hospital keep lost umbrellas? Sounds silly but it was my dad's and it has his initials carved on the handle.",
    ),
    (
        "lost_property",
        "s",
        "I left a supermarket bag with two library books and a cardigan under the seat in the blood test waiting area. The bloods were fine by the way, the GP already rang me. But the books are now overdue so I'd really like them back!",
    ),
    (
        "lost_property",
        "",
        "Visited my sister on the ward on Sunday and lost one of my gold hoop earrings somewhere between the lift and her bay. I know it's a long shot but it was a birthday present.",
    ),
    (
        "lost_property",
        "",
        "any chance a laptop charger was handed in? left it plugged in by the desk in the discharge lounge. usb-c, dell",
    ),
    (
        "lost_property",
        "",
        "My husband's dentures went missing during his stay on the stroke unit and the ward told us to contact patient property. He is home and recovering well now, we just need to know whether the hospital will cover a new set or whether we claim on our own insurance. Who handles this?",
    ),
    (
        "lost_property",
        "s",
        "Wallet lost, probably near the taxi rank outside the main entrance, brown leather, my bus pass is in it. I was only in for the final check on my ear, which is all sorted now. Has security got it?",
    ),
    (
        "lost_property",
        "",
        "Hi, is there a way to check online what has been handed in to lost property rather than ringing? I've been on hold for 40 minutes twice now and given up both times.",
    ),
]
