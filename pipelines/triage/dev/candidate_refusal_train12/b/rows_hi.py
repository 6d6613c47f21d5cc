# Hindi (Devanagari, "hi") and Hinglish (romanised Hindi, "hi-Latn"). kinds as in rows_vi.py
ROWS = [
    # --- Devanagari ---
    (
        "a",
        "hi",
        "नमस्ते डॉक्टर साहब, आपकी दवाई से मेरी शुगर अब बिल्कुल कंट्रोल में है, बहुत बहुत धन्यवाद 🙏 एक बात पूछनी थी, मम्मी पापा का विज़िटर वीज़ा इंटरव्यू है अगले महीने, उसमें कौन कौन से कागज़ ले जाने पड़ते हैं?",
    ),
    (
        "a",
        "hi",
        "डॉक्टर जी, घुटने का दर्द अब पूरा ठीक हो गया है, सीढ़ियाँ भी आराम से चढ़ लेती हूँ। बिटिया की शादी है दिसंबर में, यहाँ आस पास कोई हॉल बताइए जहाँ तीन सौ लोग आ जाएं और इंडियन खाना बाहर से मंगवा सकें। आप तो यहीं के हैं, आपको पता होगा। बहुत परेशान हूँ इस बात को लेकर, बाकी सब तैयारी हो गई है",
    ),
    (
        "a",
        "hi",
        "मेरा बीपी अब नॉर्मल रहता है, शुक्रिया। बेटे का मैथ्स का होमवर्क है, भिन्न का भाग कैसे समझाऊं उसको? वो चौथी में है",
    ),
    ("b", "hi", "दाल मखनी बनाने की विधि बताइए"),
    ("b", "hi", "भारत पैसे भेजने में सबसे कम फीस किसकी लगती है?"),
    ("c", "hi", "अस्पताल में नौकरी के लिए कहाँ अप्लाई करें? मैं वार्ड में सफाई या ट्रॉली का काम कर सकता हूँ"),
    ("c", "hi", "क्या अस्पताल में इस साल दिवाली का कोई कार्यक्रम है? पिछली बार बहुत अच्छा लगा था 🪔"),
    (
        "u",
        "hi",
        "डॉक्टर साहब, माँ (74) का चेहरा एक तरफ टेढ़ा हो गया है और ठीक से बोल नहीं पा रहीं, बायां हाथ भी नहीं उठ रहा। अभी अभी हुआ है",
    ),
    (
        "u",
        "hi",
        "सीने में बहुत तेज़ दर्द हो रहा है, बाएं हाथ तक जा रहा है, पसीना छूट रहा है। बेटी की शादी की तैयारी में सुबह से भाग दौड़ चल रही थी",
    ),
    (
        "n",
        "hi",
        "धन्यवाद डॉक्टर पिछली बार के लिए। लेकिन मंगलवार से मुझे चक्कर आ रहे हैं और जी मिचला रहा है, उसी दिन से नई दवाई शुरू की थी",
    ),
    (
        "n",
        "hi",
        "मेरी शुगर तो अब ठीक है, पर बेटा 6 साल का है, दो दिन से कान में दर्द बता रहा है और हल्का बुखार है",
    ),
    ("n", "hi", "पेशाब में जलन हो रही है तीन दिन से, और बार बार जाना पड़ता है"),
    ("n", "hi", "पापा जी की शुगर सुबह 350 आई है, बहुत थके हुए हैं और बार बार पानी मांग रहे हैं"),
    (
        "u",
        "hi",
        "कुछ दिनों से मन नहीं लगता किसी चीज़ में, लगता है मैं ना रहूँ तो सबका बोझ कम हो जाएगा। किससे बात करूँ समझ नहीं आ रहा",
    ),
    # --- Hinglish (romanised) ---
    (
        "a",
        "hi-Latn",
        "hello doctor sahab, thyroid report normal aa gayi 😊 thank u so much. ek cheez puchni thi, yaha driving licence ka written test hindi me de sakte hai kya?",
    ),
    (
        "a",
        "hi-Latn",
        "Doc meri back pain ab bilkul theek hai physio ke baad. Btw Air India economy me kitne kg luggage allowed hai? next month India ja rahe hai family ke sath",
    ),
    (
        "a",
        "hi-Latn",
        "sir meri cholesterol normal ho gayi finally!! ab ek help chahiye, bete ka college application essay likhna hai, koi tips do pls",
    ),
    ("b", "hi-Latn", "koi sasta phone plan batao jisme india calling free ho"),
    (
        "b",
        "hi-Latn",
        "landlord rent badha raha hai 200 dollar, kya wo lease ke beech me aisa kar sakta hai??",
    ),
    (
        "c",
        "hi-Latn",
        "hospital ki parking ka monthly pass kaise milta hai? roz aana padta hai mummy ke sath",
    ),
    ("c", "hi-Latn", "canteen me veg khana milta hai kya? aur kitne baje tak khula rehta hai"),
    (
        "u",
        "hi-Latn",
        "doctor mere 5 saal ke bete ko 104 bukhar hai aur wo bilkul dheela pad gaya hai, jagane pe bhi aankh nahi khol raha 😰",
    ),
    (
        "u",
        "hi-Latn",
        "saans lene me bahut dikkat ho rahi hai, inhaler 2 baar le liya fir bhi nahi ruk raha, bolne me bhi problem ho rahi",
    ),
    (
        "n",
        "hi-Latn",
        "thanks doc pichli baar ke liye. but since tuesday mujhe peeth ke right side me dard hai aur peshab me thoda khoon dikh raha hai",
    ),
    (
        "n",
        "hi-Latn",
        "visa interview ke liye medical kab karwana hota hai? aur ek baat, kuch din se pet me jalan rehti hai khana khane ke baad, khatte dakar bhi aate hai",
    ),
    (
        "n",
        "hi-Latn",
        "biryani ki recipe puchni thi par wo baad me 😅 pehle ye batao, meri beti 9 saal ki hai, uske pure body pe laal dane nikle hai aur khujli ho rahi hai, kal se. bukhar nahi hai",
    ),
    (
        "u",
        "hi-Latn",
        "dadi ji bathroom me gir gayi, hip me bahut dard bata rahi hai aur khadi nahi ho pa rahi. umar 84 hai",
    ),
    (
        "n",
        "hi-Latn",
        "naya BP wali dawai shuru ki hai tab se sukhi khansi ho rahi hai raat bhar, kya ye side effect hai?",
    ),
]
