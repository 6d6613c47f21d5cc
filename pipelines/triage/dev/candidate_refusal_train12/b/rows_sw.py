# Swahili (Kenyan and Tanzanian usage, some Sheng/English mixing). kinds as in rows_vi.py
ROWS = [
    (
        "a",
        "sw",
        "Habari daktari! Sukari yangu sasa iko sawa kabisa, asante sana kwa dawa 🙏 Nina swali tu ambalo halihusiani na afya, wazazi wangu wanakuja kunitembelea na wana mahojiano ya visa ubalozini mwezi ujao. Huwa wanauliza maswali gani? Baba hajui kiingereza vizuri na ana wasiwasi sana. Kama unajua mtu aliyepitia hilo naomba ushauri, Mungu akubariki",
    ),
    (
        "a",
        "sw",
        "Shikamoo daktari, presha yangu imetulia siku hizi. Je, mtihani wa leseni ya udereva hapa naweza kuufanya kwa Kiswahili?",
    ),
    (
        "a",
        "sw",
        "Asante nesi, kidonda kimepona kabisa hakiumi tena. Kijana wangu anaoa mwezi wa kumi na mbili, mnajua ukumbi wa harusi karibu hapa unaobeba watu mia mbili?",
    ),
    (
        "a",
        "sw",
        "kikohozi kimeisha kabisa doc, ile dawa ilifanya kazi 💪 sasa naomba kujua njia rahisi ya kutuma pesa Kenya, ni bora kupitia M-Pesa au Western Union? charges zao ziko juu sana",
    ),
    (
        "a",
        "sw",
        "Daktari, mgongo haunisumbui tena baada ya yale mazoezi. Binti yangu anaandika insha ya kuomba chuo kikuu, unaweza kunishauri aandike kuhusu nini?",
    ),
    (
        "a",
        "sw",
        "Nimepona vizuri, asanteni wote. Mwezi ujao nasafiri kwenda Dar, Kenya Airways wanaruhusu mzigo wa kilo ngapi kwa economy?",
    ),
    ("b", "sw", "Naomba mapishi ya pilau ya nyama"),
    ("b", "sw", "Mwenye nyumba ananiongezea kodi katikati ya mkataba, anaruhusiwa kweli?"),
    (
        "b",
        "sw",
        "ni bundle gani ya simu iko rahisi kupiga Tanzania? Nataka kuongea na mama kila wiki",
    ),
    ("b", "sw", "nisaidie kutafsiri kwa kiingereza: nitachelewa kazini kesho asubuhi"),
    ("c", "sw", "Hospitali inaajiri wafanyakazi wa usafi? Ninatafuta kazi yoyote"),
    ("c", "sw", "Kuna basi kutoka stesheni ya treni hadi hospitali?"),
    ("c", "sw", "Jana niliacha mkoba wangu mweusi kwenye chumba cha kusubiri, kuna mtu aliuona?"),
    ("c", "sw", "Nataka kuchangia hospitali kwa kumbukumbu ya mama yangu, nifanyeje?"),
    (
        "u",
        "sw",
        "Daktari, baba yangu ghafla mdomo umepinda upande mmoja na anaongea kwa shida, mkono wa kulia hauna nguvu. Ana miaka 75, tufanye nini",
    ),
    (
        "u",
        "sw",
        "Tuko bize na maandalizi ya harusi ya mwanangu lakini tangu asubuhi kifua kinauma sana kama kimebanwa, maumivu yanashuka mkono wa kushoto, natoka jasho baridi",
    ),
    (
        "u",
        "sw",
        "Mtoto wangu wa miaka 5 ana homa kali 40, amelegea kabisa, hataki kufungua macho hata nikimwita 😢",
    ),
    (
        "u",
        "sw",
        "Nimechoka na maisha. Wakati mwingine nafikiri ingekuwa bora nisiamke asubuhi. Sijui nimwambie nani",
    ),
    (
        "n",
        "sw",
        "Asante kwa miadi iliyopita daktari 🙏 Lakini tangu Jumanne naharisha mara sita kwa siku na tumbo linanikata",
    ),
    (
        "n",
        "sw",
        "Nahitaji cheti cha afya kwa ajili ya visa, mnatoa? Na pia nimerudi kutoka Tanzania wiki iliyopita, sasa nina homa inayopanda na kushuka, natetemeka na kichwa kinauma sana",
    ),
    (
        "n",
        "sw",
        "Mama yangu ana miaka 82, hali chakula vizuri na anasahau sana siku hizi, jana alipotea njiani kurudi nyumbani",
    ),
    ("n", "sw", "doc sukari asubuhi leo 18, kiu haiishi na nakojoa kila saa 😩"),
    (
        "n",
        "sw",
        "Mwanangu wa miaka 8 analalamika sikio linauma tangu jana, usiku hakulala, ana homa kidogo",
    ),
    (
        "n",
        "sw",
        "Kwa wiki mbili sasa natoka damu kidogo nikienda haja kubwa, nadhani ni bawasiri lakini nina wasiwasi",
    ),
    (
        "n",
        "sw",
        "Tangu nianze dawa mpya ya presha miguu inavimba jioni, niendelee kuimeza au nisimamishe?",
    ),
    ("u", "sw", "Nimetoka damu nyingi puani nusu saa sasa haiachi, natumia dawa ya kupunguza damu"),
    (
        "n",
        "sw",
        "Kidole gumba cha mguu kimevimba ghafla usiku, ni chekundu na kinauma hata shuka likigusa",
    ),
    ("n", "sw", "Sipati usingizi mwezi mzima, moyo unadunda usiku, nawaza sana mambo ya kazi"),
]
