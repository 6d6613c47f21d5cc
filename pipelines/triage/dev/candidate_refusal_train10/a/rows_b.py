# Hand-written out_of_scope rows: jobs/CVs, workplace, money/tax/benefit forms, scams.
ROWS = [
    # --- jobs, CVs, interviews ---
    (
        "jobs_cv",
        "greeting",
        "Hey, hope you're doing well! Quick non-medical one: should my CV be one page or two? I've got about 12 years of experience and cutting it down feels impossible.",
    ),
    ("jobs_cv", "short", "explaining a two year gap on my resume??"),
    (
        "jobs_cv",
        "long",
        "I've been at the same warehouse job for eight years and honestly I'm good at it. I train the new starters, I drive the forklift, I cover for the shift lead whenever he's off. But I never went to college and every job posting I see that pays more wants a degree or 'equivalent experience'. I don't know how to make eight years on a warehouse floor sound like equivalent experience on paper. Could you help me reword my duties so they read more like a supervisor role on my resume?",
    ),
    (
        "jobs_cv",
        "health_word",
        "Got a second interview Thursday and I want to absolutely kill it. What are good questions to ask them at the end?",
    ),
    (
        "jobs_cv",
        "plain",
        "What do I say when they ask 'what's your biggest weakness'? Every answer I come up with sounds fake.",
    ),
    (
        "jobs_cv",
        "plain",
        "i got a job offer but the salary is lower than i hoped. is it rude to negotiate or could they pull the offer",
    ),
    (
        "jobs_cv",
        "patient",
        "I've been a patient here a long time and you guys always give good advice, so: would you write a LinkedIn summary for someone switching from retail into office admin? Happy to send details.",
    ),
    (
        "jobs_cv",
        "greeting",
        "Dear Doctor, I hope this message finds you well. I wish to ask, do cover letters still matter these days or does nobody read them any more? My grandson says they are obsolete.",
    ),
    ("jobs_cv", "short", "thank you email after interview, how long should it be?"),
    (
        "jobs_cv",
        "plain",
        "Is it ok to put a job I only did for 3 months on my CV or does it look bad to employers?",
    ),
    # --- workplace disputes ---
    (
        "workplace",
        "plain",
        "My manager keeps putting me on weekend shifts even though my contract says Monday to Friday. How do I raise it without it turning into a whole thing?",
    ),
    (
        "workplace",
        "health_word",
        "I've been killing it at work all year and my boss still changes the subject whenever I mention a raise. How do I bring it up properly at my review?",
    ),
    (
        "workplace",
        "greeting",
        "Good evening, hope the day's been kind to you. Slightly random, but how do you politely tell a colleague that their microwaved fish lunch is stinking out the whole office?",
    ),
    (
        "workplace",
        "long",
        "Long story. I work in a small office, six of us, and one of the guys has started using the team group chat for political stuff, memes, links to videos, all day long. At first nobody responded but now two people argue in the chat basically every afternoon, and our manager, who is also in the chat, never says a word. I don't want to be the one who complains, but it's really distracting, and when I mute it I miss actual work messages. Would it be out of line to suggest a separate chat just for work?",
    ),
    ("workplace", "short", "can my boss read my work emails"),
    (
        "workplace",
        "plain",
        "we got told our unpaid lunch break is now 30 mins but we still have to answer phones during it. is that even legal? im in california",
    ),
    (
        "workplace",
        "plain",
        "Handing in my notice next week. What's the best way to write a resignation letter that doesn't burn any bridges? I'd like a good reference.",
    ),
    (
        "workplace",
        "patient",
        "Work question from one of your patients, if that's alright. Our union rep has left and nobody wants the job. What does a union steward actually have to do day to day?",
    ),
    (
        "workplace",
        "health_word",
        "Our team did a post-mortem on the project that flopped and it turned into a blame session. Any tips for running a retro that doesn't go that way?",
    ),
    # --- money, taxes, benefit forms (non-medical) ---
    (
        "money_tax",
        "plain",
        "Can I claim my home office on my taxes if I only work from home 3 days a week?",
    ),
    ("money_tax", "short", "whats the deadline for filing taxes this year"),
    (
        "money_tax",
        "greeting",
        "Hi team, hope you're all keeping well. This has nothing to do with health. I'm filling out a housing benefit renewal and it asks for 'gross weekly income'. Is that before or after tax?",
    ),
    (
        "money_tax",
        "long",
        "My mum has always done her own tax return on paper, same routine every year: kitchen table, calculator, the forms and a pot of tea. This year she's decided she wants to try it online because the post office near her closed and she's sick of the bus trip into town to post it. She's 78 and sharp as anything but not great with computers. She has a small pension and a bit of interest from savings, nothing else. Is there a free, simple way for someone like her to file online?",
    ),
    (
        "money_tax",
        "health_word",
        "Found a sick deal on a high yield savings account, 5%. Is there a catch with these online-only banks or is my money actually safe?",
    ),
    (
        "money_tax",
        "plain",
        "How much should be in an emergency fund? Everyone says 3-6 months but 3-6 months of what exactly, rent or all spending?",
    ),
    (
        "money_tax",
        "plain",
        "Roth IRA vs traditional, which one makes more sense if I'm 26 and not earning much yet?",
    ),
    (
        "money_tax",
        "greeting",
        "Hello hello, hope the week's going ok your end. Got a letter from the tax office saying I owe £340 from two years ago. How do I check it's real and not some mistake?",
    ),
    (
        "money_tax",
        "patient",
        "Hi from a patient! I know you aren't accountants, but does child benefit count as income when you apply for a council tax reduction?",
    ),
    ("money_tax", "short", "pay off credit card first or build savings?"),
    # --- scams and suspicious calls/texts ---
    (
        "scams",
        "plain",
        "Text today says my parcel couldn't be delivered and to click a link to reschedule. I'm not expecting anything. That's a scam right?",
    ),
    (
        "scams",
        "greeting",
        "Hello there, hope you're well. Not a health thing at all: someone rang claiming to be from my bank and asked me to read out a code they'd just texted me. I hung up. Did I do the right thing?",
    ),
    ("scams", "short", "is this amazon email real or fake"),
    (
        "scams",
        "health_word",
        "Got a call saying my computer has a virus and they need remote access to clean it. I didn't let them in. Should I still be worried?",
    ),
    (
        "scams",
        "long",
        "My grandad got a phone call last week from someone pretending to be me, saying I'd been arrested on holiday abroad and needed money wired for bail. He was halfway to the bank before my aunt stopped him. He's embarrassed about it now and keeps saying he should have known better. The number came up as withheld. I've told him never to send money anywhere without ringing me first. Is there a way to block these kinds of calls on his landline, or something I can set up so it doesn't happen again?",
    ),
    (
        "scams",
        "plain",
        "Someone on Facebook Marketplace wants to pay for my sofa with a cashier's cheque for more than the asking price and asked me to refund the difference. That's a scam isn't it?",
    ),
    (
        "scams",
        "greeting",
        "Afternoon! Hope things are calm at the front desk today. I got a letter saying I've won a lottery I never entered and I just need to pay a 'processing fee'. Obviously fake, but who do I report it to?",
    ),
    (
        "scams",
        "plain",
        "genuine question, how do these robocallers even get my number? im on the do not call list and still get like 5 a day",
    ),
    ("scams", "short", "Crypto investment guy from a dating app. Legit?"),
    (
        "scams",
        "plain",
        "A 'recruiter' on WhatsApp offered me a remote job rating hotels, paid per review, but I have to deposit money first to 'unlock tasks'. Scam, yes?",
    ),
]
