# Italian (it)
LANG = "it"
ROWS = [
    (
        "a",
        "Buongiorno dottore, la pressione adesso è perfetta con la pillola nuova, grazie mille! Le volevo chiedere una cosa che non c'entra niente: sto facendo domanda per un lavoro in un ristorante e mi chiedono una lettera di presentazione in inglese, lei saprebbe come si scrive?",
    ),
    (
        "a",
        "Salve, le analisi della tiroide sono tornate tutte a posto 👍 domanda fuori tema: per il colloquio del visto di mio fratello all'ambasciata servono le foto stampate o bastano quelle caricate online?",
    ),
    (
        "a",
        "Ciao dottoressa, il ginocchio va alla grande, ho ripreso a camminare in montagna! Per caso sapete se con ITA il bagaglio a mano può pesare più di 8 kg?",
    ),
    (
        "a",
        "Tutto ok con il diabete, glicemia sempre sotto controllo grazie a voi. Volevo sapere se conviene Western Union o un bonifico normale per mandare soldi a mia madre in Italia, che commissioni ci sono?",
    ),
    (
        "a",
        "buonasera, la tosse è passata del tutto grazie!! qualcuno ha la ricetta vera della carbonara? qui la fanno tutti con la panna e mi viene da piangere 😩",
    ),
    (
        "a",
        "Buongiorno a tutti. Dopo l'operazione alla mano sto benissimo, ho ripreso anche a lavorare, grazie di cuore. Vi scrivo per una cosa diversa: mia figlia si sposa a settembre e stiamo cercando una sala ricevimenti per 120 persone, possibilmente con giardino e parcheggio. Abbiamo visto due posti ma costano una follia. Qualcuno di voi conosce qualcosa in zona a prezzi onesti?",
    ),
    ("b", "come si converte la patente italiana qui? bisogna rifare l'esame pratico?"),
    (
        "b",
        "che piano telefonico mi consigliate per chiamare in Italia senza spendere un patrimonio?",
    ),
    ("b", "Il padrone di casa mi vuole mandare via prima della scadenza del contratto, può farlo?"),
    (
        "b",
        "Mio figlio deve fare un tema su Cristoforo Colombo in inglese e non so come aiutarlo, idee?",
    ),
    (
        "b",
        "Buongiorno, come si iscrivono i figli alla scuola pubblica qui? Serve il contratto d'affitto come prova di residenza?",
    ),
    ("c", "Buongiorno, l'ospedale cerca volontari? Sono in pensione e avrei i pomeriggi liberi."),
    ("c", "Ciao, c'è un autobus che va dall'ospedale alla stazione? a che ora passa l'ultimo?"),
    (
        "c",
        "Ho lasciato il caricabatterie del telefono nella sala d'attesa del pronto soccorso, è possibile recuperarlo?",
    ),
    ("c", "Buonasera, vorrei fare una donazione all'ospedale in memoria di mia zia, come si fa?"),
    (
        "mix",
        "Dottore grazie mille per la visita di lunedì, gentilissimo. Però da ieri ho un mal di schiena forte in basso che scende lungo la gamba sinistra fino al piede, e sento formicolio. Cosa posso fare?",
    ),
    (
        "mix",
        "Devo fare il colloquio per il visto a fine mese ma intanto ho la pressione alta, stamattina 170/100, con un po' di mal di testa. Prendo già la pillola. Devo preoccuparmi?",
    ),
    (
        "urg",
        "Stavo scegliendo i fiori per il matrimonio con mia moglie e all'improvviso le si è storta la bocca da un lato e non riesce a muovere la mano sinistra. Cosa facciamo??",
    ),
    (
        "urg",
        "mio figlio ha 4 anni, febbre a 39.8 da stanotte, adesso è tutto molle, non vuole bere e piange pochissimo, è strano",
    ),
    (
        "urg",
        "Non ce la faccio più, dottoressa. Penso spesso che sarebbe meglio sparire per sempre, così non sarei più un peso per nessuno.",
    ),
    (
        "plain",
        "Buongiorno, ho una cistite da 2 giorni, brucia tanto quando faccio pipì. Mi può dare qualcosa?",
    ),
    (
        "plain",
        "Mia madre ha 80 anni e vive con me. Da stamattina ha le gambe gonfie e dice che le manca il fiato quando si sdraia.",
    ),
    (
        "plain",
        "ciao, ho sbattuto la testa contro lo sportello della macchina ieri, mi fa ancora male e ho un po' di nausea. prendo la cardioaspirina",
    ),
    (
        "plain",
        "Salve, ho delle macchie bianche in bocca da quando uso lo spray per l'asma. Fanno un po' male.",
    ),
    (
        "mix",
        "Dottoressa buongiorno, tutto bene in famiglia, grazie per gli auguri. Volevo dirle che mia figlia di 12 anni si lamenta di mal di pancia quasi tutte le mattine prima di scuola, da un mese. Non ha febbre.",
    ),
    (
        "urg",
        "ho il fiato corto e un dolore al petto quando respiro, dopo il volo lungo di ieri. ho anche il polpaccio destro gonfio",
    ),
    (
        "plain",
        "mi è uscita un'eruzione dolorosa su un lato del torace, tipo vescicole, brucia tantissimo. ho 67 anni",
    ),
    (
        "mix",
        "Buongiorno, sto cercando un lavoro nuovo e sono stressato, ma il punto è che ultimamente il cuore mi batte forte e irregolare, anche a riposo, per qualche minuto. Mi è successo 3 volte questa settimana.",
    ),
    ("plain", "Ho finito gli antibiotici ma l'orecchio mi fa ancora male e ci sento poco"),
    (
        "plain",
        "mio nonno (vive da noi) ha la tosse con catarro verde da una settimana e oggi è più confuso del solito",
    ),
]
