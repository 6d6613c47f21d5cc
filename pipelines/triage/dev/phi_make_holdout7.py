"""Build phi_holdout7.jsonl: a seventh held-out PHI set for the redactor, never tuned on.

Written fresh (own wording, 2026-11-23) before the round-5b precision work; frozen after its
first measurement. Run: /work/venv/bin/python pipelines/triage/dev/phi_make_holdout7.py
"""

from __future__ import annotations

from pathlib import Path

from pipelines.triage.dev.phi_markup import build, write

# Conventions as in phi_make_holdout6.py: titles, field labels and relation words outside spans;
# each address component below state level its own span; an AGE span is the number only.
MARKED = [
    # --- PHI beside relation words in other languages
    "mi abuelita {NAME|Rosario} no quiere comer desde ayer",
    "my tita {NAME|Marites} says the swelling in her ankle is worse",
    "Onkel {NAME|Reinhard} hat seit Montag Fieber",
    "my nonna {NAME|Graziella Ferri} fell in the bathroom this morning",
    "his farfar {NAME|Sven Ekdahl} is on dialysis three times a week",
    "bibi {NAME|Amina} amekuwa na homa kwa siku tatu",
    "my halmeoni {NAME|Soon-ja Park} keeps forgetting her pills",
    "tante {NAME|Odile} a mal au dos depuis sa chute",
    "my ate {NAME|Liza} brought me in because I fainted at work",
    "abuelo {NAME|Tomás Iturbe} tiene la presión muy alta",
    "my pappou {NAME|Stavros} coughs up blood sometimes",
    "moster {NAME|Ingrid Solberg} has a new lump under her arm",
    # --- dates and addresses in other languages
    "la próxima cita es el {DATE|22 de enero}",
    "il a été opéré le {DATE|8 avril} à l'hôpital",
    "die Blutabnahme war am {DATE|12. März}",
    "a consulta ficou para {DATE|15 de setembro}",
    "la visita è fissata per il {DATE|30 ottobre}",
    "mijn moeder is op {DATE|2 mei} opgenomen",
    "ma nouvelle adresse : {ADDRESS|12 rue des Lilas}, {ADDRESS|Nantes}",
    "vivo en {ADDRESS|Avenida del Puerto 88}, {ADDRESS|Valencia}",
    "wir wohnen in der {ADDRESS|Lindenstraße 5}, {ADDRESS|Kassel}",
    # --- English PHI in clinical settings
    "pt {NAME|Harriet Okonkwo-Blake}, {AGE|93}, seen for cellulitis of the left shin",
    "call back {NAME|Desmond} at {PHONE|(415) 555-0172} re: his Eliquis refill",
    "Mrs. {NAME|Aurelia Vance} had a Whipple-type pancreatic surgery at {ADDRESS|Mercy Ridge Hospital}",
    "my son {NAME|Callum} (age 7) has a barky cough at night",
    "discharged {DATE|Nov 14} to {ADDRESS|Birchwood Manor} nursing home",
    "MRN {ID|A7730412}, {NAME|Farouk Haddad}, Holter placed {DATE|10/02}",
    "email me at {EMAIL|lena.morrow88@example.org} with the Apgar results for baby {NAME|Noor}",
    "this is {NAME|brooke}, my Foley bag keeps leaking",
    "{NAME|Ignatius Bell} is asking whether his Bell's palsy will recover",
    "my wife {NAME|Parker} started Jardiance and now has a yeast infection",
    "Dr. {NAME|Whitlow} wants me off Mounjaro before the colonoscopy on {DATE|Dec 3}",
    "please send the letter to {ADDRESS|88 Quarry Lane}, {ADDRESS|Bangor} {ADDRESS|LL57 2PW}",
    "{NAME|Graves} family: grandma {NAME|Edith} is {AGE|96} and very short of breath",
    # --- PHI-free: eponyms, brands, foreign relation words without names
    "Is Addison's disease the reason I crave salt all the time?",
    "They mentioned a Baker cyst and Osgood-Schlatter at the sports clinic.",
    "My cardiologist ordered a Holter and an echo before starting Entresto.",
    "Can I take Tylenol with Xarelto for my toothache?",
    "The nurse did a Babinski test and said it looked normal.",
    "Heard it might be Meniere's, the ringing and spinning come together.",
    "Is a Schatzki ring something that needs surgery?",
    "Wegovy makes me nauseous every Thursday after the shot.",
    "My Dexcom keeps reading low even though I feel fine.",
    "Had Tommy John surgery on my elbow years ago and now it clicks.",
    "Does Tourette's get worse with caffeine?",
    "The pediatrician mentioned Kawasaki disease and wants bloods tomorrow.",
    "Are Trulicity and Rybelsus the same kind of drug?",
    "Sjögren's makes my eyes so dry I can barely read.",
    "The Foley was removed and I still can't pee properly.",
    "Is the Heimlich safe to do on a toddler?",
    "My lola is worried about her blood pressure but won't see anyone.",
    "Mi abuela tiene diabetes y no se cuida.",
    "Meine Oma hat seit gestern Schwindel.",
    "Could Cushing's explain the weight gain and the purple stretch marks?",
    "Is it normal for Humira injections to sting this much?",
    "He has Down syndrome and a new heart murmur.",
    "The Glasgow score was 14 when the ambulance arrived.",
    "I live alone and the pharmacy is closed on Sundays.",
    "Started Paxil in the spring and still feel flat.",
    "Is Lyrica or Cymbalta better for nerve pain in the feet?",
]


if __name__ == "__main__":
    here = Path(__file__).parent
    items = build(MARKED, "hold7-phi", "held-out dev set 7", "2026-11-23")
    write(here / "phi_holdout7.jsonl", items)
    print(len(items), "items,", sum(len(i["spans"]) for i in items), "spans")
