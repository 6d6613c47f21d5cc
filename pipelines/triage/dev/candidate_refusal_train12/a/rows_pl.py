# Polish (pl)
LANG = "pl"
ROWS = [
    (
        "a",
        "Dzień dobry pani doktor, ciśnienie mam już w normie od tej nowej tabletki, bardzo dziękuję! Mam pytanie, czy wie pani może, jakie dokumenty trzeba zabrać na rozmowę o wizę do ambasady?",
    ),
    (
        "a",
        "Witam, kaszel przeszedł całkowicie, dziękuję. Szukamy sali na wesele syna, jakieś 150 osób, zna ktoś coś w okolicy?",
    ),
    (
        "a",
        "Dzień dobry. Wyniki tarczycy dobre, wszystko w porządku. Chciałam zapytać, czy ktoś wie, ile kosztuje przelew do Polski przez Western Union, bo w banku chcą 40 dolarów",
    ),
    (
        "a",
        "czesc, cukier wyszedl dobry na ostatnich badaniach 🙂 a tak z innej beczki, ma ktos sprawdzony przepis na pierogi ruskie? ciasto mi sie zawsze rwie",
    ),
    (
        "a",
        "hej, alergia pod kontrolą od nowego sprayu, dzieki! jaki abonament na telefon polecacie, zeby tanio dzwonic do Polski?",
    ),
    (
        "a",
        "Panie doktorze, kolano już nie boli, dziękuję za skierowanie na rehabilitację. Córka ma zadanie z matematyki o ułamkach i nie umiem jej tego wytłumaczyć po angielsku, ma pan jakiś pomysł? 😅",
    ),
    ("b", "jak wymienic polskie prawo jazdy na tutejsze? trzeba zdawac egzamin?"),
    ("b", "ile kg bagażu rejestrowanego w LOT do Warszawy?"),
    ("b", "Dzień dobry, właściciel mieszkania nie chce oddać kaucji, gdzie mogę to zgłosić?"),
    (
        "b",
        "Potrzebuję pomocy z napisaniem CV po angielsku, szukam pracy w hotelu. Ktoś może sprawdzić błędy? Nie mam tu nikogo, kto dobrze zna angielski.",
    ),
    ("b", "jak przedłużyć paszport w konsulacie? ile to trwa?"),
    (
        "c",
        "Dzień dobry, czy szpital zatrudnia osoby do sprzątania? Mam doświadczenie i pozwolenie na pracę.",
    ),
    ("c", "czy przy szpitalu są kursy angielskiego dla obcokrajowców? słyszałam że w środy"),
    ("c", "Jaki autobus jedzie spod szpitala do centrum handlowego?"),
    ("c", "Zgubiłem brązowy portfel na parkingu szpitalnym we wtorek. Czy ktoś oddał?"),
    (
        "mix",
        "Pani doktor, dziękuję za ostatnią wizytę, była pani bardzo miła. Ale od wtorku mam mocny ból gardła, gorączkę 38,7 i nie mogę przełykać śliny.",
    ),
    (
        "mix",
        "Mam w przyszłym tygodniu rozmowę o wizę, a od kilku dni strasznie swędzi mnie skóra na całym ciele i białka oczu mam jakieś żółte. Co to może być?",
    ),
    (
        "urg",
        "Szykujemy wesele córki i wszystko na mojej głowie, ale od rana boli mnie w klatce piersiowej, jakby ktoś mi usiadł na piersi, i ciężko mi złapać oddech. Mam 63 lata.",
    ),
    (
        "urg",
        "synek ma 3 latka, od wczoraj gorączka prawie 40, teraz jest taki wiotki, leci przez ręce i nie chce pić. co robić?",
    ),
    (
        "urg",
        "Nie wiem już po co to wszystko. Myślę, że rodzinie byłoby lżej beze mnie. Nie śpię od tygodni.",
    ),
    (
        "plain",
        "mam od 3 dni biegunkę i skurcze brzucha, byłem na weselu i chyba coś zjadłem. pić elektrolity czy przyjść?",
    ),
    (
        "plain",
        "Dzień dobry, opiekuję się mamą (81 lat). Od wczoraj ma jedną nogę czerwoną, gorącą i spuchniętą od kostki do kolana.",
    ),
    ("plain", "Czy mogę brać ibuprofen razem z lekiem na rozrzedzenie krwi? Bardzo boli mnie ząb."),
    (
        "plain",
        "Hej, po nowym antybiotyku wyskoczyła mi wysypka na rękach i brzuchu, swędzi. Przestać brać?",
    ),
    (
        "plain",
        "Córka (10 lat) uderzyła się w głowę na WF-ie, teraz wymiotowała dwa razy i mówi, że ją boli głowa",
    ),
    (
        "mix",
        "Dziękuję za receptę. Jeszcze jedno: od tygodnia budzę się w nocy zlana potem i schudłam 4 kg bez żadnej diety.",
    ),
    ("plain", "widze mroczki i błyski w prawym oku od rana, jakby zasłona z boku"),
    (
        "urg",
        "Tata (mieszka z nami) nagle nie może znaleźć słów, ma słabą lewą rękę i twarz mu opadła z jednej strony",
    ),
    (
        "plain",
        "Dzień dobry, od miesiąca mam zgagę prawie codziennie, nawet po wodzie. Biorę tabletki z apteki, ale nie pomagają.",
    ),
    (
        "mix",
        "Witam, u nas wszystko dobrze, dzieci w szkole, tylko mąż mnie martwi. Ma cukrzycę i od wczoraj cukier ciągle powyżej 350, dużo pije i jest senny.",
    ),
]
