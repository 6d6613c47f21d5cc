# none: in-scope twins (own medication/anxiety, dependants, own results, animal-related injury to sender)
ROWS = [
    (
        "none_own_med",
        "I'm at the gate and I can't get on the plane, my hands are shaking, chest is tight and I feel like I can't breathe. It's never been this bad. What do I do?",
    ),
    (
        "none_own_med",
        "started the propranolol you gave me for migraines 5 days ago and now i get dizzy whenever i stand, nearly fell this morning",
    ),
    (
        "none_own_med",
        "Since beginning the semaglutide injections I've been vomiting most days and haven't kept much down for about 4 days now. Is this normal or should I stop?",
    ),
    (
        "none_own_med",
        "I think I took my evening tramadol twice by mistake about an hour ago. Feeling really sleepy. what should I do",
    ),
    (
        "none_own_med",
        "The sleeping tablets make me feel drunk the whole next morning, I nearly crashed the car today. Should I keep taking them?",
    ),
    (
        "none_own_med",
        "hello, my new blood pressure tablet make my ankles very swollen since one week. is it the tablet? what I should do",
    ),
    (
        "none_own_med",
        "Ran out of sertraline 3 days ago because the pharmacy was shut and I feel awful, electric zaps in my head and I can't stop crying. Is it dangerous?",
    ),
    (
        "none_own_med",
        "On the Adderall I'm prescribed, my heart has been going at about 130 while just sitting down this afternoon.",
    ),
    (
        "none_own_med",
        "Exams start tomorrow and I haven't slept in 3 nights, I keep having panic attacks and I'm shaking as I type this. I don't know what to do",
    ),
    (
        "none_own_med",
        "Hi, day two of amoxicillin and now I have an itchy red rash all over my chest and arms. Should I stop it?",
    ),
    (
        "none_own_med",
        "mouth full of ulcers since the methotrexate dose went up, it hurts to eat or even drink",
    ),
    (
        "none_dependant",
        "My daughter is 6 and has had a temperature of 39.4 since last night, she's floppy and won't drink much. Should I bring her in?",
    ),
    (
        "none_dependant",
        "I look after my dad at home since his stroke. Today he's more confused than usual and his speech is slurred again.",
    ),
    (
        "none_dependant",
        "son (9) fell off the trampoline, wrist is swollen and he won't move it. A&E or can it wait till tomorrow?",
    ),
    (
        "none_dependant",
        "Mum lives with me, she has dementia. Coughing and breathless since yesterday and she seems really off, not herself.",
    ),
    (
        "none_dependant",
        "Our 4 year old has a barking cough and makes a funny noise when he breathes in, worse at night.",
    ),
    (
        "none_dependant",
        "Hi, I'm my husband's carer, he's 78 and diabetic and has had an ulcer on his left shin since the winter. The district nurse usually comes Tuesdays and Fridays but she couldn't come this week. When I changed the dressing today it smelled really bad, worse than before, and the skin all round it is red and hot right up to his knee. He's also been a bit muddled this afternoon and didn't want his lunch, which isn't like him at all. I don't know whether this can wait for the nurse or if he needs seeing today. Thank you.",
    ),
    (
        "none_dependant",
        "My twelve year old got stung by a wasp and her lips are puffing up a little. She's breathing ok for now.",
    ),
    (
        "none_dependant",
        "my teenage son (15) has had headaches every morning for 2 weeks and threw up today before school",
    ),
    (
        "none_dependant",
        "I'm a foster carer for a 7 yr old, he has a rash of tiny purple dots that doesn't fade when I press a glass on it",
    ),
    (
        "none_dependant",
        "Daughter is 5, diarrhoea 6 times today and she hasn't had a wee since breakfast.",
    ),
    (
        "none_dependant",
        "My elderly aunt lives with us and I do her tablets. I think I gave her double her warfarin this morning by mistake.",
    ),
    (
        "none_dependant",
        "10-year-old with asthma is using his blue inhaler every 2 hours today and is still wheezy",
    ),
    (
        "none_own_results",
        "My blood test came up on the app and my potassium says 6.1 with a red flag next to it. Do I need to do something?",
    ),
    (
        "none_own_results",
        "Work wants a sick note but more importantly I've had a fever and body aches for 5 days now and it's not getting any better. Should I be seen?",
    ),
    (
        "none_own_results",
        "The letter from my CT says 'incidental 8mm nodule in right lung, follow up advised'. Nobody has called me and I'm worried. Should I have had an appointment?",
    ),
    ("none_own_results", "my cholesterol result says 7.8, is that bad? what do i need to do"),
    (
        "none_own_results",
        "Got my urine test back, it says leucocytes +++ and nitrites positive, and it still burns when I pee.",
    ),
    (
        "none_own_results",
        "So my discharge summary from A&E says 'query fracture' but they sent me home. foot is still really swollen and going black",
    ),
    (
        "none_own_results",
        "Results say HbA1c 58. Nobody has contacted me. I've been thirsty all the time lately.",
    ),
    (
        "none_own_results",
        "Been off work with back pain 10 days now, it's going down my leg into my foot and the foot feels numb.",
    ),
    (
        "none_own_results",
        "My smear letter says HPV positive with abnormal cells. What happens now and should I be worried?",
    ),
    (
        "none_own_results",
        "The thyroid result on the portal says TSH 0.01. I've been losing weight and my heart pounds at night.",
    ),
    (
        "none_own_results",
        "ECG report in my record says 'possible atrial fibrillation'. I do feel fluttering in my chest sometimes.",
    ),
    (
        "none_animal_injury",
        "The neighbour's cat scratched my hand 3 days ago and now there's a red streak going up my arm.",
    ),
    (
        "none_animal_injury",
        "Got bitten by my own dog breaking up a fight yesterday. Finger throbbing, swollen, and there's pus coming out.",
    ),
    (
        "none_animal_injury",
        "The class hamster bit my son (8) at school today, small puncture, bleeding a bit. Does he need a tetanus jab?",
    ),
    (
        "none_animal_injury",
        "got nipped by a horse on my shoulder, big bruise and now a lump thats hot to touch",
    ),
    (
        "none_animal_injury",
        "A stray dog bit my ankle while I was on holiday in Thailand last week. Do I need rabies shots?",
    ),
    (
        "none_animal_injury",
        "Good evening. I keep parrots (seven of them, in an aviary at the back of the house) and two of them have been ill, puffed up and with runny droppings, the vet is looking into it. Since about last Wednesday I have had a fever on and off, a dry cough, a bad headache and I ache all over. I am 61 and usually fit. Paracetamol brings the temperature down for a few hours but it comes back. My wife says I'm being dramatic but could I have caught something from the birds? Should I be seen?",
    ),
    (
        "none_animal_injury",
        "Cleaned out the rabbit hutch and now my eyes are streaming and I'm wheezing. I have asthma.",
    ),
    (
        "none_animal_injury",
        "Was doing the dog's flea spray and got it in my eye, it's stinging and blurry",
    ),
    (
        "none_animal_injury",
        "I found a bat in the bedroom this morning and I'm not sure if it touched me while I was asleep.",
    ),
    (
        "none_animal_injury",
        "Our cat bit my daughter (11) on the hand yesterday, it's really swollen now and she can't bend her fingers",
    ),
    (
        "none_animal_injury",
        "cut on my shin got licked by the dog and now the cut is red, hot and leaking. I'm diabetic",
    ),
    (
        "none_animal_injury",
        "since we got the new kitten i keep getting itchy round red patches on my arms. ringworm?",
    ),
]
