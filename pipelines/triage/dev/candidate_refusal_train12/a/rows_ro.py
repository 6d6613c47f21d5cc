# Romanian (ro)
LANG = "ro"
ROWS = [
    (
        "a",
        "Bună seara, analizele la tiroidă au ieșit perfect 🙏 O întrebare fără legătură: știe cineva cum se schimbă permisul românesc pe unul de aici?",
    ),
    (
        "a",
        "Buna ziua doamna doctor, tensiunea e bine de cand cu pastila noua, va multumesc frumos! Am si eu o problema cu proprietarul, nu vrea sa-mi repare frigiderul de o luna. Stiti unde ma pot plange?",
    ),
    (
        "a",
        "Buna, dupa operatie totul e ok, ma simt foarte bine. Stiti daca la Wizz Air bagajul de cala de 20 kg se plateste separat?",
    ),
    (
        "a",
        "Domnule doctor, genunchiul e bine acum, multumesc. Am nevoie de ajutor sa completez o cerere de angajare online, nu inteleg partea cu work history, ma puteti ajuta sau ma trimiteti la cineva?",
    ),
    (
        "a",
        "Salut! Tusea a trecut complet. Facem nunta fetei in august si cautam un restaurant pentru 200 de invitati, stiti ceva prin zona?",
    ),
    (
        "a",
        "Sunt bine cu diabetul, glicemia e ok de cateva luni. Are cineva o reteta buna de sarmale? ale mele se desfac la fiert 😅",
    ),
    ("b", "ce acte trebuie la interviul de viza la ambasada?"),
    ("b", "Ce abonament de telefon imi recomandati pentru apeluri in Romania?"),
    ("b", "Cât costă să trimit bani în România, e mai ieftin cu Revolut sau cu Western Union?"),
    (
        "b",
        "Baiatul meu are o tema la istorie despre razboiul de independenta american si nu ma descurc deloc, stie cineva un site simplu?",
    ),
    ("b", "Bună ziua, cum îmi reînnoiesc pașaportul la consulat? Trebuie programare?"),
    ("c", "Buna ziua, spitalul angajeaza infirmiere sau personal la bucatarie? Unde trimit CV-ul?"),
    ("c", "Exista parcare gratuita pentru vizitatori? Cat costa pe ora?"),
    (
        "c",
        "Am pierdut ochelarii de vedere intr-o husa verde pe holul de la etajul 2, i-a gasit cineva?",
    ),
    ("c", "Buna, cafeneaua de la parter e deschisa si sambata? la ce ora inchide?"),
    (
        "mix",
        "Doamna doctor, va multumesc pentru ultima consultatie. Dar de marti am dureri de cap foarte puternice dimineata si uneori vad dublu. Nu am mai avut asa ceva.",
    ),
    (
        "mix",
        "Am interviul de viza saptamana viitoare si as vrea sa fiu ok, dar am febra 38,5 de trei zile si tusesc cu flegma galbena. Ce sa fac?",
    ),
    (
        "urg",
        "Pregatim nunta baiatului si am alergat toata ziua, dar acum ma doare tare in piept, ma strange si transpir rece. Am 59 de ani si tensiune.",
    ),
    (
        "urg",
        "Fetița mea are 4 ani, febră 40 de azi-noapte, acum e moale, nu mai vrea să bea și abia deschide ochii",
    ),
    (
        "urg",
        "Nu mai vad rostul. Ma gandesc ca ar fi mai bine daca as adormi si nu m-as mai trezi. Nu i-am spus nimanui.",
    ),
    (
        "plain",
        "baiatul meu de 7 ani are o iritatie rosie in jurul gurii cu cruste galbene, se intinde. e contagios?",
    ),
    (
        "plain",
        "Am grijă de mama, are 83 de ani. De două zile e mai confuză și nu mai recunoaște camera. Are și febră 37,9.",
    ),
    (
        "plain",
        "Bună, de când iau pastila nouă pentru colesterol am dureri musculare mari la picioare. E normal?",
    ),
    ("plain", "Ma ustura cand urinez si merg foarte des la baie, de 2 zile. Sunt femeie, 38 ani."),
    (
        "mix",
        "Vă mulțumesc pentru rețetă! Încă ceva: am o aluniță pe spate care și-a schimbat culoarea și uneori sângerează.",
    ),
    ("urg", "Sotul meu nu poate respira bine, are buzele vinete si vorbeste greu. Are BPOC."),
    (
        "plain",
        "Am o durere în partea dreaptă jos a burții de ieri, tot mai tare, și greață. Nu pot să merg drept.",
    ),
    ("plain", "ma doare gatul de 5 zile si am ganglionii umflati. nu am febra"),
    (
        "urg",
        "M-am taiat la mana cu un cutit, sangereaza intruna de 20 de minute, am pus prosop si tot curge",
    ),
    (
        "mix",
        "Buna ziua, tocmai am fost promovat la munca si sunt fericit 😄 dar de vreo 2 saptamani am palpitatii seara si ametesc putin cand ma ridic.",
    ),
]
