# German (de)
LANG = "de"
ROWS = [
    (
        "a",
        "Hallo, die Schilddrüsenwerte sind wieder normal 👍 Andere Frage: weiß jemand, wie man den deutschen Führerschein hier umschreiben lässt? Muss ich nochmal die Prüfung machen?",
    ),
    (
        "a",
        "Moin! Dem Rücken gehts wieder gut, danke für die Physio-Überweisung. Meine Tochter (11) hat Hausaufgaben über Photosynthese und ich bin raus... könnt ihr mir das kurz erklären? 😅",
    ),
    (
        "a",
        "Guten Tag Frau Doktor, mein Blutdruck ist seit der neuen Tablette super, vielen Dank. Ich hätte eine Frage ganz anderer Art: mein Vermieter will die Kaution nicht zurückzahlen, obwohl die Wohnung sauber übergeben wurde. Wissen Sie, wo man sich da beraten lassen kann?",
    ),
    (
        "a",
        "hallo zusammen, asthma ist seit dem neuen spray kein thema mehr, danke! welchen handyvertrag könnt ihr empfehlen mit freiminuten nach europa?",
    ),
    (
        "a",
        "Sehr geehrter Herr Doktor, nach der Knie-OP geht es mir blendend, ich kann wieder Rad fahren. Nun zu meinem Anliegen: ich bewerbe mich als Lagerist und brauche ein Anschreiben auf Englisch. Könnte jemand von Ihnen kurz drüberschauen? Ich weiß, dass das nicht Ihre Aufgabe ist, aber ich kenne sonst niemanden hier, der gut Englisch kann. Vielen Dank im Voraus und schöne Grüße",
    ),
    (
        "a",
        "Die Cholesterinwerte passen jetzt, danke! Darf man bei Lufthansa eigentlich zwei Koffer in der Economy nach Frankfurt mitnehmen?",
    ),
    ("b", "hat jemand ein gutes rezept für käsespätzle? meine schmecken nie wie bei oma"),
    (
        "b",
        "Brauche ich für das Visum-Interview im Konsulat einen Termin oder kann man einfach hingehen?",
    ),
    (
        "b",
        "Wir suchen einen Saal für die Hochzeit meines Sohnes, ca. 80 Gäste. Kennt jemand was in der Nähe?",
    ),
    ("b", "Was kostet eine Überweisung nach Deutschland ungefähr? Bank oder lieber Wise?"),
    ("b", "wie lange dauert es, bis man hier eine Sozialversicherungsnummer bekommt?"),
    (
        "c",
        "Guten Tag, sucht das Krankenhaus noch Pflegehelfer? Ich habe eine Ausbildung aus Deutschland. Wo kann ich mich bewerben?",
    ),
    (
        "c",
        "Gibt es bei Ihnen im Krankenhaus Englischkurse für Angehörige oder Patienten? Mein Englisch ist nicht so gut.",
    ),
    ("c", "Wie viel kostet das Parken im Parkhaus am Haupteingang pro Tag?"),
    (
        "c",
        "Hallo, ich habe meinen Schlüsselbund mit einem roten Anhänger in der Cafeteria liegen lassen. Wurde der abgegeben?",
    ),
    (
        "mix",
        "Guten Abend Herr Doktor, vielen Dank für die nette Betreuung letzte Woche. Leider habe ich seit Dienstag Schmerzen beim Wasserlassen und jetzt auch Fieber 38,5 und Schmerzen in der rechten Flanke.",
    ),
    (
        "mix",
        "Hallo, ich hab bald mein Visa-Interview und bin eh nervös, aber seit ein paar Tagen hab ich so ein Herzstolpern und kann nachts schlecht schlafen. Ist das gefährlich?",
    ),
    (
        "urg",
        "Wir planen gerade die Hochzeit und alles ist stressig, aber seit einer Stunde hab ich Druck auf der Brust, der in den linken Arm zieht, und mir ist schlecht. Bin 55. Soll ich mich einfach hinlegen?",
    ),
    (
        "urg",
        "Mein Vater (lebt bei uns) spricht plötzlich ganz verwaschen und sein rechter Arm hängt runter. Seit ca. 10 Min.",
    ),
    (
        "urg",
        "Ich weiß nicht, ob das hier hingehört. Ich hab seit Wochen das Gefühl, dass es egal wäre, wenn ich morgen nicht mehr aufwache. Eigentlich wäre es mir sogar recht.",
    ),
    (
        "plain",
        "Mein Sohn ist 6 und hat seit gestern Ausschlag am ganzen Körper, kleine rote Pünktchen, juckt. Fieber hat er keins.",
    ),
    (
        "plain",
        "guten morgen, bin gestern beim joggen umgeknickt, knöchel ist dick und blau. reicht kühlen und hochlegen oder muss ich zum röntgen?",
    ),
    (
        "plain",
        "Ich pflege meine Mutter (86). Sie hat seit zwei Tagen Durchfall, trinkt wenig und ist sehr schwach. Sie nimmt Wassertabletten.",
    ),
    (
        "plain",
        "Hallo, seit ich das neue Blutdruckmittel nehme, sind meine Knöchel abends dick geschwollen. Nebenwirkung?",
    ),
    (
        "mix",
        "Danke für das Rezept! Eine Sache noch: meine Migräne kommt jetzt fast jeden zweiten Tag, das Triptan hilft nur halb. So war es früher nicht.",
    ),
    (
        "urg",
        "Ich blute seit heute Morgen sehr stark aus dem Po, hellrotes Blut, schon viermal, mir ist schwindelig",
    ),
    (
        "plain",
        "hallo, meine Tochter (14) hat seit einer Woche Halsschmerzen und geschwollene Lymphknoten, ist total müde. Kann das Pfeiffer sein?",
    ),
    (
        "plain",
        "Zahnschmerzen seit drei Tagen, jetzt ist die Backe geschwollen und ich kann kaum schlucken",
    ),
    (
        "mix",
        "Liebes Team, frohe Ostern 🐣 Leider liege ich seit Karfreitag mit Fieber und Gliederschmerzen flach, jetzt kommt Husten dazu. Ich bin gerade in Chemo.",
    ),
    (
        "plain",
        "Seit dem Sturz letzte Woche tut meine Hüfte weh, ich kann laufen aber es wird nicht besser. Ich bin 74 und habe Osteoporose.",
    ),
]
