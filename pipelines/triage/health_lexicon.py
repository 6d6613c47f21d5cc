"""Health lexicon for non-English patient messages.

HEALTH_STEMS maps a language code to lower-case entries.  A message that
contains none of the entries of its language (plus the language-independent
"any" list) is taken as "not about health".

Entry syntax
------------
* ``word`` or ``multi word phrase``: matched as a whole word/phrase, i.e. the
  character before and after the match must not be a letter (digits,
  punctuation, spaces and text edges are boundaries, so "500mg" matches "mg"
  and "covid19" matches "covid").
* ``stem*``: any word starting with ``stem`` (only a trailing ``*``).
* zh / ja / ko entries are plain substrings (no word boundaries).

Matching is done after ``normalize()``: NFKC, lower-case, accents/diacritics
removed from Latin, Greek and Cyrillic letters (so "cabeça" == "cabeca",
"ağrı" == "agri", "πόνος" == "πονος", "ё" == "е"), a few special letters folded
(đ->d, ł->l, ı->i, ß->ss, œ->oe, final ς->σ) and apostrophes unified.
Entries are normalised the same way, so accented and accent-free spellings
listed side by side are both kept for consumers that do not normalise.

Exception: Vietnamese ("vi") is matched WITH its diacritics kept, because
stripped tone marks merge different everyday words (thuốc "medicine" vs
thuộc "belong to", xỉu "faint" vs xíu "a little").  Accent-free Vietnamese
entries are listed separately and only where the bare form is unambiguous.

Every list is matched against every message (a message's language is not guessed first), so an
everyday word of one language that another list names as health ("hasta": Spanish "until",
Turkish "ill") is dropped where the message reads as the language it is everyday in
(``FALSE_FRIENDS``, ``reads_as``).

Usage::

    from pipelines.triage.health_lexicon import is_health, find_terms
    is_health("me duele la cabeza", ["es"])      # True
    find_terms("tengo fiebre y tos", ["es"])    # ['fiebre', 'tos']

Written from scratch for this project (a helper writing blind to the refusal dev sets, checked
against its own test messages); the "ar" list and the entries marked "dev misses" were added
after, from health messages the first version missed in the refusal dev sets. Licence: Apache-2.0.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from pipelines.triage.health_lexicon_signs import SIGNS


def _w(block: str) -> tuple[str, ...]:
    """Split a block of comma/newline separated entries ('#' lines are comments)."""
    out: list[str] = []
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        for item in line.split(","):
            item = " ".join(item.split())
            if item:
                out.append(item)
    return tuple(out)


HEALTH_STEMS: dict[str, tuple[str, ...]] = {}

# --------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------
HEALTH_STEMS["es"] = _w("""
# pain
dolor*, duele, duelen, dolió, dolio, doliendo, me duel*, adolorid*, punzada*, ardor, me arde, me arden, escozor, comezón, comezon, picazón, picazon, me pica, me pican
# fever / cold / cough
fiebre*, calentura*, escalofrío*, escalofrio*, tos, tosiendo, toser, tose, flema*, mocos, gripa, gripe, gripal, resfri*, catarro*, congestion nasal, congestión nasal, estornud*
# breathing / chest / heart
no puedo respirar, falta de aire, me falta el aire, me ahogo, ahogo, asma*, asmátic*, asmatic*, respiración, respiracion, dificultad para respirar, sibilancia*, inhalador*, pecho, palpitacion*, palpitación, taquicardia*, arritmia*, infarto*, cardiac*, cardíac*, cardiolog*, latidos, del corazón, del corazon
# head / dizziness
jaqueca*, migraña*, migrana*, mareo*, mareado, mareada, mareados, vértigo, vertigo, desmay*, chichón, chichon
# stomach / gut
estómago, estomago, barriga, panza, abdomen, abdominal*, vientre, gastritis, reflujo, agruras, indigestión, indigestion, empacho, estreñid*, estrenid*, estreñimiento, estrenimiento, vómito*, vomit*, gomit*, náusea*, nausea*, ganas de vomitar, diarrea*, diarea, cólico*, colico*, heces, excremento*, deposiciones
# skin / wounds / swelling / bleeding
sarpullido*, salpullido*, ronchas, roncha, erupción cutánea, erupcion cutanea, acné, acne, urticaria, eccema, dermatitis, ampolla, ampollas, herida*, herido, quemadura*, me quemé, me queme, picadura*, mordedura*, me mordió, me mordio, hinchad*, hinchazón, hinchazon, se me hinchó, se me hincho, inflamad*, inflamación, inflamacion, ganglio*, quiste*, tumor*, cáncer, cancer, sangre, sangrado*, sangrando, sangra, sangran, sangrar, sangró, hemorragia*, moretón, moreton, moretones, hematoma*
# fatigue / unwell / sleep
cansancio, me siento cansad*, siempre cansad*, fatiga*, debilidad, me siento mal, me siento muy mal, me siento fatal, malestar, malito, malita, indispuest*, insomnio, no puedo dormir, no duermo, no logro dormir, somnolencia, apnea
# mental health
ansiedad, ansios*, depresión, depresion, deprimid*, ataque de pánico, ataque de panico, ataques de pánico, ataques de panico, estrés, estres, estresad*, suicid*, quitarme la vida, acabar con mi vida, matarme, me quiero matar, me quiero morir, quiero morir*, ganas de morir, no quiero vivir, no quiero seguir viviendo, sin ganas de vivir, hacerme daño, hacerme dano, autolesi*, cortarme las venas, lastimarme, desesperanza, sin esperanza, me siento triste, psicólog*, psicolog*, psiquiatr*, terapia, salud mental
# injury
me caí, me cai, lesión, lesion*, fractura*, hueso roto, esguince*, torcedura, me torcí, me torci, me lastimé, me lastime, lastimad*, me golpeé, me golpee, golpe en la cabeza, conmoción cerebral
# blood pressure / sugar
presión alta, presion alta, presión baja, presion baja, presión arterial, presion arterial, tensión arterial, tension arterial, hipertens*, hipotens*, diabet*, glucosa, glucemia, azúcar alta, azucar alta, insulina
# pregnancy / reproductive
embarazo, embarazos, embarazada, embarazadas, prenatal, parto, cesárea, cesarea, menstruac*, menstrual, anticonceptiv*, aborto*, ginecólog*, ginecolog*, ovulación, ovulacion, menopausia, flujo vaginal, vaginal*, vagina, pene, testículo*, testiculo*, pezón, pezon, lactancia, amamant*
# medication
medicina*, medicamento*, medicación, medicacion, pastilla*, píldora*, pildora*, dosis, receta médica, receta medica, me recetaron, antibiótic*, antibiotic*, analgésic*, analgesic*, antiinflamatori*, antinflamatori*, efecto secundario, efectos secundarios, farmacia*, inyección, inyeccion, inyecciones, vacuna*, pomada*, inhalador
# care services
médico, medico, médica, medica, médicos, medicos, doctor, doctora, enfermer*, enferm*, clínica, clinica, hospital, hospitales, hospitalari*, urgencias, sala de emergencias, ambulancia*, consultorio, consulta médica, consulta medica, cita médica, cita medica, centro de salud, seguro médico, seguro medico, pediatra*, dentista*, odontólog*, odontolog*, cirugía, cirugia, cirujan*, me operaron, quirófano, quirofano, hospitaliz*, salud
# tests
radiografía*, radiografia*, rayos x, tomografía*, tomografia*, resonancia magnética, resonancia magnetica, ecografía*, ecografia*, ultrasonido, electrocardiograma, biopsia*, mamografía*, mamografia*, colesterol, orina*, orinar, papanicolau, papanicolaou, análisis de sangre, analisis de sangre, un tac, el tac, una tac
# body parts
garganta, rodilla*, tobillo*, hombro*, cuello, codo, cadera*, muela*, encías, encias, riñón, riñon, riñones, rinon, rinones, pulmón, pulmon, pulmones, vejiga, nariz, oído, oido, oídos, oidos, oreja, orejas, ojo rojo, ojos rojos, en el ojo, en los ojos, visión borrosa, vision borrosa, vista borrosa, espalda, lumbalgia, ciática, ciatica
# urinary / infections / illnesses
infección*, infeccion*, cistitis, próstata, prostata, incontinencia, síntoma*, sintoma*, contagi*, dolencia*, alergia*, alérgic*, alergic*, tiroides, hipotiroid*, hipertiroid*, convulsion*, convulsión, epilepsia, artritis, artrosis, anemia, úlcera, ulcera, hernia*, herpes, vih, sida, hepatitis, neumonía, neumonia, bronquitis, sinusitis, otitis, amigdalitis, anginas, dengue, varicela, sarampión, sarampion, paperas, piojos, migraña
# added after review
lagrimea*, lagrimeo, ojos llorosos, ojo irritado, ojos irritados, conjuntivitis, orzuelo, pipí, sin apetito, no tengo apetito, perdí el apetito, perdi el apetito, falta de apetito, pérdida de apetito, perdida de apetito, entumecid*, hormigueo, adormecid*
""")

# --------------------------------------------------------------------------
# Portuguese (BR + PT)
# --------------------------------------------------------------------------
HEALTH_STEMS["pt"] = _w("""
# pain
dor, dores, doendo, dói, doi, doem, doía, doia, dolorid*, ardência, ardencia, ardor, coceira, comichão, comichao, pontada*
# fever / cold / cough
febre*, febril, calafrio*, tosse*, tossindo, tossir, catarro, gripe*, gripad*, resfriad*, constipad*, espirr*, nariz entupido, nariz entupida, coriza, secreção, secrecao
# breathing / chest / heart
falta de ar, sem ar, dificuldade para respirar, dificuldade de respirar, não consigo respirar, nao consigo respirar, respiração, respiracao, fôlego, folego, asma*, bronquite, aperto no peito, pressão no peito, pressao no peito, chiado no peito, no peito, palpitaç*, palpitac*, taquicardia, arritmia, infarto, cardíac*, cardiac*, cardiolog*, batimento*, coração acelerado, coracao acelerado, coração disparado, coracao disparado, do coração, do coracao
# head / dizziness
enxaqueca*, tontura*, tonteira, zonz*, vertigem, desmai*
# stomach / gut
estômago, estomago, dor de barriga, barriga inchada, abdominal*, abdômen, abdomen, azia, refluxo, gastrite, cólica*, colica*, prisão de ventre, prisao de ventre, intestino preso, intestino solto, enjoo*, enjôo*, enjoad*, náusea*, nausea*, vômito*, vomit*, diarreia*, diarréia, caganeira, fezes
# skin / wounds / swelling / bleeding
alergia*, alérgic*, alergic*, urticária, urticaria, brotoeja*, acne, espinhas no rosto, ferida*, machucado, machucada, me machuquei, machuquei, machucou, queimadura*, me queimei, picada de inseto, picada de abelha, picada de cobra, mordida de cachorro, inchad*, inchaço, inchaco, inflamad*, inflamação, inflamacao, íngua, ingua, nódulo*, nodulo*, tumor*, câncer, cancer, cancro, sangue, sangrando, sangramento*, sangrou, sangra, hemorragia*, hematoma*, mancha roxa
# fatigue / unwell / sleep
cansaço, cansaco, fadiga, fraqueza, indisposição, indisposicao, indisposto, indisposta, mal-estar, mal estar, me sinto mal, passando mal, passei mal, me sinto cansad*, sempre cansad*, insônia, insonia, não consigo dormir, nao consigo dormir, não durmo, nao durmo, sonolência, sonolencia, apneia, apnéia
# mental health
ansiedade, ansios*, depressão, depressao, deprimid*, pânico, panico, crise de ansiedade, estresse, estressad*, suicid*, me matar, quero morrer, vontade de morrer, não quero viver, nao quero viver, não quero mais viver, nao quero mais viver, tirar minha vida, tirar a minha vida, me machucar, me cortar, automutila*, autolesão, autolesao, sem esperança, sem esperanca, desesperança, desesperanca, psicólog*, psicolog*, psiquiatr*, terapia, saúde mental, saude mental, surto
# injury
eu caí, eu cai, levei um tombo, tombo, lesão, lesao, fratura*, osso quebrado, torci o, torção, torcao, entorse, luxação, luxacao, traumatismo*, concussão, concussao
# blood pressure / sugar
pressão alta, pressao alta, pressão baixa, pressao baixa, pressão arterial, pressao arterial, minha pressão, minha pressao, hipertens*, hipotens*, diabet*, glicose, glicemia, insulina
# pregnancy / reproductive
grávida, grávidas, gravidez, gravida, gravidas, gestante, gestação, gestacao, pré-natal, pre-natal, prenatal, parto, cesárea, cesarea, menstrua*, anticoncepcional*, aborto, ginecolog*, menopausa, corrimento, vaginal, útero, utero, ovário*, ovario*
# medication
remédio*, remedio*, medicamento*, medicação, medicacao, comprimido*, pílula, pilula, dosagem, receita médica, receita medica, antibiótico*, antibiotico*, analgésico*, analgesico*, anti-inflamatório*, anti-inflamatorio*, antiinflamatorio*, efeito colateral, efeitos colaterais, farmácia*, farmacia*, injeção, injecao, vacina*, pomada*
# care services
médic*, medic*, doutor, doutora, enfermeir*, enferm*, doente*, doença*, doenca*, adoec*, clínica*, clinica*, hospital, hospitais, hospitalar*, hospitaliz*, pronto-socorro, pronto socorro, posto de saúde, posto de saude, consulta médica, consulta medica, ambulância, ambulancia, samu, plano de saúde, plano de saude, saúde, saude, pediatra, dentista, cirurgia*, cirurgião, cirurgiao, internad*, internação, internacao, fisioterap*
# tests
hemograma, raio-x, raio x, tomografia*, ressonância, ressonancia, ultrassom, ultrassonografia, ecografia, eletrocardiograma, biópsia, biopsia, mamografia, colesterol, urina*, urinar, papanicolau, exame de sangue, exames de sangue
# body parts
joelho*, tornozelo*, ombro*, pescoço, pescoco, nas costas, garganta, ouvido, ouvidos, no olho, nos olhos, olho vermelho, olhos vermelhos, vista embaçada, vista embacada, visão embaçada, visao embacada, gengiva*, dente do siso, rins, pulmão, pulmao, pulmões, pulmoes, bexiga, próstata, prostata, quadril, perna, pernas, coluna
# urinary / infections / illnesses
xixi, cistite, infec*, sintoma*, virose, contagi*, tireoide, tireóide, convulsão, convulsao, epilepsia, artrite, artrose, anemia, úlcera, ulcera, hérnia, hernia, herpes, hiv, aids, hepatite, pneumonia, bronquite aguda, sinusite, otite, amigdalite, catapora, sarampo, piolho*, micose, frieira, lombriga*, dengue, dodói, dodoi
# added after review
meu olho, olho inchado, olho coçando, olho cocando, lacrimeja*, conjuntivite, terçol, tercol, sem apetite, falta de apetite, perda de apetite, dormência, dormencia, formigamento, dormente
""")

# --------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------
HEALTH_STEMS["fr"] = _w("""
# pain
j'ai mal, jai mal, j ai mal, mal au, mal aux, mal à la tête, mal a la tete, mal à la gorge, mal a la gorge, mal à la jambe, mal a la jambe, fait mal, me fait mal, ça fait mal, ca fait mal, maux, douleur*, douloureu*, souffr*, brûlure*, brulure*, ça brûle, ca brule, démang*, demang*, élancement*, elancement*
# fever / cold / cough
fièvre*, fievre*, fiévreu*, fievreu*, frissons, de la température, de la temperature, toux, tousse*, tousser, rhume*, grippe*, enrhumé*, enrhume*, nez bouché, nez bouche, nez qui coule, éternu*, eternu*, glaire*, expector*, mucus, morve, la crève, la creve
# breathing / chest / heart
essouffl*, souffle court, difficulté à respirer, difficulte a respirer, du mal à respirer, du mal a respirer, respire mal, respiratoire*, asthm*, bronchi*, je m'étouffe, je m'etouffe, inhalateur, ventoline, thorac*, dans la poitrine, à la poitrine, a la poitrine, oppression, palpitation*, tachycard*, arythmie, infarctus, crise cardiaque, cardiaque*, cardiolog*, coeur qui bat, mon coeur bat, avc
# head / dizziness
mal de tête, mal de tete, maux de tête, maux de tete, migraine*, céphalée*, cephalee*, vertige*, étourdi*, etourdi*, la tête qui tourne, la tete qui tourne, malaise*, évanoui*, evanoui*, perte de connaissance, perdu connaissance
# stomach / gut
ventre, estomac, abdomen, abdominal*, gastro, gastro-entérite, gastro-enterite, gastroentérite, gastroenterite, gastrite, reflux, indigestion, ballonn*, constip*, diarrh*, nausée*, nausee*, envie de vomir, vomi*, j'ai la nausée, gerber, colique*, selles
# skin / wounds / swelling / bleeding
éruption cutanée, eruption cutanee, cutané*, cutane*, rougeur*, démangeaison*, demangeaison*, urticaire, eczéma, eczema, acné, acne, psoriasis, plaie*, blessure*, blessé*, blesse*, je me suis coupé, je me suis coupe, je me suis coupée, je me suis brûlé, je me suis brule, je me suis brûlée, piqûre*, piqure*, morsure*, enflé*, enfle*, enflure, œdème, oedeme, gonflement, ganglion*, kyste*, tumeur*, cancer*, grosseur, saigne, saignent, saigner, saignement*, sang, hémorragie, hemorragie, hématome*, hematome*
# fatigue / unwell / sleep
fatigue*, épuisement, epuisement, faiblesse, malade*, maladie*, je me sens mal, je me sens pas bien, je ne me sens pas bien, me sens pas bien, insomnie*, arrive pas à dormir, arrive pas a dormir, je dors mal, je dors pas, je ne dors pas, somnolence, apnée, apnee
# mental health
anxiété, anxiete, anxieu*, angoiss*, dépression, depression, déprim*, deprim*, crise de panique, attaque de panique, crises d'angoisse, stress*, suicid*, envie de mourir, je veux mourir, veux mourir, envie d'en finir, je veux en finir, en finir avec la vie, plus envie de vivre, mettre fin à mes jours, mettre fin a mes jours, me tuer, me faire du mal, scarif*, automutil*, désespoir, desespoir, sans espoir, idées noires, idees noires, un psy, mon psy, chez le psy, voir un psy, une psy, ma psy, psychologue*, psychiatr*, thérapie, therapie, santé mentale, sante mentale, burn-out, burnout
# injury
je suis tombé, je suis tombe, je suis tombée, je suis tombee, fractur*, os cassé, os casse, entorse, foulure, je me suis foulé, je me suis foule, cheville*, luxation, commotion, traumatism*
# blood pressure / sugar
tension artérielle, tension arterielle, hypertension, hypotension, ma tension, tension élevée, tension elevee, pression artérielle, pression arterielle, diabèt*, diabet*, glycémie, glycemie, glucose, insuline
# pregnancy / reproductive
je suis enceinte, suis enceinte, enceinte de, être enceinte, etre enceinte, tomber enceinte, grossesse*, accouch*, prénatal, prenatal, césarienne, cesarienne, mes règles, mes regles, menstru*, contracept*, pilule, avortement, ivg, gynéco*, gyneco*, sage-femme, ménopause, menopause, pertes blanches, vagin*, utérus, uterus, ovaire*, seins
# medication
médicament*, medicament*, médoc*, medoc*, comprimé*, comprime*, gélule*, gelule*, ordonnance*, posologie, effet secondaire, effets secondaires, effets indésirables, effets indesirables, pharmacie*, pharmacien*, antibio*, doliprane, dafalgan, efferalgan, spasfon, smecta, piqûre, injection*, vaccin*, pommade*
# care services
médecin*, medecin*, docteur*, toubib, généraliste, generaliste, infirmi*, hôpital, hopital, hospitalis*, hospitalier, hospitalière, clinique*, urgences, samu, ambulance*, cabinet médical, cabinet medical, pédiatre, pediatre, dentiste, kiné, kinés, kinésithérapeute, kinésithérapie, kine, kines, kinesitherapeute, kinesitherapie, chirurg*, dermato*, ophtalmo*, carte vitale, santé, sante
# tests
prise de sang, bilan sanguin, sanguin*, radiographie, irm, échographie, echographie, électrocardiogramme, electrocardiogramme, biopsie, mammographie, cholestérol, cholesterol, urine*, uriner, frottis, test covid
# body parts
gorge, angine*, genou*, nuque, cou, poignet*, coude*, hanche*, jambe*, bras, oreille, oreilles, yeux rouges, oeil rouge, œil rouge, dents, rage de dent*, gencive*, reins, poumon*, vessie, prostate, nez
# urinary / infections / illnesses
pipi, cystite, infection*, symptôme*, symptome*, souffrant*, contagi*, allerg*, thyroïde, thyroide, convulsion*, épilep*, epilep*, arthrite, arthrose, anémie, anemie, ulcère, ulcere, hernie, herpès, herpes, vih, sida, hépatite, hepatite, pneumonie, sinusite, otite, varicelle, rougeole, poux, mycose*, verrue*
# added after review
larmoie, larmoient, yeux qui pleurent, oeil qui pleure, conjonctivite, orgelet, perte d'appétit, perte d'appetit, pas d'appétit, pas d'appetit, plus d'appétit, plus d'appetit, engourdi*, fourmillement*, picotement*
""")

# --------------------------------------------------------------------------
# German (umlauts are folded: ü->u; "ue" spellings listed separately)
# --------------------------------------------------------------------------
HEALTH_STEMS["de"] = _w("""
# pain (compounds need their own stems)
schmerz*, kopfschmerz*, bauchschmerz*, rückenschmerz*, rueckenschmerz*, halsschmerz*, zahnschmerz*, ohrenschmerz*, brustschmerz*, gelenkschmerz*, knieschmerz*, magenschmerz*, gliederschmerz*, muskelschmerz*, nackenschmerz*, regelschmerz*, unterleibsschmerz*, tut weh, tut mir weh, weh, kopfweh, bauchweh, halsweh, zahnweh, aua, autsch, juckt, juckreiz, jucken, brennen beim wasserlassen
# fever / cold / cough
fieber*, schüttelfrost, schuettelfrost, erhöhte temperatur, erhoehte temperatur, husten*, hustet, schnupfen, erkält*, erkaelt*, grippe*, grippal*, verschnupft, schleim, niesen, heiser, corona
# breathing / chest / heart
atemnot, luftnot, kurzatmig*, atembeschwerden, keine luft, atemweg*, asthma*, brust, engegefühl, engegefuehl, herzrasen, herzstolpern, herzinfarkt*, herzprobleme, herzklopfen, herzrhythmus*, herzbeschwerden, herzschwäche, herzschwaeche, kardiolog*, infarkt, schlaganfall
# head / dizziness
migräne, migraene, schwindel, schwindelig, schwindlig, schwindelanfall, benommen, ohnmacht*, ohnmächtig, ohnmaechtig, kreislauf, kreislaufprobleme, kreislaufbeschwerden, kreislaufzusammenbruch
# stomach / gut
bauch, bauchkrämpfe, bauchkraempfe, magen, magens, magen-darm*, magendarm*, magenverstimmung, magenschleimhaut*, magengeschwür*, magengeschwuer*, sodbrennen, übelkeit, uebelkeit, mir ist übel, mir ist uebel, mir ist schlecht, erbrech*, erbrochen, kotzen, gekotzt, mich übergeben, mich uebergeben, durchfall, verstopft, verstopfung, blähung*, blaehung*, krampf*, krämpfe, kraempfe, stuhlgang
# skin / wounds / swelling / bleeding
ausschlag, hautausschlag, pickel, ekzem*, neurodermitis, akne, nesselsucht, quaddeln, rötung, roetung, blase, blasenentzündung, blasenentzuendung, wunde, wunden, verletz*, schnittwunde, brandwunde, verbrüh*, verbrueh*, gebissen, zeckenbiss, insektenstich, wespenstich, geschwollen, schwellung*, angeschwollen, entzünd*, entzuend*, lymphknoten, tumor*, krebs, krebserkrank*, blut, blutung*, blutet, bluten, bluterguss, blutergüsse, blaue flecken
# fatigue / unwell / sleep
müdigkeit, muedigkeit, immer müde, immer muede, erschöpf*, erschoepf*, schlapp, kraftlos, schwächegefühl, krank*, unwohl, fühle mich schlecht, fuehle mich schlecht, fühle mich nicht gut, fuehle mich nicht gut, geht mir schlecht, geht es mir schlecht, schlafstörung*, schlafstoerung*, schlaflos*, kann nicht schlafen, kann nicht einschlafen, schlafe schlecht, schlafprobleme, schlafapnoe
# mental health
angstzustände, angstzustaende, angststörung, angststoerung, panikattack*, panik, depress*, burnout, burn-out, psychiater*, psychiatr*, psychotherap*, psychologe, psychologin, psychisch*, suizid*, selbstmord*, mich umbringen, nicht mehr leben, will sterben, möchte sterben, moechte sterben, lebensmüde, lebensmuede, ritzen, selbstverletz*, hoffnungslos*, keinen sinn mehr, therapie*, therapeut*
# injury
gestürzt, gestuerzt, hingefallen, sturz, knochenbruch, arm gebrochen, bein gebrochen, fuß gebrochen, fuss gebrochen, hand gebrochen, rippe gebrochen, verstaucht, verstauchung, zerrung, prellung, verrenkt, umgeknickt, gehirnerschütterung, gehirnerschuetterung, platzwunde
# blood pressure / sugar
blutdruck*, bluthochdruck, hypertonie, hypotonie, diabet*, zuckerkrank*, blutzucker*, insulin, unterzucker*
# pregnancy / reproductive
schwanger*, entbindung, geburt, hebamme, kaiserschnitt, meine periode, menstruation, regelblutung, verhütung, verhuetung, pille, abtreibung, frauenarzt*, frauenärzt*, frauenaerzt*, gynäkolog*, gynaekolog*, wechseljahre, vaginal*, fehlgeburt
# medication
medikament*, arznei*, tablette*, dosis, dosierung, rezeptpflichtig, e-rezept, folgerezept, nebenwirkung*, apotheke*, antibiotik*, schmerzmittel, spritze, impf*, salbe, salben, nasenspray
# care services
arzt*, ärzt*, aerzt*, doktor, hausarzt*, zahnarzt*, kinderarzt*, facharzt*, klinik*, notaufnahme, notarzt, rettungswagen, pfleger*, pflegeheim, pflegekraft, physiotherap*, krankengymnastik, operiert, gesundheit*
# tests
blutbild, blutwerte, blutabnahme, bluttest, befund*, laborwerte, röntgen*, roentgen*, mrt, ultraschall, biopsie, mammographie, mammografie, cholesterin*, urin*, abstrich, schnelltest
# body parts
ohr, ohren, hals, nacken, rücken, ruecken, bein, beine, knie, knöchel, knoechel, schulter*, hüfte, huefte, zahn, zähne, zaehne, zahnfleisch*, lunge*, niere*, leber, gelenk, gelenke, gelenken, wirbelsäule, wirbelsaeule, bandscheibe*, prostata, hoden
# urinary / infections / illnesses
wasserlassen, harnweg*, harndrang, pinkeln, symptom*, infekt*, allergi*, heuschnupfen, schilddrüse*, schilddruese*, epilep*, arthrose, arthritis, rheuma*, anämie, anaemie, geschwür, geschwuer, hexenschuss, ischias, leistenbruch, herpes, hiv, aids, hepatitis, bronchitis, nebenhöhle*, nebenhoehle*, mittelohrentzündung, mittelohrentzuendung, mandelentzündung, mandelentzuendung, windpocken, masern, läuse, laeuse, fußpilz, fusspilz, warze*
# added after review
augenschmerz*, augenentzünd*, augenentzuend*, rote augen, augen brennen, augen tränen, augen traenen, augen jucken, augenarzt*, augenärzt*, augenaerzt*, augentropfen, sehstörung*, sehstoerung*, verschwommen sehen
# added after review
tränt, traent, tränende augen, traenende augen, mein auge, bindehautentzündung, bindehautentzuendung, gerstenkorn, appetitlos*, keinen appetit, taubheitsgefühl, taubheitsgefuehl, kribbeln in, eingeschlafene hand
""")

# --------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------
HEALTH_STEMS["it"] = _w("""
# pain
dolor*, fa male, mi fa male, mi fanno male, fanno male, ho male, male alla, male al, mal di, bruciore, prurito, fitta, fitte
# fever / cold / cough
febbre*, brividi, tosse, tossisco, raffreddore*, raffreddat*, ho l'influenza, con l'influenza, sindrome influenzale, catarro, muco, naso chiuso, starnut*
# breathing / chest / heart
fiato corto, affanno, non riesco a respirare, difficoltà a respirare, difficolta a respirare, respiro corto, asma, bronchi*, al petto, oppressione, palpitazion*, tachicardia, aritmia, infarto, cardiac*, cardiolog*, ictus
# head / dizziness
emicrania, cefalea, vertigin*, capogiro*, giramenti di testa, mi gira la testa, svenut*, svenimento, stordit*
# stomach / gut
stomaco, pancia, addome, addominal*, gastrite, reflusso, nausea, vomit*, ho vomitato, diarrea, dissenteria, stitichezza, stitic*, colica, coliche, crampi, crampo, gonfiore addominale
# skin / wounds / swelling / bleeding
eruzione cutanea, cutane*, orticaria, eczema, dermatite, acne, brufol*, arrossament*, vesciche, ferit*, ustion*, mi sono scottat*, mi sono bruciat*, puntura, punture, morso di, gonfio, gonfia, gonfie, gonfiore, gonfiori, infiammazion*, infiammat*, linfonod*, cisti, nodulo, tumore, cancro, sangue, sanguina*, emorragia, lividi, ematoma
# fatigue / unwell / sleep
stanchezza, sempre stanc*, spossatezza, debolezza, esaurimento, affaticamento, mi sento male, sto male, non sto bene, non mi sento bene, malessere, malat*, insonnia, non riesco a dormire, non dormo, sonnolenza, apnea
# mental health
ansia, ansios*, attacco di panico, attacchi di panico, depression*, depress*, stress, stressat*, suicid*, uccidermi, farla finita, voglio morire, non voglio più vivere, non voglio piu vivere, voglia di vivere, togliermi la vita, farmi del male, autolesion*, tagliarmi, senza speranza, psicolog*, psichiatr*, terapia, salute mentale
# injury
sono caduto, sono caduta, frattura*, distorsione, slogat*, storta, contusion*, trauma*, lesion*, commozione cerebrale, osso rotto
# blood pressure / sugar
pressione alta, pressione bassa, pressione arteriosa, pressione minima, pressione massima, ipertension*, ipotension*, diabet*, glicemia, glucosio, insulina
# pregnancy / reproductive
incinta, gravidanza*, parto, cesareo, mestruazion*, ciclo mestruale, pillola, contraccett*, aborto, ginecolog*, ostetric*, menopausa, perdite vaginali, vaginal*, utero, ovaie
# medication
medicin*, farmac*, medicinal*, pastiglia, pastiglie, compressa, compresse, pillole, posologia, ricetta medica, prescrizione medica, effetti collaterali, effetto collaterale, antibiotic*, antidolorific*, antinfiammator*, anti-infiammator*, tachipirina, iniezion*, vaccin*, pomata
# care services
medico, medici, medica, dottore, dottoressa, dottor, infermier*, ospedal*, clinica, pronto soccorso, guardia medica, ambulanza, ambulatorio, pediatra, dentista, chirurg*, ricoverat*, ricovero, visita medica, visita specialistica, fisioterap*, tessera sanitaria, servizio sanitario, salute
# tests
analisi del sangue, esami del sangue, radiografia, raggi x, la tac, una tac, fare la tac, risonanza magnetica, risonanza, ecografia, elettrocardiogramma, biopsia, mammografia, colesterolo, urine, feci, pap test, tampone, emocromo, referto, referti
# body parts
agli occhi, all'occhio, occhi rossi, orecchio, orecchie, gola, schiena, cervicale, ginocchi*, caviglia*, polso, gomito, anca, gambe, braccio, gengiv*, polmon*, reni, rene, vescica, prostata, mal di schiena
# urinary / infections / illnesses
urin*, pipì, pipi, cistite, infezion*, sintom*, contagi*, allergi*, tiroide, epiless*, convulsion*, artrite, artrosi, anemia, ulcera, ernia, herpes, hiv, aids, epatite, polmonite, bronchite, sinusite, otite, tonsillite, varicella, morbillo, pidocchi, micosi, verruca, verruche
# added after review
lacrimano, mi lacrima, lacrimazione, occhio rosso, congiuntivite, orzaiolo, inappetenza, senza appetito, perso l'appetito, formicolio, intorpidit*
""")

# --------------------------------------------------------------------------
# Dutch
# --------------------------------------------------------------------------
HEALTH_STEMS["nl"] = _w("""
# pain
pijn*, doet pijn, doet zeer, hoofdpijn, buikpijn, keelpijn, rugpijn, kiespijn, tandpijn, oorpijn, borstpijn, spierpijn, gewrichtspijn, menstruatiepijn, nekpijn, jeuk*, brandend gevoel, steken in
# fever / cold / cough
koorts*, hooikoorts, rillingen, rillerig, hoest*, verkoud*, griep*, snot, slijm, niezen, loopneus, verstopte neus
# breathing / chest / heart
benauwd*, kortademig*, ademhal*, astma, borst, op de borst, druk op de borst, hartklopping*, hartritme*, hartaanval, hartinfarct, hartfalen, hartproblem*, cardiolo*, beroerte
# head / dizziness
migraine, duizel*, draaierig, flauwgevallen, flauwvallen, bewusteloos
# stomach / gut
buik, buikkramp*, maag, maagpijn, maagzuur, misselijk*, overgeven, moet overgeven, overgegeven, spugen, gespuugd, diarree, buikloop, verstopping, obstipatie, krampen, kramp, opgeblazen gevoel
# skin / wounds / swelling / bleeding
uitslag, huiduitslag, eczeem, acne, puistje*, bultjes, blaar, blaren, wond, wondje, wonden, brandwond*, gebeten door, ben gebeten, is gebeten, tekenbeet, insectenbeet, hondenbeet, gezwollen, zwelling*, opgezwollen, ontsteking*, ontstoken, knobbel*, tumor*, kanker, bloed, bloeding*, bloedt, bloeden, blauwe plek*
# fatigue / unwell / sleep
vermoeid*, uitgeput, oververmoeid, futloos, lusteloos, ziek*, voel me niet lekker, voel me ziek, voel me slecht, beroerd, onwel, slapeloos*, slaapproblem*, kan niet slapen, slaap slecht, slaapapneu, slaappil*
# mental health
angst*, angststoornis, paniekaanval*, depress*, depri, burn-out, burnout, overspannen, stress, suïcid*, suicid*, zelfmoord*, dood willen, wil dood, wil niet meer leven, niet meer willen leven, niet meer leven, mezelf iets aandoen, zelfbeschadig*, hopeloos, psycholoog, psychiater, psychisch*, psycholo*, psychiat*, therap*, ggz, mentale gezondheid, gezondheid
# injury
ben gevallen, botbreuk, gebroken been, gebroken arm, verstuikt, verstuiking, verzwikt, gekneusd, kneuzing, hersenschudding, blessure*, letsel, gewond*
# blood pressure / sugar
bloeddruk, hoge bloeddruk, lage bloeddruk, hypertensie, diabet*, suikerziekte, bloedsuiker, insuline, hypo
# pregnancy / reproductive
zwanger*, bevalling, keizersnede, verloskund*, menstruatie*, ongesteld*, anticonceptie, de pil, abortus, miskraam, gynaecolo*, gynaeco, vaginaal, vaginale, afscheiding
# medication
medicijn*, medicatie, medisch*, pil, pillen, tabletten, dosis, dosering, herhaalrecept*, bijwerking*, apotheek*, apotheker, antibiotica, antibioticum, pijnstill*, vaccin*, inenting*, zalf, neusspray
# care services
dokter*, arts, huisarts*, huisartsenpost, tandarts*, verpleeg*, kliniek, spoedeisende hulp, eerste hulp, ambulance, spreekuur, kinderarts, fysiotherap*, fysio, geopereerd, operatie aan, zorgverzekering, ziekenhuis
# tests
bloedonderzoek, bloedprik*, röntgen*, rontgen*, mri, ct-scan, echografie, hartfilmpje, biopsie, mammografie, cholesterol, urine*, ontlasting, uitstrijkje, coronatest, labuitslag*
# body parts
oor, oren, keel, rug, nek, schouder*, knie, knieën, knieen, pols, elleboog, heup, benen, tanden, tandvlees, longen, nier, nieren, blaas ontsteking, blaasontsteking, prostaat, huid
# urinary / infections / illnesses
plassen, urineweg*, symptom*, infectie*, besmet*, corona, allergi*, allergisch, schildklier, epilep*, stuip*, artrose, artritis, reuma, bloedarmoede, maagzweer, hernia, herpes, hiv, aids, hepatitis, longontsteking, bronchitis, voorhoofdsholte*, oorontsteking, keelontsteking, waterpokken, mazelen, luizen, wrat, wratten
# added after review
mijn oog, rood oog, rode ogen, ogen tranen, oog traant, traant, tranende ogen, oogontsteking, als ik plas, griepprik, coronaprik, na de prik, prik gehaald, geen eetlust, eetlust kwijt, tintelingen, gevoelloos
""")

# --------------------------------------------------------------------------
# Polish (ł->l and other diacritics are folded)
# --------------------------------------------------------------------------
HEALTH_STEMS["pl"] = _w("""
# pain
boli, bolą mnie, mnie bolą, bolą go, bolą ją, bola mnie, mnie bola, bola go, bola ja, bolało, bolalo, bolała, bolala, bolał, bolal, ból, bol, bólu, bolu, bóle, bole, bólem, bolem, bóli, bolesn*, obolał*, obolal*, swędzi, swedzi, swędzenie, swedzenie, świąd, swiad, kłuje, kluje, kłucie, klucie
# fever / cold / cough
gorączk*, goraczk*, podgorączkow*, podgoraczkow*, dreszcze, kaszel, kaszl*, katar, przeziębi*, przeziebi*, grypa, grypy, grypę, grype, grypie, zatkany nos, kicham, kichanie, kichać, kichac
# breathing / chest / heart
duszność*, dusznosc*, duszno, brak tchu, nie mogę oddychać, nie moge oddychac, oddechow*, astma*, inhalator, piersiow*, kołatanie, kolatanie, arytmi*, tachykardi*, zawał, zawal, zawału, zawalu, zawałem, kardiolog*, udar
# head / dizziness
migren*, zawroty głowy, zawroty glowy, kręci mi się w głowie, kreci mi sie w glowie, zemdlał*, zemdlal*, omdleni*, mdłości, mdlosci, mdli mnie
# stomach / gut
brzuch*, żołądek, zoladek, żołądk*, zoladk*, zgaga, refluks, wymiot*, rzygam, rzygał*, rzygal*, nudności, nudnosci, niedobrze mi, biegunk*, rozwolnienie, zaparci*, kolka, skurcz*, wzdęci*, wzdeci*
# skin / wounds / swelling / bleeding
wysypk*, pokrzywka, egzema, wyprysk*, trądzik, tradzik, pryszcz*, krost*, pęcherz*, pecherz*, rana, rany, ranę, rane, zranion*, skaleczen*, oparzeni*, oparzen*, poparzon*, ugryzi*, ugryzł*, ugryzl*, użądleni*, uzadleni*, siniak*, opuchnięt*, opuchniet*, opuchlizn*, spuchnięt*, spuchniet*, spuchł*, spuchl*, obrzęk*, obrzek*, stan zapalny, zapaleni*, zapalny, guz, guza, guzek, guzy, nowotw*, raka, rakiem, chemioterapi*, węzły chłonne, wezly chlonne, krew, krwi, krwaw*, krwotok*, krwią, krwia
# fatigue / unwell / sleep
zmęczeni*, zmeczeni*, zmęczon*, zmeczon*, wyczerpan*, osłabieni*, oslabieni*, osłabion*, oslabion*, brak sił, brak sil, źle się czuję, zle sie czuje, czuję się źle, czuje sie zle, słabo mi, slabo mi, chory, chora, chore, chorzy, choroba, choroby, chorobę, chorobe, chorob*, choruję, choruje, chorować, chorowac, zachoro*, bezsenność, bezsennosc, nie mogę spać, nie moge spac, nie śpię, nie spie, senność, sennosc, bezdech*
# mental health
lęk, lek, lęki, leki, lęku, leku, lękow*, lekow*, stany lękowe, depresj*, atak paniki, ataki paniki, napady paniki, nerwic*, stres, zestresowan*, samobój*, samoboj*, zabić się, zabic sie, chcę umrzeć, chce umrzec, nie chcę żyć, nie chce zyc, odebrać sobie życie, odebrac sobie zycie, samookalecz*, tnę się, tne sie, krzywdzić siebie, krzywdzic siebie, bez nadziei, psycholog*, psychiatr*, terapi*, zdrowie psychiczne, psychiczn*
# injury
upadłem, upadlem, upadłam, upadlam, przewróciłem się, przewrocilem sie, przewróciłam się, przewrocilam sie, złamani*, zlamani*, złaman*, zlaman*, skręcon*, skrecon*, zwichn*, stłuczeni*, stluczeni*, uraz, urazu, kontuzj*, wstrząśnieni*, wstrzasnieni*
# blood pressure / sugar
ciśnienie krwi, cisnienie krwi, wysokie ciśnienie, wysokie cisnienie, niskie ciśnienie, niskie cisnienie, nadciśnieni*, nadcisnieni*, ciśnieniomierz, cisnieniomierz, cukrzyc*, poziom cukru, glukoz*, insulin*
# pregnancy / reproductive
ciąż*, ciaz*, poród, porod, porodu, cesarsk*, miesiączk*, miesiaczk*, menstruac*, antykoncepc*, aborcj*, poronieni*, ginekolog*, położna, polozna, menopauz*, upławy, uplawy, pochwa, pochwy, pochwie
# medication
lekarstw*, tabletk*, tabletek, pigułk*, pigulk*, dawk*, recept*, skutki uboczne, efekty uboczne, działania niepożądane, dzialania niepozadane, apte*, antybiotyk*, przeciwbólow*, przeciwbolow*, zastrzyk*, szczepion*, szczepieni*
# care services
lekarz*, lekarsk*, doktor, doktora, doktorem, pielęgniar*, pielegniar*, szpital*, przychodni*, klinik*, pogotowi*, na sor, sorze, karetk*, izba przyjęć, izba przyjec, pediatr*, dentyst*, stomatolog*, chirurg*, nfz, l4, zwolnienie lekarskie, zdrowie, zdrowia, zdrowotn*
# tests
wyniki badań, wyniki badan, badanie krwi, badania krwi, rentgen*, prześwietleni*, przeswietleni*, tomograf*, rezonans*, usg, ekg, biopsj*, mammograf*, cholesterol*, mocz, moczu, cytologi*
# body parts
oczy, ucho, uszy, ucha, gardło, gardlo, gardła, gardla, gardle, plecy, kręgosłup*, kregoslup*, kark, szyja, szyi, kolan*, nadgarst*, łokieć, lokiec, łokci*, lokci*, biodr*, noga, nogi, nogę, noge, nodze, zęba, zeba, zębów, zebow, ząb, zab, dziąsł*, dziasl*, płuc*, pluc*, nerk*, wątroba, watroba, wątroby, watroby, prostat*
# urinary / infections / illnesses
sikani*, oddawanie moczu, nietrzymanie moczu, infekcj*, objaw*, zakażeni*, zakazeni*, przeziębion*, przeziebion*, alergi*, uczuleni*, tarczyc*, padaczk*, epilepsj*, drgawk*, reumatyzm, anemi*, wrzód, wrzod*, przepuklin*, opryszczk*, hiv, aids, oskrzel*, angin*, ospa, ospy, wszy, grzybic*, kurzajk*
# added after review
nie chcę już żyć, nie chce juz zyc, się zabić, sie zabic, zabiję się, zabije sie, leukocyt*, erytrocyt*, wyniki morfologii, morfologia krwi, morfologię krwi, morfologie krwi
# added after review
czerwone oko, łzawi, lzawi, łzawienie, lzawienie, jęczmień na oku, jeczmien na oku, brak apetytu, drętwieni*, dretwieni*, mrowieni*, zdrętwiał*, zdretwial*, drętwieje, dretwieje
""")

# --------------------------------------------------------------------------
# Romanian (ă â î ș ț folded)
# --------------------------------------------------------------------------
HEALTH_STEMS["ro"] = _w("""
# pain
durer*, doare, mă doare, ma doare, mă dor, ma dor, mă ustură, ma ustura, ustură, ustura, usturime, usturimi, mâncărime, mancarime, mâncărimi, mancarimi, înțepături, intepaturi
# fever / cold / cough
febră, febra, febril*, febrei, am temperatură, am temperatura, frisoane, tuse, tusea, tușesc, tusesc, tușește, tuseste, tușit, tusit, răceal*, raceal*, am răcit, am racit, gripă, gripa, guturai, nas înfundat, nas infundat, mucus, flegm*, strănut*, stranut*
# breathing / chest / heart
respirați*, respirati*, respir greu, nu pot respira, sufoc*, astm*, inhalator, în piept, in piept, palpitați*, palpitati*, tahicardi*, aritmi*, infarct*, cardiac*, cardiolog*, accident vascular
# head / dizziness
migren*, amețeli, ameteli, amețeală, ameteala, amețit, ametit, amețită, ametita, vertij, leșin*, lesin*
# stomach / gut
stomac*, abdomen, abdominal*, gastrit*, reflux*, arsuri, greață, greata, greturi, grețuri, vomit*, vărsături, varsaturi, diaree, constipat*, colici, crampe, balonare, balonat*
# skin / wounds / swelling / bleeding
erupție cutanată, eruptie cutanata, cutanat*, urticari*, eczem*, acnee, bube, rană, rana, răni, rani, rănit*, ranit*, arsur*, m-am ars, m-am tăiat, m-am taiat, mușcătur*, muscatur*, înțepătur*, intepatur*, umflătur*, umflatur*, umflat, umflată, umflata, umflate, inflamați*, inflamati*, inflamat*, ganglion*, nodul*, chist*, tumor*, cancer*, sânge, sange, sângerez, sangerez, sânger*, sanger*, hemoragi*, vânătăi, vanatai, vânătaie, vanataie
# fatigue / unwell / sleep
obosit*, oboseal*, epuizare, slăbiciune, slabiciune, mă simt rău, ma simt rau, mă simt foarte rău, ma simt foarte rau, nu mă simt bine, nu ma simt bine, bolnav*, boal*, boli, indispus*, insomni*, nu pot dormi, nu dorm, somnolenț*, somnolent*, apnee
# mental health
anxiet*, anxios*, atac de panică, atac de panica, atacuri de panică, atacuri de panica, depresie, depresia, depresiei, depresiv*, deprimat*, stres*, sinucid*, suicid*, vreau să mor, vreau sa mor, nu mai vreau să trăiesc, nu mai vreau sa traiesc, să-mi iau viața, sa-mi iau viata, să mă rănesc, sa ma ranesc, automutil*, fără speranță, fara speranta, psiholog*, psihiatr*, terapi*, sănătate mintală, sanatate mintala, sănătat*, sanatat*
# injury
am căzut, am cazut, căzătur*, cazatur*, fractur*, os rupt, entorsă, entorsa, luxați*, luxati*, contuzi*, traumatism*, m-am lovit, comoție cerebrală, comotie cerebrala
# blood pressure / sugar
tensiune arterială, tensiune arteriala, tensiunea arterială, tensiunea arteriala, am tensiune, tensiunea mare, tensiunea mea, hipertensiun*, hipotensiun*, diabet*, glicemi*, glucoz*, insulin*
# pregnancy / reproductive
gravid*, însărcinat*, insarcinat*, test de sarcină, test de sarcina, sarcina mea, cezarian*, menstruați*, menstruati*, menstru*, anticoncepțional*, anticonceptional*, avort*, ginecolog*, menopauz*, vagin*
# medication
medicament*, pastile, pastilele, pastila, pastilă, pastilei, dozaj, rețetă compensată, reteta compensata, rețetă medicală, reteta medicala, prescripți*, prescripti*, efecte secundare, efecte adverse, farmaci*, antibiotic*, analgezic*, antiinflamator*, injecție, injectie, injecții, injectii, vaccin*, unguent*
# care services
medic*, doctor, doctorul, doctorița, doctorita, asistenta medicala, asistentă medicală, spital*, clinic*, la urgențe, la urgente, camera de gardă, camera de garda, ambulanța, ambulanta, ambulanță, smurd, pediatr*, dentist*, stomatolog*, chirurg*, fizioterap*, kinetoterap*
# tests
analizele, analizelor, analize de sânge, analize de sange, radiografi*, raze x, tomograf*, rmn, rezonanță magnetică, rezonanta magnetica, ecografi*, electrocardiogram*, ekg, biopsi*, mamografi*, colesterol*, urin*, materii fecale, test covid, papanicolau, hemoleucogram*
# body parts
ochi, ochiul, ureche, urechi, urechea, gât, gat, genunch*, gleznă, glezna, umăr, umar, umărul, umarul, încheietur*, incheietur*, picior*, dinte, dinți, dinti, măsea, masea, măseaua, maseaua, gingi*, plămân*, plaman*, rinichi, vezic*, prostat*, coloana vertebrală, coloana vertebrala
# urinary / infections / illnesses
pipi, cistit*, infecți*, infecti*, simptom*, contagios, viroză, viroza, alergi*, alergic*, tiroid*, epilepsi*, convulsi*, artrit*, artroz*, anemi*, ulcer*, hernie, hernia, herpes, hiv, sida, hepatit*, pneumoni*, bronșit*, bronsit*, sinuzit*, otit*, amigdalit*, angin*, varicel*, rujeol*, păduchi, paduchi, micoz*, conjunctivit*
# added after review
imi lacrimeaza, îmi lăcrimează, lacrimeaz*, lăcrimeaz*, conjunctivita, ulcior la ochi, fără poftă de mâncare, fara pofta de mancare, amorțeal*, amorteal*, furnicături, furnicaturi, amorțit, amortit
""")

# --------------------------------------------------------------------------
# Turkish (ı ş ç ğ ö ü folded; "ateş" alone is avoided: it also means the
# cooking heat in recipes)
# --------------------------------------------------------------------------
HEALTH_STEMS["tr"] = _w("""
# pain
ağrı, ağrıy*, ağrım*, ağrıs*, ağrıl*, ağrıd*, agri, agriy*, agrim*, agris*, agril*, agrid*, canım acıyor, canim aciyor, sancı*, sanci*, kaşıntı*, kasinti*, kaşınıyor, kasiniyor, sızlıyor, sizliyor, zonkluyor
# fever / cold / cough
ateşim, atesim, ateşi var, atesi var, ateşim var, atesim var, ateşi çıktı, atesi cikti, ateşim çıktı, atesim cikti, yüksek ateş, yuksek ates, ateşlendim, ateslendim, ateşlendi, ateslendi, titreme nöbeti, öksür*, oksur*, nezle*, grip, gribim, grip oldum, gribal, soğuk algınlığı, soguk alginligi, burun akıntısı, burun akintisi, burnum tıkalı, burnum tikali, balgam*, hapşır*, hapsir*
# breathing / chest / heart
nefes darlığı, nefes darligi, nefes alamıyorum, nefes alamiyorum, nefesim daral*, nefes almakta zorlan*, astım, astim, bronşit, bronsit, göğsüm*, gogsum*, göğüs ağrısı, gogus agrisi, göğsümde, kalp, kalbim, kalp krizi, çarpıntı*, carpinti*, ritim bozukluğu, ritim bozuklugu, kardiyolo*, inme
# head / dizziness
başım dönüyor, basim donuyor, baş dönmesi, bas donmesi, migren*, bayılma, bayilma, bayıldım, bayılacak gibi, bayilacak gibi, vertigo, sersemlik
# stomach / gut
mide*, karın, karin, reflü, reflu, gastrit, hazımsızlık, hazimsizlik, bulantı*, bulanti*, kusma, kustum, kusuyorum, kusuyor, kusacak, kusmuk, ishal*, kabız*, kabiz*, kramp*, şişkinlik, siskinlik
# skin / wounds / swelling / bleeding
kızarıklık, kizariklik, döküntü*, dokuntu*, egzama, sivilce*, akne, kurdeşen, kurdesen, yara, yaram, yarası, yarasi, yaralan*, yaralı, yarali, ısırık*, isirik*, arı soktu, ari soktu, şişlik, sislik, şişti, sisti, şişmiş, sismis, ödem, odem, iltihap*, enfeksiyon*, lenf*, kist, kisti, tümör*, tumor*, kanser*, kan, kanama*, kanıyor, kaniyor, morarma, morluk, kansız*, kansiz*
# fatigue / unwell / sleep
yorgunluk, halsiz*, bitkin*, kötü hissed*, kotu hissed*, iyi hissetmiyorum, hasta*, rahatsızlandım, rahatsizlandim, keyifsiz*, uykusuzluk, uykusuzum, uyuyamıyorum, uyuyamiyorum, uyku problemi, uyku sorunu, uyku apnesi
# mental health
kaygı bozukluğu, kaygi bozuklugu, anksiyete, panik atak*, depresyon*, depresif, bunalım*, bunalim*, stres*, intihar*, ölmek istiyorum, olmek istiyorum, yaşamak istemiyorum, yasamak istemiyorum, kendimi öldür*, kendimi oldur*, kendime zarar, canıma kıy*, canima kiy*, jilet, umutsuz*, psikolog*, psikiyatr*, terapi*, ruh sağlığı, ruh sagligi, ruhsal
# injury
düştüm, dustum, kemiğim, kemigim, kemik kırığı, kemik kirigi, burkul*, incindi, sakatl*, zedelen*, beyin sarsıntısı, beyin sarsintisi, travma*, çıkık, cikik
# blood pressure / sugar
tansiyon*, hipertansiyon, diyabet*, kan şekeri, kan sekeri, şeker hastası, seker hastasi, şekerim yüksel*, sekerim yuksel*, insülin, insulin, glukoz
# pregnancy / reproductive
hamile*, gebe, gebelik*, doğum yaptım, dogum yaptim, sezaryen, regl, reglim, reglimin, regl oldum, regl olmadım, regl olmadim, adetim, adet kanaması, adet kanamasi, adet gecik*, doğum kontrol, dogum kontrol, kürtaj, kurtaj, düşük yaptım, dusuk yaptim, jinekolo*, kadın doğum, kadin dogum, menopoz, vajina*, vajinal
# medication
ilaç*, ilac*, hap, hapı, hapi, haplar*, doz, dozu, dozaj*, reçete*, recete*, yan etki*, eczane*, eczacı*, eczaci*, antibiyotik*, ağrı kesici, agri kesici, iğne oldum, igne oldum, aşı oldum, asi oldum, merhem, şurup, surup
# care services
doktor, doktorum, doktorlar, doktora, hekim*, hemşire*, hemsire*, hastane*, klinik*, acil servis, acile, ambulans*, muayene*, mhrs, sağlık ocağı, saglik ocagi, dişçi, disci, cerrah*, ameliyat*, fizik tedavi, tedavi*, sağlık, saglik
# tests
tahlil*, röntgen, rontgen, tomografi*, emar, ultrason*, ekg, biyopsi*, mamografi*, kolesterol*, idrar*, gaita, smear
# body parts
boğazım, bogazim, boğaz ağrısı, bogaz agrisi, sırtım, sirtim, belim, boynum, dizim, dizlerim, dizimde, omuz*, bileğim, bilegim, ayağım, ayagim, bacak*, kolum, dişim, disim, dişlerim, dislerim, diş eti, dis eti, böbrek*, bobrek*, akciğer*, akciger*, karaciğer*, karaciger*, mesane, prostat, cildim, cildimde, kulağım, kulagim, gözüm ağrı*, gozum agri*, gözlerim, gozlerim
# urinary / infections / illnesses
sistit, semptom*, mikrop*, covid, korona, alerji*, tiroid*, guatr, epilepsi*, romatizma*, kireçlenme, kireclenme, eklemlerim, ülser, ulser, fıtık*, fitik*, hepatit, zatürre, zaturre, sinüzit, sinuzit, bademcik*, suçiçeği, sucicegi, kızamık, kizamik, siğil, sigil
# added after review
gözüm, gozum, göz kızarıklığı, goz kizarikligi, gözüm sulanıyor, gozum sulaniyor, gözlerim sulanıyor, konjonktivit, arpacık, arpacik, iştahsız*, istahsiz*, iştahım yok, istahim yok, uyuşma, uyusma, uyuşuyor, uyusuyor, karıncalanma, karincalanma
""")

# --------------------------------------------------------------------------
# Vietnamese.  Accent-free forms are given only where the stripped form is
# not an everyday word (e.g. "dau" alone = đau/dầu/đầu, "sot" = sốt/sauce).
# --------------------------------------------------------------------------
HEALTH_STEMS["vi"] = _w("""
# pain
đau đầu, dau dau, nhức đầu, nhuc dau, đau bụng, dau bung, đau lưng, dau lung, đau họng, dau hong, đau răng, dau rang, đau ngực, dau nguc, đau khớp, dau khop, đau mắt, dau mat, đau tai, dau tai, đau chân, dau chan, đau vai, dau vai, đau nhức, dau nhuc, bị đau, bi dau, rất đau, rat dau, đau quá, dau qua, đau dạ dày, dau da day, dạ dày, đau bụng kinh, dau bung kinh, ê buốt, e buot
# fever / cold / cough
bị sốt, bi sot, sốt cao, sot cao, phát sốt, phat sot, lên cơn sốt, len con sot, hạ sốt, ha sot, sốt xuất huyết, sot xuat huyet, ớn lạnh, on lanh, bị ho, ho khan, ho có đờm, ho co dom, ho ra máu, ho ra mau, ho nhiều, ho nhieu, sổ mũi, so mui, nghẹt mũi, nghet mui, cảm cúm, cam cum, cảm lạnh, cam lanh, viêm, viem
# breathing / chest / heart
khó thở, kho tho, hen suyễn, hen suyen, suyễn, suyen, tức ngực, tuc nguc, tim đập nhanh, tim dap nhanh, đau tim, dau tim, đánh trống ngực, danh trong nguc, nhồi máu cơ tim, nhoi mau co tim, đột quỵ, dot quy
# head / dizziness
chóng mặt, chong mat, hoa mắt, hoa mat, choáng váng, choang vang, ngất xỉu, ngat bị ngất, bi ngat, xỉu, xiu
# stomach / gut
buồn nôn, buon non, nôn mửa, non mua, bị nôn, bi non, ói mửa, oi mua, mắc ói, mac oi, tiêu chảy, tieu chay, táo bón, tao bon, đầy bụng, day bung, ợ chua, trào ngược, trao nguoc
# skin / wounds / swelling / bleeding
phát ban, phat ban, nổi mẩn, noi man, mẩn ngứa, man ngua, bị ngứa, bi ngua, ngứa ngáy, ngua ngay, nổi mụn, noi mun, mụn trứng cá, mun trung ca, dị ứng, di ung, mề đay, me day, vết thương, vet thuong, bị thương, bi thuong, bị bỏng, bi bong, bị sưng, bi sung, sưng tấy, sung tay, sưng phù, sung phu, phù nề, phu ne, chảy máu, chay mau, xuất huyết, xuat huyet, bầm tím, bam tim, băng huyết, bang huyet, ung thư, ung thu, khối u, khoi u, nổi hạch, noi hach, nhiễm trùng, nhiem trung
# fatigue / unwell / sleep
mệt mỏi, met moi, kiệt sức, kiet suc, uể oải, ue oai, bị ốm, bi om, không khỏe, khong khoe, không khoẻ, mất ngủ, mat ngu, khó ngủ, kho ngu, không ngủ được, khong ngu duoc
# mental health
lo âu, lo au, trầm cảm, tram cam, rối loạn, roi loan, hoảng loạn, hoang loan, căng thẳng, cang thang, tự sát, tu sat, muốn tự tử, muon tu tu, định tự tử, dinh tu tu, muốn chết, muon chet, không muốn sống, khong muon song, chán sống, chan song, tự làm hại, tu lam hai, rạch tay, rach tay, tuyệt vọng, tuyet vong, sức khỏe tâm thần, suc khoe tam than, tâm thần, tam than
# injury
bị ngã, bi nga, té ngã, te nga, gãy xương, gay xuong, gãy tay, gay tay, gãy chân, gay chan, bong gân, bong gan, trật khớp, trat khop, chấn thương, chan thuong
# blood pressure / sugar
huyết áp, huyet ap, tiểu đường, tieu duong, đái tháo đường, dai thao duong, đường huyết, duong huyet
# pregnancy / reproductive
mang thai, có thai, co thai, có bầu, co bau, thai nhi, thai kỳ, thai ky, sinh mổ, sinh mo, sảy thai, say thai, phá thai, pha thai, kinh nguyệt, kinh nguyet, trễ kinh, tre kinh, tránh thai, tranh thai, que thử thai, que thu thai, khám thai, kham thai, phụ khoa, phu khoa, khí hư, khi hu
# medication
thuốc, uong thuoc, don thuoc, het thuoc, mua thuoc, nha thuoc, hieu thuoc, toa thuoc, kê đơn, ke don, tác dụng phụ, tac dung phu, kháng sinh, khang sinh, giảm đau, giam dau, liều lượng, lieu luong, tiêm phòng, tiem phong, vắc xin, vac xin, chích ngừa, chich ngua
# care services
bác sĩ, bac si, bác sỹ, bac sy, y tá, y ta, bệnh, benh, bệnh viện, benh vien, phòng khám, phong kham, đi khám, di kham, khám bệnh, kham benh, cấp cứu, cap cuu, cứu thương, cuu thuong, nhập viện, nhap vien, nằm viện, nam vien, y tế, y te, nha sĩ, nha si, nha khoa, phẫu thuật, phau thuat, sức khỏe, suc khoe, sức khoẻ
# tests
xét nghiệm, xet nghiem, x-quang, x quang, siêu âm, sieu am, nội soi, noi soi, nước tiểu, nuoc tieu, mỡ máu, mo mau, sinh thiết, sinh thiet, điện tim, dien tim
# body parts
cổ họng, co hong, đầu gối, dau goi, mắt cá chân, mat ca chan, sỏi thận, soi than, bàng quang, bang quang, tuyến tiền liệt, tuyen tien liet
# urinary / infections / illnesses
tiểu buốt, tieu buot, tiểu rắt, tieu rat, đi tiểu, di tieu, triệu chứng, trieu chung, co giật, co giat, thiếu máu, thieu mau, tuyến giáp, tuyen giap, thoát vị, thoat vi, sỏi mật, soi mat, thủy đậu, thuy dau, gút
# added after review
đau, mệt, ngứa, sưng, ốm, nôn, ói, máu, tiêm, ngất, mụn, cúm, họng, răng, phổi, thận
# added after review
mắt bị đỏ, mat bi do, đỏ mắt, do mat, chảy nước mắt, chay nuoc mat, đau mắt đỏ, dau mat do, lẹo mắt, leo mat, chán ăn, chan an, tê bì, te bi, tê tay, te tay, tê chân, te chan
""")

# --------------------------------------------------------------------------
# Indonesian + Malay
# --------------------------------------------------------------------------
HEALTH_STEMS["id"] = _w("""
# pain
sakit*, nyeri*, pegal*, pegel*, linu, ngilu, perih, pedih, gatal*, gatel*, cenat-cenut, senut-senut
# fever / cold / cough
demam*, meriang, menggigil, panas dalam, batuk*, pilek, selesema, selsema, hidung tersumbat, hidung mampet, bersin, bersin-bersin, dahak, berdahak, flu
# breathing / chest / heart
sesak napas, sesak nafas, susah napas, susah nafas, susah bernapas, sukar bernafas, napas pendek, asma, mengi, dada sesak, dada terasa, dada saya, dadaku, serangan jantung, jantung berdebar, berdebar*, detak jantung, stroke
# head / dizziness
pusing, pening, migrain, vertigo, kliyengan, pingsan, berkunang*
# stomach / gut
perut, maag, lambung, mual, mual-mual, muntah*, loya, diare, mencret*, cirit-birit, cirit birit, buang air besar, sembelit, kembung, masuk angin, kram, keram
# skin / wounds / swelling / bleeding
ruam, biduran, eksim, jerawat, bisul, bentol*, luka*, terluka, melepuh, digigit, tersengat, bengkak*, radang, benjolan, kista, tumor, kanker, kelenjar, darah, berdarah, pendarahan, perdarahan, mimisan, memar, lebam
# fatigue / unwell / sleep
lemas, lemes, lesu, kelelahan, enak badan, kurang sehat, tidak sehat, insomnia, susah tidur, sulit tidur, tidak bisa tidur, gak bisa tidur, ga bisa tidur, nggak bisa tidur, tak boleh tidur
# mental health
cemas, kecemasan, gangguan kecemasan, serangan panik, depresi, stres, bunuh diri, ingin mati, pengen mati, pingin mati, mau mati, ingin mengakhiri hidup, mengakhiri hidup, menyakiti diri, melukai diri, putus asa, psikolog, psikiater, psikiatri, terapi, kesehatan jiwa, gangguan jiwa
# injury
terjatuh, jatuh dari, patah tulang, keseleo, terkilir, cedera, gegar otak, retak tulang
# blood pressure / sugar
tekanan darah, darah tinggi, darah rendah, hipertensi, tensi, diabetes, kencing manis, gula darah, insulin
# pregnancy / reproductive
hamil, kehamilan, melahirkan, persalinan, sesar, operasi caesar, haid, menstruasi, datang bulan, telat haid, telat bulan, kontrasepsi, pil kb, suntik kb, keguguran, aborsi, bidan, keputihan, menopause, vagina
# medication
obat*, ubat*, pil, dosis, resep dokter, efek samping, apotek*, apotik*, farmasi, antibiotik, pereda nyeri, suntik*, vaksin*, imunisasi, salep, puyer
# care services
dokter*, doktor, perawat, jururawat, suster, klinik, puskesmas, igd, ugd, ambulans, berobat, dirawat, rawat inap, rawat jalan, bpjs, medis, kesehatan, pesakit, hospital, unit kecemasan, jabatan kecemasan, temujanji
# tests
hasil lab, cek lab, rontgen, usg, ekg, biopsi, mamografi, kolesterol, urine, air kencing, feses, tinja, asam urat
# body parts
sakit mata, telinga, kuping, tenggorokan, tekak, punggung, pinggang, leher, lutut, pergelangan, gusi, ginjal, paru-paru, kandung kemih, prostat
# urinary / infections / illnesses
kencing*, anyang-anyangan, beser, pipis, buang air kecil, infeksi*, penyakit*, gejala, tertular, menular, covid, corona, alergi*, tiroid, gondok, epilepsi, kejang, kejang-kejang, rematik, anemia, kurang darah, hernia, turun berok, herpes, hiv, aids, hepatitis, tbc, tipes, tifus, tipus, dbd, demam berdarah, malaria, bronkitis, sinusitis, amandel, cacar*, campak, kurap, panu, kutil, ambeien, wasir
# added after review
mata berair, mata saya merah, mataku merah, mata merah, belekan, iritasi mata, tidak nafsu makan, ga nafsu makan, gak nafsu makan, nggak nafsu makan, hilang nafsu makan, kehilangan nafsu makan, kesemutan, mati rasa
""")

# --------------------------------------------------------------------------
# Tagalog / Filipino (incl. common Taglish)
# --------------------------------------------------------------------------
HEALTH_STEMS["tl"] = _w("""
# pain
masakit, sakit, may sakit, nagkasakit, sumasakit, sumakit, nananakit, pananakit, kirot, kumikirot, hapdi, mahapdi, humahapdi, nangangati, pangangati, makati ang, ngalay, nangangalay, pamamanhid, namamanhid, manhid
# fever / cold / cough
lagnat*, nilalagnat, sinat, sinisinat, nanginginig, giniginaw, ubo, inuubo, umuubo, ubo't sipon, sipon, sinisipon, trangkaso, plema, halak, bumabahing, pagbahing
# breathing / chest / heart
hirap huminga, hindi makahinga, di makahinga, hinihingal, hingal*, hininga, hika, hinika, naninikip, paninikip, atake sa puso, kumakabog, tibok ng puso, palpitation, stroke
# head / dizziness
nahihilo, hilo, nahilo, pagkahilo, nawalan ng malay, hinimatay, himatay, sakit ng ulo, sumasakit ang ulo
# stomach / gut
tiyan, sikmura, hyperacidity, kabag, nagsusuka, nagsuka, sumuka, isinuka, pagsusuka, nasusuka, naduduwal, duwal, pagtatae, nagtatae, natatae, lbm, tibi, hindi makadumi, pulikat, kinakabag
# skin / wounds / swelling / bleeding
pantal, rashes, butlig, pigsa, tagihawat, galis, sugat, nasugatan, napaso, kinagat, kagat ng aso, kagat ng lamok, kagat ng pusa, bukol, namamaga, maga, pamamaga, impeksyon, dugo, dumudugo, nagdudugo, pagdurugo, balinguyngoy, pasa sa, may pasa
# fatigue / unwell / sleep
panghihina, nanghihina, masama ang pakiramdam, masama pakiramdam, sama ng pakiramdam, hindi maganda ang pakiramdam, di maganda pakiramdam, matamlay, tamlay, hindi makatulog, di makatulog, insomnia
# mental health
pagkabalisa, balisa, depresyon, gusto kong mamatay, gusto ko nang mamatay, gusto ko ng mamatay, magpakamatay, pagpapakamatay, nagpakamatay, patayin ang sarili, saktan ang sarili, sinasaktan ang sarili, sinasaktan ko ang sarili, wala nang pag-asa, walang pag-asa, ayoko nang mabuhay, ayoko ng mabuhay, ayaw ko nang mabuhay, pagod na akong mabuhay
# injury
nadapa, natumba, nabalian, nabali ang, pilay, napilay, nabagok, naaksidente
# blood pressure / sugar
high blood, altapresyon, presyon, mataas ang sugar, mataas ang asukal, diabetes, insulin
# pregnancy / reproductive
buntis, nagbubuntis, pagbubuntis, manganganak, nanganak, panganganak, regla, mens, dinatnan, delayed ang mens, contraceptive, nakunan, ob-gyne, obgyn, ob gyn, prenatal, pre-natal
# medication
gamot, gamutin, uminom ng gamot, reseta, botika, parmasya, tableta, bakuna, binakunahan, turok, tinurukan, biogesic, neozep, bioflu, solmux, decolgen, kremil-s, diatabs, alaxan, medicol, ponstan, mefenamic, pills
# care services
doktor, duktor, nars, ospital, hospital, klinika, health center, ambulansya, check up, checkup, check-up, magpa-check up, magpacheck up, magpatingin, nagpatingin, magpakonsulta, nagpakonsulta, philhealth, albularyo, hilot, manghihilot, na-admit, na admit
# tests
urinalysis, fecalysis, laboratoryo, resulta ng lab
# body parts
tenga, tainga, lalamunan, balakang, batok, leeg, tuhod, bukung-bukong, balikat, binti, ngipin, bagang, gilagid, pantog, sore eyes
# urinary / infections / illnesses
ihi, umiihi, pag-ihi, pag ihi, sintomas, nahawa, nahawaan, tigdas, bulutong, tuberculosis, tb, pulmonya, kuto, an-an, buni, kulugo, almoranas, luslos, goiter, bosyo, kombulsyon, nagkukumbulsyon, epilepsy, rayuma, anemia, dengue, covid, pain, masakit ang, sakit sa
# added after review
nagluluha, nagluluha ang mata, namumula ang mata, namumula yung mata, mata ko, kuliti, walang gana kumain, walang ganang kumain, namamanhid ang
""")

# --------------------------------------------------------------------------
# Swahili
# --------------------------------------------------------------------------
HEALTH_STEMS["sw"] = _w("""
# pain / illness
maumivu, kichwa, unauma, kinauma, zinauma, naumwa, ninaumwa, unaumwa, anaumwa, wanaumwa, nimeumwa, kuumwa, inauma, inaniuma, vinauma, kuuma, mgonjwa, wagonjwa, ugonjwa, magonjwa, kuugua, naugua, ninaugua, anaugua, nimeugua, amelazwa, kulazwa, sijisikii vizuri, najisikia vibaya, ninajisikia vibaya
# fever / cold / cough
homa, homa kali, kikohozi, kukohoa, nakohoa, ninakohoa, anakohoa, mafua, kamasi, chafya
# breathing / chest / heart
kupumua, pumzi, shida ya kupumua, kushindwa kupumua, pumu, kifua, mapigo ya moyo, moyo unadunda, shinikizo la damu, kiharusi
# head / dizziness
maumivu ya kichwa, kichwa kinauma, kizunguzungu, kuzimia, nimezimia, amezimia
# stomach / gut
tumbo, tumbo linauma, kuhara, kuharisha, naharisha, anaharisha, kutapika, natapika, anatapika, ametapika, kichefuchefu, kiungulia, kuvimbiwa, vidonda vya tumbo, kinyesi
# skin / wounds / swelling / bleeding
upele, vipele, muwasho, kuwashwa, chunusi, jeraha, majeraha, kidonda, vidonda, kuvimba, imevimba, umevimba, amevimba, uvimbe, saratani, kansa, damu, kutoka damu, kuvuja damu
# fatigue / sleep / mental
uchovu, udhaifu, kukosa usingizi, sipati usingizi, silali, msongo wa mawazo, sonona, kujiua, kujidhuru, nataka kufa, kutaka kufa, sitaki kuishi, kukata tamaa, afya ya akili, afya
# injury
nimeanguka, ameanguka, kuteguka, nimeteguka, mfupa umevunjika, kuvunjika mfupa
# blood pressure / sugar
presha, kisukari, sukari ya damu, insulini
# pregnancy / reproductive
mjamzito, wajawazito, ujauzito, mimba, kujifungua, amejifungua, hedhi, uzazi wa mpango, kutoa mimba
# medication
dawa, madawa, vidonge, kidonge, sindano, chanjo, duka la dawa, dozi, tiba, matibabu, kutibiwa
# care services
daktari, madaktari, muuguzi, wauguzi, nesi, hospitali, zahanati, kliniki, ambulensi, upasuaji, kipimo cha damu, vipimo vya damu
# body parts / urinary
jicho, macho, sikio, masikio, koo, mgongo, shingo, goti, magoti, bega, jino, meno, fizi, figo, mapafu, kibofu, mkojo, kukojoa, haja ndogo
# illnesses
dalili, maambukizi, malaria, kipindupindu, ukimwi, vvu, kaswende, kisonono, surua, tetekuwanga, minyoo, homa ya matumbo, taifodi, degedege, kifafa, mzio, ganzi, kifua kikuu
""")

# --------------------------------------------------------------------------
# Haitian Creole
# --------------------------------------------------------------------------
HEALTH_STEMS["ht"] = _w("""
# pain / illness
doulè, doule, fè mal, fe mal, fè m mal, fe m mal, ap fè m mal, ap fe m mal, malad, mwen malad, mwen pa santi m byen, pa santi m byen, santi m mal, endispoze, endispozisyon, sentòm, sentom
# fever / cold / cough
lafyèv, lafyev, fyèv, fyev, gen tous, yon tous, tous sèk, tous sek, tous la, touse, grip, anrimen, rim, frison
# breathing / chest / heart
souf kout, souf mwen kout, pa ka respire, respire, pwatrin, lestomak, kè m ap bat, ke m ap bat, kè m bat fò, ke m bat fo, kriz kè, kriz ke
# head / dizziness
maltèt, maltet, tèt fè mal, tet fe mal, tèt mwen fè mal, tet mwen fe mal, tèt vire, tet vire, toudisman, tèt ap vire, tet ap vire
# stomach / gut
vant, vant fè mal, vant fe mal, dyare, vomi, vonmi, vonmisman, anvi vonmi, kè plen, ke plen, konstipe
# skin / wounds / swelling / bleeding
gratèl, gratel, maleng, blese, blesi, anfle, enflamasyon, ap senyen, senyen, san ap koule, kansè, kanse
# fatigue / sleep / mental
feblès, febles, pa ka dòmi, pa ka domi, anksyete, depresyon, estrès, estres, touye tèt mwen, touye tet mwen, swisid, vle mouri, mwen vle mouri, pa vle viv ankò, pa vle viv anko, pa gen espwa
# blood pressure / sugar / pregnancy
tansyon, tansyon wo, tansyon ba, sik nan san, dyabèt, dyabet, ensilin, ansent, gwosès, gwoses, akouche, règ mwen, reg mwen, planin, fè pitit, fe pitit
# medication
medikaman, renmèd, renmed, piki, vaksen, famasi, preskripsyon, efè segondè, efe segonde
# care services / tests
doktè, dokte, enfimyè, enfimye, lopital, klinik, sal ijans, ijans, anbilans, tretman, tès san, tes san, analiz, radyografi, sonografi, sante, konsiltasyon
# body parts / urinary
zòrèy, zorey, gòj, goj, jenou, ren mwen, pipi, pise, pipi boule
# illnesses
maladi, enfeksyon, kolera, tifoyid, malarya, tibèkiloz, tibekiloz, sida, vih, epilepsi, aleji, alèji, kriz malkadi, malkadi, opresyon
# added after review
je m wouj, je wouj, zye m, malozye, kouri dlo, pa gen apeti, m pa gen apeti, pikotman
""")

# --------------------------------------------------------------------------
# Somali (Latin orthography)
# --------------------------------------------------------------------------
HEALTH_STEMS["so"] = _w("""
# pain / illness
xanuun*, i xanuunaya, wuu i xanuunayaa, waan xanuunsanahay, bukaan*, bukay, waan bukaa, jirro, jiran, jirran, xanuunsan, cudur*
# fever / cold / cough
xummad*, qandho, qufac*, duray, hargab*, ifilo
# breathing / chest / heart
neef*, neeftu, laabta, xabadka, wadne, wadnaha, wadnaha garaac*, istaroog
# head / dizziness
madax xanuun, wareer*, madax wareer, suuxdin, suuxay, miyir beel
# stomach / gut
calool, caloosha, calool xanuun, calool fadhi, mantag*, matag, matagay*, matagid, lalabo, shuban*, gaaska caloosha
# skin / wounds / swelling / bleeding
cuncun, finan, nabar, nabro, dhaawac*, gubasho, barar, bararsan, dhiig*, dhiigbax, dhiig kar, dhiig yari, kansar, kansarka
# fatigue / sleep / mental
daciif, daal badan, hurdo la'aan, ma seexan karo, walwal, murug*, niyad jab, isdil, is dil, is dilid, waxaan rabaa inaan dhinto, inaan dhinto, ma rabo inaan noolaado, rajo beel
# blood pressure / sugar / pregnancy
sonkorow, kaadi macaan, insulin, uur baan, uur ayaan, uur ayey, uur qaad*, uurka, uurleey*, uur leh, dhalmo, foosha, umul, ilmo iska soo rid*, caado xanuun
# medication / care
daawo*, kaniini*, irbad*, tallaal*, farmashiye, dhakhtar*, kalkaaliso, isbitaal*, cisbitaal*, caafimaad*, xarun caafimaad, ambalaas, gargaar degdeg, qalliin, baaritaan dhiig, raajo, kaadi, saxaro
# body parts
indhaha, indho xanuun, dhegta, dhegaha, cunaha, dhabarka, lugta, lugaha, jilibka, ilig, ilkaha, kilyo, kilyaha, sambab*, gacanta jaban
# illnesses
infekshan, tiibishada, tiibisho, qaaxo, duumo, jadeeco, shuban biyood, tiifow, xasaasiyad, dhiig karka
# added after review
ishayd*, ilmeyn*, indhahayg*, kaadi*, i gubaysa, kabuubyo, cunto xumo
""")

# --------------------------------------------------------------------------
# Hindi / Urdu in Latin script (Hinglish); spellings vary a lot
# --------------------------------------------------------------------------
HEALTH_STEMS["hi-Latn"] = _w("""
# pain
dard, dardh, dard ho raha, dard ho rha, dard hai, sar dard, sir dard, sardard, sirdard, pet dard, pait dard, kamar dard, dant dard, daant dard, dukh raha, dukh rahi, dukh rha, dukhta, dukhti, pain, painful, khujli, khujali, kharish
# fever / cold / cough
bukhar, bukhaar, bukar, tez bukhar, halka bukhar, khansi, khaansi, khasi, khaasi, zukaam, zukam, jukam, jukaam, nazla, balgam, naak band, naak beh, chheenk*, cheenk*
# breathing / chest / heart
saans, sans lene, saans lene, saans phool, saans fool, sans phool, dama, asthma, seene, seena, seene mein, chhati, chati, chhaati, chaati, dhadkan, dil ki dhadkan, dil ka daura, heart attack, lakwa
# head / dizziness
chakkar aa, chakkar aana, chakkar aate, chakkar aaya, chakkar aata, behosh, behoshi, bakhosh
# stomach / gut
pet kharab, pet me dard, pet mein dard, ulti, ultee, ultiyan, ulti ho, ji machlana, ji machal, jee machal, ji ghabra, dast, loose motion*, motions, kabz, kabj, acidity, gas ki problem, apach, badhazmi
# skin / wounds / swelling / bleeding
chaale, chhale, ghaav, ghav, zakhm, zakham, chot, chot lag, chot lagi, sujan, soojan, sooj, suj gaya, sooj gaya, suj gayi, sooj gayi, khoon, khun, khoon aa, khoon nikal, muhase, muhaase, daad, pimples, rashes, cancer
# fatigue / unwell / sleep
thakaan, thakan, thakavat, thakawat, kamzori, kamjori, kamzor, tabiyat, tabiat, tabeeyat, tabyat, tabiyyat, tabeeat, tabiyat kharab, tabiyat thik nahi, neend nahi, neend nhi, neend nahin, neend na aana, neend nahi aati, anidra
# mental health
ghabrahat, ghabrahat ho, bechaini, bechaeni, tanav, avsaad, depression, anxiety, khudkushi, khudkashi, aatmahatya, atmahatya, marna chahta, marna chahti, mar jana chahta, mar jana chahti, mar jaana chahta, mar jaana chahti, jeena nahi chahta, jeena nahi chahti, jina nahi chahta, jina nahi chahti, jeene ka mann nahi, jeene ka man nahi, khud ko nuksan, khud ko hurt
# injury
haddi toot, haddi tut, fracture, moch, moch aa, girne se chot
# blood pressure / sugar
bp high, bp low, blood pressure, high bp, low bp, sugar high, sugar low, sugar ki bimari, sugar level, sugar report, sugar test, fasting sugar, sugar fasting, sugar ki report, sugar badh, madhumeh, diabetes
# pregnancy / reproductive
pregnant, pregnancy, garbh, garbhvati, garbhavastha, pet se hai, pet se hoon, pet se hu, mahwari, mahavari, maahwari, masik dharm, periods miss, period miss, periods late, period late, periods me dard
# medication
dawai, dawa, dawaai, davai, dava, dawaiyan, dawaiya, goli, goliyan, tablet kha, injection, teeka, tikakaran, syrup
# care services
doctor, daktar, dactor, docter, doctr, hakeem, vaid, aspataal, aspatal, haspatal, hospital, nurse, ilaaj, ilaj, elaj, ilaaj chal, checkup, check up, clinic, dispensary, emergency
# tests
test report, blood test, khoon ki jaanch, khoon ki janch, x-ray, xray, ultrasound, sonography
# body parts
aankh, ankh, aankhein, aankhon, ankhon, aankh me, kaan me, kaan mein, kaan dard, gale mein, gale me, gala kharab, gala kharaab, gala kharab hai, peeth, gardan, ghutna, ghutne, ghutno, kandha, kandhe, taang, taangon, daant, dant, masude, masoode, gurda, gurde, phephde, fefde
# urinary / illnesses
peshab, peshaab, pesab, paishab, peshab mein jalan, bimar, beemar, bimaar, bemar, bimari, beemari, bimaari, bemari, mareez, mariz, rogi, rog hai, rog ho gaya, rog lag, lakshan, infection, allergy, thyroid, mirgi, pathri, bawaseer, bavasir, peeliya, piliya, malaria, dengue, typhoid, tb, chechak, khasra
# added after review
aankh laal, ankh laal, aankhon se paani, aankh se paani, aankh aana, bhook nahi, bhookh nahi, bhook nhi, bhookh nhi, bhook kam, sunn ho, jhunjhuni
""")

# --------------------------------------------------------------------------
# Arabic in Latin script (Arabizi: 2=hamza, 3=ain, 5=kha, 7=ha, 6=ta, 8/9=qaf)
# Levantine, Egyptian, Gulf and Maghrebi spellings.
# --------------------------------------------------------------------------
HEALTH_STEMS["ar-Latn"] = _w("""
# pain
waja3*, waje3*, wja3*, wa3a, bewja3*, biwja3*, byewja3*, yewja3*, yooja3*, tewja3*, btewja3*, bitwja3*, mawjou3, mawjoo3, mawju3, alam fi, kaydorni, kayderni, kaydrni, tayderni, kaydirni, taydorni, 7akke, 7ake, 7ekke, 7ikke
# fever / cold / cough
sukhuna, so5one, s5one, sukhune, sokhoneya, so5oneya, sokhonia, s5oneya, sa5aneh, 7ararti, 7arara 3alayi, 3ande 7arara, 3andi 7arara, 7umma, ko7a, ka7a, ku7a, sa3le, sa3leh, s3ale, rash7, rasha7, zokam, zukam, zekam, zu2am, grippe, infelwanza, anflwanza
# breathing / chest / heart
dee2 nafas, di2 nafas, de2 nafas, di2et nafas, ta3ab bil nafas, nafasi, ma2dar et3anaffas, mesh 2ader atnafes, el rabu, 3ande rabu, 3andi rabu, rabw, sadri, sedri, bsadri, jalta, jalta 2albiye, zabha sadriya, nawba 2albiye, da2at 2albi sari3a
# head / dizziness
rasi byewja3ni, rasi, rassi, sode3, suda3, soda3, sudaa3, dawa5a, dokha, dw5a, dookha, dawkha, mdawa5, mdawakh, dayekh, dayi5, ghmiyan, ghameyan, o8mia, oghmiya 3alayi
# stomach / gut
batni, batne, batny, ba6ni, ma3de, me3de, ma3deti, ma3ida, ma3idti, mi3dti, este2ra2, isti2ra2, ista2ra2t, ghathayan, 3'athayan, ghatheyan, ghatayan, is-hal, ishal, es-hal, eshal, ishaal, ems3ak, imsak bel batn, ma3ghas, mughs
# skin / wounds / swelling / bleeding
7asasiye, 7asasiya, hasasiya, 7sasiya, 7boob, 7bub, jer7, jar7, jere7, jur7, jro7, majrou7, majroo7, 7arq, 7aree2 bjeldi, wirm, waram*, wareme, mwarram*, mwaram*, ntafa5, nafi5, nazif, nazeef, naziif, yenzif, binzif, byenzif, 3am ynzif, kadma, saratan, sarataan, saratane
# fatigue / unwell / sleep
ta3ban, ta3bana, t3ban, ta3baneh, ta3bane, ta3been, ta3banin, 3ayan, 3ayyan, 3ayaneh, 3ayana, 3ayyana, mareed, mareedh, mared, marid, mareeda, mareedha, mrid, mrida, mred, marad, marda, maridh, da3f, da3if, 2ara2, ar2, mesh 3aref anam, ma b2dar nam, ma 3am nam
# mental health
2al2, qala2, 2ala2, ekti2ab, ikti2ab, iktiab, ektiab, mokta2eb, mukta2ib, nafsiyti ta3bane, bidi mout, beddi mout, bddi mout, baddi mout, biddi mout, 3ayez amoot, 3ayza amoot, 3ayez amot, 3ayza amot, nefsi amoot, nefsi amot, bghit nmout, bghit nmot, antaher, enta7ar, inti7ar, inte7ar, a2tol nafsi, a2tel nafsi, 2a2tol 7ali, a2tol 7ali, 2adhi nafsi, 2aazi nafsi, ma fi amal, mafi amal, tabib nafsi, doktor nafsi, 3ilaj nafsi, tabib nafsani
# injury
kasr fi, maksoora ejri, maksour, iltiwa2, eltewa2, malwiye, waja3 ba3d ma w2e3t
# blood pressure / sugar
da3'6, daghet, daght, dagh6, da8t, dag6, da3'6 3ali, da3'6 wa6i, daght 3ali, daght wa6i, sukkari, sokkari, sekkari, marad el sokkar, marad al sukkar, insulin
# pregnancy / reproductive
7amel, 7amil, 7amle, 7aamil, 7aml, 7abla, wilade, welade, wilada, 2ijhad, ijhad, el 3ada el shahriye, dawra shahriya
# medication
dawa, dwa, dowa, adwiye, adwiya, 2adwiya, 7aboob, 7bob, 7bub dawa, ebre, ibra, 7o2na, la2a7, la2aa7, ta63eem, saydaliye, saydaleya, saydalia, saydaliya, farmasiya, wasfa tebbiye, wasfa tibbiya, roshetta, roshetah
# care services
doktor, daktor, doctora, tabib, tbib, tabeeb, dakatra, doktora, 6abib, momarreda, mumarrida, mumarred, mostashfa, mustashfa, moustachfa, mostachfa, sbitar, tawari2, tawari, is3af, es3af, isaaf, 3iyade, 3iyada, 3eyada, 3yada, kashf, mow3ad ma3 el doktor, si77a, se77a, se77iye, sa77iye
# tests
ta7lil, t7alil, ta7aleel, ta7alil, ashi3a, ashe3a, sonar, renin, tahlil dam, ta7lil dam, boul, bool
# body parts
3ayni, 3eyni, 3ini, 3yoni, 3uyuni, wedni, widni, odni, wdani, zoori, zouri, 7al2i, 7al2, dahri, dahre, dhari, ra2abti, rekbti, rukbti, rokbti, rekbe, kitfi, ketfi, ejri, rijli, rejli, ijri, sneni, asnani, kilwa, kelye, kalawi, ri2a, re2a, mathane, jeldi, jildi
# illnesses / infections
iltihab, eltihab, ilti7ab, elte7ab, mltehb, multahib, 3adwa, 3adwe, a3rad, 2a3rad, a3raad, ghudda, ghoda, ghudde, sar3, sara3, tashanuj, tashannoj, tashanoj, fa2r dam, faqr dam, qor7a, 2r7a, 2ur7a, fit2, jdari, jedri, corona, korona, covid
# added after review
ejro, ejra, ejrha, rejlo, rijlo
# added after review
bt7ro2ni, bet7ra2ni, 7ar2a, 7or2a, 7ur2a, nawbet hala3, nawbat hala3, nobet hala3, hala3, 3ayni 7amra, 3yoni 7amra, btdamme3, ma 3ande sahiye, ma 3andi shahiye, tanmeel, tanmil, khadar bi
""")

# --------------------------------------------------------------------------
# Russian ("боль*" is avoided because of больше/большой)
# --------------------------------------------------------------------------
HEALTH_STEMS["ru"] = _w("""
# pain / illness
боль, боли, болью, болей, больн*, болезн*, болит, болят, болело, болела, болел, болею, болеет, болеешь, заболел*, заболев*, разболел*, приболел*, болячк*, ноет, ноют, ломит, колет в, жжение, зуд, чешется, чесотк*
# fever / cold / cough
температурит, у меня температура, у него температура, у нее температура, у неё температура, у ребенка температура, у ребёнка температура, высокая температура, поднялась температура, температура держится, сбить температуру, температура тела, температура 3*, температура 4*, жар, лихорадк*, озноб*, знобит, кашель, кашля, кашлем, кашляю, кашляет, кашлять, покашлив*, насморк*, сопли, простуд*, простыл*, простуж*, грипп*, орви, ангин*, заложен нос, нос заложен, заложенность, мокрот*, чихаю, чихает, чихани*
# breathing / chest / heart
одышк*, задыхаюсь, задыхается, трудно дышать, тяжело дышать, не могу дышать, дыхани*, астм*, ингалятор*, в груди, грудь, грудной, сердцебиени*, сердечный приступ, сердечная недостаточность, аритми*, тахикарди*, инфаркт*, инсульт*, кардиолог*
# blood pressure
высокое давление, низкое давление, давление поднялось, давление подскочило, скачет давление, скачки давления, у меня давление, артериальное давление, повышенное давление, пониженное давление, давление 1*, гипертони*, гипотони*, тонометр*
# head / dizziness
головная боль, головные боли, головокружени*, кружится голова, голова кружится, мигрен*, обморок*, потерял сознание, потеряла сознание, слабость, темнеет в глазах
# stomach / gut
живот, живота, животе, животом, желудок, желудка, желудке, желудочн*, изжог*, гастрит*, тошнит, тошнот*, рвот*, стошнило, вырвало, понос*, диаре*, запор, запоры, вздути*, колик*, спазм*
# skin / wounds / swelling / bleeding
сыпь, высыпани*, прыщ*, акне, экзема, экземы, экзему, экземой, дерматит*, крапивниц*, покраснени*, волдыр*, рана, раны, рану, раной, ранен*, ранка, ранки, ранкой, порез, порезы, порезался, порезалась, ожог*, обжег*, обожгл*, укус*, укусил*, опух*, отек*, отёк*, отекл*, воспален*, воспалил*, лимфоузл*, лимфоузел, киста, кисты, кисту, онколог*, рак, кровь, крови, кровью, кровотечени*, кровоточ*, кровян*, синяк*, гематом*
# fatigue / unwell / sleep
усталость, утомляемость, нет сил, плохо себя чувствую, чувствую себя плохо, самочувстви*, недомогани*, бессонниц*, не могу уснуть, не могу заснуть, не сплю, плохо сплю, сонливост*, апноэ
# mental health
тревог*, тревожн*, паническ*, депресс*, стресс*, суицид*, самоубийств*, покончить с собой, убить себя, хочу умереть, не хочу жить, жить не хочется, нет смысла жить, порезать себя, режу себя, селфхарм, самоповрежд*, безнадежн*, безнадёжн*, психолог*, психиатр*, психотерап*, психическ*, нервный срыв
# injury
ударился, ударилась, ушиб*, перелом, перелома, переломы, сломал ногу, сломала ногу, сломал руку, сломала руку, вывих*, растяжени*, травм*, сотрясени*
# sugar / pregnancy
диабет*, сахар в крови, инсулин*, глюкоз*, беремен*, роды, родов, кесарев*, месячные, менструац*, противозачаточн*, контрацепц*, аборт*, выкидыш*, гинеколог*, климакс*
# medication
лекарств*, таблетк*, таблеток, препарат*, доза, дозу, дозировк*, побочн*, аптек*, антибиотик*, обезболивающ*, жаропонижающ*, укол*, прививк*, вакцин*, мазь, мази, нурофен, анальгин, но-шпа, ношпа, цитрамон, корвалол, валидол
# care services
врач*, доктор, доктора, доктору, медсестр*, поликлиник*, клиник*, скорую, скорая помощь, скорой помощи, вызвать скорую, травмпункт, приемный покой, приёмный покой, терапевт*, педиатр*, стоматолог*, хирург*, прооперир*, госпитализ*, медицинск*, медицин*, здоровь*, омс
# tests
сдать анализы, сдал анализы, сдала анализы, результаты анализов, анализ крови, анализы крови, моча, мочой, мочеиспускани*, мочев*, рентген*, флюорограф*, узи, мрт, кт, экг, биопси*, маммограф*, холестерин*, мазок, гемоглобин*, пцр
# body parts
глаз, глаза, глазах, глазу, в глазах, ухо, уши, ушах, ухе, горло, горла, горле, спина, спину, спине, поясниц*, шея, шею, шеи, шее, колено, колени, коленк*, сустав*, плечо, плече, плечи, лодыжк*, запясть*, локоть, локте, нога, ногу, ноги, ноге, ногах, зуб, зубы, зуба, зубов, зубной, зубная, десн*, почки, почках, почечн*, в легких, в лёгких, легочн*, лёгочн*, простат*, кожный, кожная, кожное, кожные, кожным
# infections / illnesses
симптом*, инфекци*, ковид*, коронавирус*, заразил*, заразн*, аллерги*, щитовидк*, щитовидн*, эпилепси*, судорог*, артрит*, артроз*, остеохондроз*, ревматизм*, анеми*, язв*, грыж*, герпес*, вич, гепатит*, пневмони*, бронхит*, гайморит*, синусит*, отит*, тонзиллит*, ветрянк*, корь, вши, грибок, бородавк*, конъюнктивит*, цистит*, геморро*, варикоз*, остеопороз*
# added after review
распух*, распухл*
# added after review
слезится, слезятся, слезотечени*, покраснел глаз, красные глаза, конъюнктивит, ячмень на глазу, по-маленькому, нет аппетита, пропал аппетит, потеря аппетита, онемени*, немеет, немеют, покалывани*
""")

# --------------------------------------------------------------------------
# Ukrainian (note "тривога" alone is avoided: air-raid alert)
# --------------------------------------------------------------------------
HEALTH_STEMS["uk"] = _w("""
# pain / illness
біль, болі, болю, болем, болить, болять, боліло, боліла, болів, болюч*, хвор*, захвор*, занедуж*, нездужа*, ниє, ломить, свербить, свербіж, печіння
# fever / cold / cough
у мене температура, висока температура, температура 3*, температура тіла, збити температуру, піднялася температура, жар, лихоманк*, озноб*, кашель, кашлю, кашляю, кашляє, кашляти, нежить, шмарк*, застуд*, застудив*, грип, грипу, орві, ангін*, закладений ніс, мокротиння, чхаю, чхає
# breathing / chest / heart
задишк*, задихаюся, задихаюсь, важко дихати, не можу дихати, дихання, астм*, в грудях, груди, серцебиття, серцевий, серцевого, серцева, серцевої, аритмі*, тахікарді*, інфаркт*, інсульт*, кардіолог*
# blood pressure
високий тиск, низький тиск, тиск піднявся, тиск підскочив, у мене тиск, артеріальний тиск, підвищений тиск, тиск 1*, гіпертоні*, гіпотоні*, тонометр*
# head / dizziness
головний біль, запаморочення, паморочиться, крутиться голова, мігрен*, знепритомні*, непритомн*, втратив свідомість, втратила свідомість, слабкість
# stomach / gut
живіт, живота, животі, шлун*, печія, гастрит*, нудить, нудит*, нудот*, блюв*, вирвало, пронос*, діаре*, закреп*, здуття, коліки, спазм*
# skin / wounds / swelling / bleeding
висип*, прищ*, акне, екзема, екземи, екзему, дерматит*, кропивниця, кропивницю, почервоні*, пухир*, рана, рани, рану, поранен*, поріз, порізи, порізався, порізалася, опік, опіки, опіків, опіком, обпік*, обпекл*, укус*, вкусив, вкусила, набряк*, опух*, пухлин*, запален*, лімфовузл*, кіста, рак, онколог*, кров, крові, кров'ю, кровю, кровотеч*, кровоточ*, синець, синці, гематом*
# fatigue / unwell / sleep
втома, втомлюваність, нема сил, немає сил, погано себе почуваю, почуваюся погано, самопочутт*, нездужання, безсоння, не можу заснути, не сплю, погано сплю, сонливість, апное
# mental health
тривожність, тривожний розлад, панічн*, панічні атаки, депрес*, стрес*, суїцид*, самогубств*, покінчити з собою, вбити себе, хочу померти, не хочу жити, нема сенсу жити, немає сенсу жити, різати себе, ріжу себе, самоушкодж*, безнадійн*, психолог*, психіатр*, психотерап*, психічн*, нервовий зрив
# injury
вдарився, вдарилася, забій, забив ногу, перелом*, зламав ногу, зламала ногу, зламав руку, зламала руку, вивих*, розтягнен*, травм*, струс мозку
# sugar / pregnancy
діабет*, цукровий діабет, цукор у крові, інсулін*, глюкоз*, вагітн*, пологи, пологів, кесарів*, місячні, менструац*, контрацепц*, протизаплідн*, аборт*, викидень, гінеколог*, клімакс*
# medication
ліки, ліків, ліками, ліку, лікар*, лікарн*, лікуван*, лікув*, лікуюсь, таблетк*, таблеток, препарат*, дозу, дозування, побічн*, аптек*, антибіотик*, знеболювальн*, знеболююч*, жарознижувальн*, укол*, щеплен*, вакцин*, мазь
# care services
доктор, медсестр*, поліклінік*, клінік*, швидку допомогу, швидка допомога, швидкої допомоги, викликати швидку, травмпункт, приймальне відділення, терапевт*, сімейний лікар, педіатр*, стоматолог*, хірург*, прооперув*, госпіталіз*, медичн*, медицин*, здоров'я, здоровя, здоров`я
# tests
здати аналізи, здав аналізи, здала аналізи, результати аналізів, аналіз крові, аналізи крові, сеча, сечі, сечу, сечовипуск*, сечов*, рентген*, флюорограф*, узд, узі, мрт, кт, екг, біопсі*, мамограф*, холестерин*, мазок, гемоглобін*, пцр
# body parts
очі, око, оці, вухо, вуха, вусі, горло, горлі, горла, спина, спину, спині, шия, шию, шиї, коліно, коліна, колін, суглоб*, плече, плечі, щиколотк*, зап'ясть*, лікоть, лікті, нога, ногу, ноги, нозі, зуб, зуби, зуба, зубів, нирк*, легені, легенев*, простат*, шкірн*
# infections / illnesses
симптом*, інфекці*, заразив*, заразн*, ковід*, коронавірус*, алергі*, щитоподібн*, епілепсі*, судоми, артрит*, артроз*, остеохондроз*, анемі*, виразк*, грижа, грижі, герпес, віл, гепатит*, пневмоні*, бронхіт*, гайморит*, отит*, вітрянк*, кір, воші, грибок, бородавк*, кон'юнктивіт*, цистит*, геморо*, варикоз*
# added after review
сльозиться, сльозяться, червоні очі, почервоніло око, ячмінь на оці, по-маленькому, немає апетиту, нема апетиту, пропав апетит, оніміння, німіє, німіють, поколюван*
""")

# --------------------------------------------------------------------------
# Greek (tonos folded) + a few common Greeklish spellings
# --------------------------------------------------------------------------
HEALTH_STEMS["el"] = _w("""
# pain / illness
πόνο*, πονο*, πονάει, ποναει, πονάω, ποναω, πονάνε, πονανε, πονοκέφαλ*, πονοκεφαλ*, άρρωστ*, αρρωστ*, ασθέν*, ασθεν*, αδιαθεσ*, αδιάθετ*, αδιαθετ*, νιώθω άσχημα, νιωθω ασχημα, δεν νιώθω καλά, δεν νιωθω καλα, δεν είμαι καλά, δεν ειμαι καλα, φαγούρα, φαγουρα, κνησμ*, τσούζει, τσουζει
# fever / cold / cough
πυρετ*, ρίγη, ριγη, βήχα*, βηχα*, βήχας, βηχας, βήχω, βηχω, κρυολόγημα, κρυολογημα, κρύωσα, κρυωσα, κρυωμένος, κρυωμενος, γρίπη, γριπη, συνάχι, συναχι, μπουκωμένη μύτη, μπουκωμενη μυτη, φλέματα, φλεματα
# breathing / chest / heart
δύσπνοια, δυσπνοια, αναπνέ*, αναπνε*, αναπνο*, αναπνοή, άσθμα, ασθμα, εισπνευστήρ*, εισπνευστηρ*, στο στήθος, στο στηθος, ταχυπαλμί*, ταχυπαλμι*, αρρυθμί*, αρρυθμι*, ταχυκαρδί*, ταχυκαρδι*, έμφραγμα, εμφραγμα, εγκεφαλικό, εγκεφαλικο, καρδιολόγ*, καρδιολογ*, καρδιακ*, υψηλή πίεση, υψηλη πιεση, χαμηλή πίεση, χαμηλη πιεση, αρτηριακή πίεση, αρτηριακη πιεση, έχω πίεση, εχω πιεση, πίεση μου, πιεση μου, υπέρταση, υπερταση, υπόταση, υποταση
# head / dizziness
κεφάλι, κεφαλι, ημικρανί*, ημικρανι*, ζαλάδ*, ζαλαδ*, ζαλίζομαι, ζαλιζομαι, ζάλη, ζαλη, λιποθυμ*, ίλιγγ*, ιλιγγ*
# stomach / gut
στομάχ*, στομαχ*, κοιλιά, κοιλια, κοιλόπον*, κοιλοπον*, καούρ*, καουρ*, γαστρίτιδα, γαστριτιδα, γαστρεντερίτιδα, γαστρεντεριτιδα, παλινδρόμηση, ναυτία, ναυτια, εμετ*, έμετ*, ξέρασα, ξερασα, διάρροια, διαρροια, δυσκοιλιότητα, δυσκοιλιοτητα, κράμπ*, κραμπ*, κολικ*
# skin / wounds / swelling / bleeding
εξάνθημα, εξανθημα, κνίδωση, κνιδωση, έκζεμα, εκζεμα, σπυρί, σπυρι, σπυριά, σπυρια, σπυρακια, σπυράκια, φουσκάλ*, φουσκαλ*, πληγ*, τραύμα*, τραυμα*, τραυματ*, έγκαυμα, εγκαυμα, κάηκα, καηκα, τσίμπημα, τσιμπημα, δάγκωμα, δαγκωμα, με δάγκωσε, με δαγκωσε, πρήξιμο, πρηξιμο, πρησμέν*, πρησμεν*, πρήστηκε, πρηστηκε, οίδημα, οιδημα, φλεγμον*, λεμφαδέν*, λεμφαδεν*, κύστη, κυστη, καρκίν*, καρκιν*, αίμα, αιμα, αιμορραγ*, ματώνει, ματωνει, μελανιά, μελανια, αιμάτωμα, αιματωμα
# fatigue / sleep / mental
κόπωση, κοπωση, εξάντληση, εξαντληση, αϋπνία, αυπνια, δεν μπορώ να κοιμηθώ, δεν μπορω να κοιμηθω, υπνηλία, υπνηλια, άγχος, αγχος, αγχώδ*, αγχωδ*, κρίση πανικού, κριση πανικου, κρίσεις πανικού, κρισεις πανικου, κατάθλιψη, καταθλιψη, καταθλιπτ*, αυτοκτον*, θέλω να πεθάνω, θελω να πεθανω, να πεθάνω, να πεθανω, δεν θέλω να ζω, δεν θελω να ζω, αυτοτραυματ*, κόβω τον εαυτό μου, κοβω τον εαυτο μου, ψυχολόγ*, ψυχολογ*, ψυχίατρ*, ψυχιατρ*, ψυχοθεραπ*, υγεί*, υγει*
# injury
έπεσα, επεσα, κάταγμα, καταγμα, στραμπούλη*, στραμπουλη*, διάστρεμμα, διαστρεμμα, χτύπησα, χτυπησα, διάσειση, διασειση, εξάρθρωση, εξαρθρωση
# sugar / pregnancy
διαβήτη*, διαβητη*, σάκχαρο, σακχαρο, ινσουλίν*, ινσουλιν*, γλυκόζη, γλυκοζη, έγκυος, εγκυος, εγκυμοσύν*, εγκυμοσυν*, τοκετ*, καισαρικ*, περίοδό μου, περιοδο μου, η περίοδος μου, έμμηνο*, εμμηνο*, αντισυλληπτ*, έκτρωση, εκτρωση, γυναικολόγ*, γυναικολογ*, εμμηνόπαυση, εμμηνοπαυση
# medication / care
φάρμακ*, φαρμακ*, χάπι*, χαπι*, δοσολογ*, ιατρ*, παρενέργει*, παρενεργει*, αντιβίωση, αντιβιωση, αντιβιοτικ*, παυσίπον*, παυσιπον*, ένεση, ενεση, εμβόλι*, εμβολι*, αλοιφή, αλοιφη, ντεπόν, ντεπον, γιατρ*, νοσοκόμ*, νοσοκομ*, κλινικ*, στα επείγοντα, στα επειγοντα, ασθενοφόρο, ασθενοφορο, εκαβ, παιδίατρ*, παιδιατρ*, οδοντίατρ*, οδοντιατρ*, χειρουργ*, εγχείρηση, εγχειρηση, νοσηλ*, φυσικοθεραπ*, εοπυυ
# tests
εξετάσεις αίματος, εξετασεις αιματος, ακτινογραφ*, αξονική, αξονικη, μαγνητική τομογραφία, μαγνητικη τομογραφια, υπέρηχο*, υπερηχο*, καρδιογράφημα, καρδιογραφημα, βιοψία, βιοψια, μαστογραφία, μαστογραφια, χοληστερίνη, χοληστερινη, ούρων, ουρων, ουρολοίμωξη, ουρολοιμωξη, κόπρανα, κοπρανα, τεστ παπ
# body parts
μάτια, ματια, αυτί, αυτι, αυτιά, αυτια, λαιμό, λαιμο, λαιμός, λαιμος, λαιμού, λαιμου, αυχέν*, αυχεν*, γόνατ*, γονατ*, αστράγαλ*, αστραγαλ*, δόντι, δοντι, δόντια, δοντια, ούλα, ουλα, νεφρ*, πνεύμον*, πνευμον*, ουροδόχος κύστη, προστάτη, προστάτης, προστατίτιδα, προστατιτιδα, δερματίτιδα, δερματιτιδα, δερματολόγ*, δερματολογ*, δερματικ*
# infections / illnesses
συμπτώματ*, συμπτωματ*, σύμπτωμα, συμπτωμα, λοίμωξη, λοιμωξη, ίωση, ιωση, κορωνοϊ*, κορονοϊ*, κορωνοι*, κορονοι*, αλλεργ*, θυρεοειδ*, επιληψ*, σπασμοί, σπασμοι, αρθρίτιδα, αρθριτιδα, αναιμία, αναιμια, έλκος, ελκος, κήλη, κηλη, έρπητ*, ερπητ*, ηπατίτιδα, ηπατιτιδα, βρογχίτιδα, βρογχιτιδα, ιγμορίτιδα, ιγμοριτιδα, ωτίτιδα, ωτιτιδα, αμυγδαλίτιδα, αμυγδαλιτιδα, ανεμοβλογιά, ανεμοβλογια, ψείρες, ψειρες, μύκητ*, μυκητ*, κυστίτιδα, κυστιτιδα, αιμορροΐδ*, αιμορροιδ*
# greeklish
ponaei, ponao, ponane, ponokefal*, pyret*, piret*, vixa, vixas, giatro*, nosokomeio, farmako*, xapi*, zalada, zalizomai, emeto, arrost*, katathlipsi, agxos, eimai arrostos, eimai arrosti
# added after review
μάτι μου, ματι μου, δακρύζ*, δακρυζ*, κόκκινο μάτι, κοκκινο ματι, κόκκινα μάτια, κοκκινα ματια, επιπεφυκίτιδα, επιπεφυκιτιδα, κριθαράκι, ουρώ, ουρω, ούρηση, ουρηση, δεν έχω όρεξη για φαγητό, μούδιασμα, μουδιασμα, μουδιάζ*, μουδιαζ*
""")

# --------------------------------------------------------------------------
# Chinese (simplified + traditional); substrings
# --------------------------------------------------------------------------
HEALTH_STEMS["zh"] = _w("""
# a clot and what prevents one (compression stockings, rivaroxaban)
血栓, 弹力袜, 彈力襪, 利伐沙班
# pain ("疼" alone is kept for recall; "痛" only in compounds)
疼, 头痛, 頭痛, 胃痛, 腹痛, 牙痛, 腰痛, 背痛, 胸痛, 肚子痛, 喉咙痛, 喉嚨痛, 嗓子痛, 关节痛, 關節痛, 肌肉痛, 眼睛痛, 耳朵痛, 脚痛, 腳痛, 腿痛, 很痛, 好痛, 痛死, 痛得, 酸痛, 刺痛, 隐痛, 隱痛, 胀痛, 脹痛, 疼痛, 痛经, 痛經, 经痛, 經痛, 发痒, 發癢, 瘙痒, 搔癢, 很痒, 好痒, 很癢, 好癢
# fever / cold / cough
发烧, 發燒, 低烧, 低燒, 高烧, 高燒, 退烧, 退燒, 体温, 體溫, 发冷, 發冷, 咳嗽, 咳痰, 有痰, 流鼻涕, 鼻塞, 打喷嚏, 打噴嚏, 感冒, 流感, 着凉, 著涼, 喉咙, 喉嚨, 嗓子
# breathing / chest / heart
呼吸困难, 呼吸困難, 喘不过气, 喘不過氣, 气喘, 氣喘, 哮喘, 气短, 氣短, 胸闷, 胸悶, 胸口, 心悸, 心慌, 心跳很快, 心跳好快, 心跳加速, 心脏, 心臟, 心梗, 心肌梗, 中风, 中風, 血压, 血壓
# head / dizziness
头晕, 頭暈, 头昏, 頭昏, 晕倒, 暈倒, 昏倒, 眩晕, 眩暈, 晕眩, 暈眩
# stomach / gut
恶心, 噁心, 想吐, 呕吐, 嘔吐, 反胃, 拉肚子, 腹泻, 腹瀉, 便秘, 胃胀, 胃脹, 肚子胀, 肚子脹, 胃酸, 反酸, 消化不良, 不舒服, 难受, 難受
# skin / wounds / swelling / bleeding
皮疹, 疹子, 湿疹, 濕疹, 荨麻疹, 蕁麻疹, 过敏, 過敏, 痘痘, 粉刺, 长痘, 長痘, 水泡, 伤口, 傷口, 受伤, 受傷, 烫伤, 燙傷, 烧伤, 燒傷, 咬伤, 咬傷, 被狗咬, 肿了, 腫了, 红肿, 紅腫, 肿胀, 腫脹, 浮肿, 浮腫, 水肿, 水腫, 发炎, 發炎, 炎症, 淋巴结, 淋巴結, 肿瘤, 腫瘤, 癌症, 癌, 流血, 出血, 便血, 尿血, 咳血, 吐血, 淤青, 瘀青
# fatigue / sleep / mental
疲劳, 疲勞, 乏力, 没力气, 沒力氣, 虚弱, 虛弱, 失眠, 睡不着, 睡不著, 嗜睡, 焦虑, 焦慮, 抑郁, 抑鬱, 忧郁, 憂鬱, 惊恐, 驚恐, 恐慌症, 自杀, 自殺, 想死, 不想活, 活不下去, 轻生, 輕生, 自残, 自殘, 割腕, 伤害自己, 傷害自己, 绝望, 絕望, 心理医生, 心理醫生, 心理咨询, 心理諮詢, 精神科, 心理健康
# injury
摔倒, 跌倒, 摔伤, 摔傷, 骨折, 扭伤, 扭傷, 崴脚, 崴腳, 脱臼, 脫臼, 脑震荡, 腦震盪
# sugar / pregnancy
血糖, 糖尿病, 胰岛素, 胰島素, 怀孕, 懷孕, 孕妇, 孕婦, 产检, 產檢, 分娩, 剖腹产, 剖腹產, 月经, 月經, 例假, 大姨妈, 大姨媽, 避孕, 流产, 流產, 堕胎, 墮胎, 妇科, 婦科, 白带, 白帶, 阴道, 陰道, 更年期
# medication
药, 藥, 处方, 處方, 副作用, 抗生素, 打针, 打針, 注射, 疫苗, 输液, 輸液, 打点滴, 打點滴, 剂量, 劑量, 布洛芬, 阿莫西林, 二甲双胍, 二甲雙胍, 头孢, 頭孢
# care services
医生, 醫生, 看病, 就医, 就醫, 医院, 醫院, 诊所, 診所, 急诊, 急診, 挂号, 掛號, 门诊, 門診, 护士, 護士, 救护车, 救護車, 住院, 手术, 手術, 牙医, 牙醫, 儿科, 兒科, 体检, 體檢, 医保, 醫保, 健康
# tests
化验, 化驗, 验血, 驗血, 抽血, 血常规, 血常規, 拍片, x光, 核磁, 磁共振, b超, 超声, 超聲, 心电图, 心電圖, 活检, 活檢, 胆固醇, 膽固醇, 尿检, 尿檢, 尿液, 核酸
# body parts / urinary
膝盖, 膝蓋, 脖子疼, 颈椎, 頸椎, 腰椎, 关节, 關節, 牙龈, 牙齦, 膀胱, 前列腺, 尿频, 尿頻, 尿急, 尿痛, 排尿, 尿道
# illnesses
症状, 症狀, 病了, 生病, 得病, 疾病, 病人, 患者, 感染, 传染, 傳染, 新冠, 阳了, 陽了, 甲状腺, 甲狀腺, 癫痫, 癲癇, 抽搐, 关节炎, 關節炎, 贫血, 貧血, 溃疡, 潰瘍, 疝气, 疝氣, 疱疹, 艾滋, 愛滋, 肝炎, 肺炎, 支气管炎, 支氣管炎, 鼻炎, 中耳炎, 扁桃体, 扁桃體, 水痘, 麻疹, 脚气, 腳氣, 痔疮, 痔瘡, 痛风, 痛風, 结石, 結石, 高血脂
# added after review
眼睛红, 眼睛發紅, 眼睛发红, 眼睛紅, 红眼病, 紅眼病, 眼睛痒, 眼睛癢, 眼睛干涩, 眼睛乾澀, 结膜炎, 結膜炎, 麦粒肿, 針眼, 针眼, 小便时, 小便時, 小便的时候, 小便的時候, 解小便, 尿, 灼热感, 灼熱感, 没胃口, 沒胃口, 食欲不振, 食慾不振, 麻木, 发麻, 發麻, 手麻, 脚麻, 腳麻
""")

# --------------------------------------------------------------------------
# Korean; substrings ("아파" alone is avoided: 아파트 = apartment)
# --------------------------------------------------------------------------
HEALTH_STEMS["ko"] = _w("""
# pain
아파요, 아파서, 아파도, 아파가지고, 아파하, 아파죽, 아파 죽, 아파ㅠ, 아파ㅜ, 아팠, 아프다, 아프고, 아프네, 아프면, 아프지, 아프기, 아프게, 아프더, 아프대, 아프니, 아픔, 아픈, 머리 아파, 머리아파, 배 아파, 배아파, 목 아파, 목아파, 허리 아파, 허리아파, 너무 아파, 넘 아파, 많이 아파, 통증, 두통, 복통, 치통, 요통, 생리통, 근육통, 관절통, 편두통, 쑤시, 쑤셔, 욱신, 따끔, 가렵, 가려워, 가려움
# fever / cold / cough
열나, 열이 나, 열이나, 열이 있, 열이 높, 열이 안 떨어, 열이 38, 열이 39, 열이 40, 고열, 미열, 발열, 해열, 오한, 기침, 가래, 콧물, 코막힘, 코가 막, 재채기, 감기, 독감, 몸살, 인후통, 목이 부
# breathing / chest / heart
숨이 차, 숨쉬기, 숨을 못, 숨쉬기 힘, 호흡곤란, 천식, 가슴이 답답, 가슴 통증, 흉통, 가슴이 아, 심장, 두근거, 부정맥, 심근경색, 뇌졸중, 혈압, 고혈압, 저혈압
# head / dizziness
머리가 아, 어지러, 어지럽, 현기증, 어지럼, 기절, 실신, 쓰러졌
# stomach / gut
배가 아, 위염, 속쓰림, 속이 쓰, 속이 안 좋, 속이 안좋, 체했, 체한, 소화불량, 메스꺼, 메슥, 울렁거, 구토, 토했, 토할, 설사, 변비, 배탈, 장염
# skin / wounds / swelling / bleeding
두드러기, 발진, 습진, 여드름, 뾰루지, 물집, 상처, 다쳤, 다친, 다쳐, 부상, 화상을 입, 화상 입, 데였, 벌레 물, 붓기, 부기가, 부종, 염증, 멍울, 혹이, 종양, 암 진단, 암 환자, 위암, 폐암, 유방암, 갑상선암, 대장암, 간암, 암세포, 출혈, 피가 나, 피가 났, 피나, 코피, 혈변, 혈뇨, 멍이, 멍들
# fatigue / sleep / mental
피곤, 무기력, 기운이 없, 힘이 없, 몸이 안 좋, 몸이 안좋, 컨디션이 안, 몸이 아, 불면증, 잠을 못, 잠이 안, 수면장애, 불안감, 불안장애, 불안해, 공황, 우울, 자살, 죽고 싶, 죽고싶, 살고 싶지 않, 살기 싫, 자해, 손목을 그, 극단적 선택, 희망이 없, 정신과, 심리상담, 정신건강
# injury
넘어졌, 골절, 부러졌, 삐었, 삐끗, 접질, 인대, 타박상, 뇌진탕
# sugar / pregnancy
당뇨, 혈당, 인슐린, 임신, 임산부, 출산, 제왕절개, 생리를, 생리가, 생리 불순, 생리불순, 생리 중, 피임, 낙태, 산부인과, 질염, 분비물, 폐경, 갱년기
# medication / care
약을, 약 먹, 약먹, 약국, 약사, 처방, 복용, 부작용, 항생제, 진통제, 해열제, 소염제, 주사를, 주사 맞, 주사맞, 예방접종, 백신, 연고, 수액, 타이레놀, 의사 선생님, 의사선생님, 의사한테, 의사에게, 의사랑, 의사가 말, 간호사, 병원, 응급실, 구급차, 진료, 진찰, 입원, 퇴원, 수술, 치과, 소아과, 내과, 외과, 피부과, 안과, 이비인후과, 정형외과, 한의원, 보건소, 건강검진, 검진
# tests
피검사, 혈액검사, 소변검사, 엑스레이, 초음파, 내시경, 조직검사, 콜레스테롤, 소변, 대변에, 대변이, 대변 검사, 코로나, 확진
# body parts / illnesses
무릎, 발목, 손목이, 어깨가, 눈이 아, 귀가 아, 이가 아, 잇몸, 폐렴, 방광, 전립선, 증상, 질병, 질환, 환자, 감염, 전염, 알레르기, 알러지, 갑상선, 간질, 뇌전증, 경련, 관절염, 빈혈, 궤양, 탈장, 헤르페스, 대상포진, 간염, 기관지염, 비염, 축농증, 중이염, 편도, 수두, 홍역, 머릿니, 무좀, 결막염, 방광염, 치질, 통풍, 결석
# added after review
눈이 빨갛, 눈이 빨개, 충혈, 눈물이 계속, 눈이 가려, 눈이 따가, 눈이 부었, 다래끼, 입맛이 없, 식욕이 없, 식욕부진, 저림, 저려, 감각이 없
""")

# --------------------------------------------------------------------------
# Japanese; substrings ("薬" alone is avoided: 薬味 = condiments)
# --------------------------------------------------------------------------
HEALTH_STEMS["ja"] = _w("""
# pain / itch
痛, かゆい, かゆみ, 痒い, 痒み, しんどい
# fever / cold / cough
熱がある, 熱が出, 熱っぽ, 熱が下が, 熱が高, 熱は, 発熱, 高熱, 微熱, 解熱, 寒気, 悪寒, 咳, せきが, 痰, 鼻水, 鼻づまり, くしゃみ, 風邪, インフル, 喉が, のどが
# breathing / chest / heart
息苦し, 息切れ, 呼吸が, 呼吸困難, 喘息, 胸が苦し, 動悸, 心臓, 不整脈, 心筋梗塞, 脳卒中, 脳梗塞, 血圧
# head / dizziness
めまい, 目眩, 眩暈, ふらふら, 立ちくらみ, 気絶, 失神, 倒れて, 倒れた
# stomach / gut
胃もたれ, 胸やけ, 吐き気, 気持ち悪, 嘔吐, 吐いた, 吐きそう, 下痢, 便秘, お腹を壊, お腹をこわ, 胃腸炎
# skin / wounds / swelling / bleeding
湿疹, 発疹, じんましん, 蕁麻疹, ニキビ, にきび, 水ぶくれ, 傷口, けが, ケガ, 怪我, 火傷, やけど, 噛まれ, 刺され, 腫れ, むくみ, 浮腫, 炎症, しこり, 腫瘍, 癌, 出血, 血が出, 血が止ま, 鼻血, 血便, 血尿, 青あざ, 内出血
# fatigue / sleep / mental
だるい, だるさ, 倦怠感, 疲れやす, 疲労, 体調, 具合が悪, 不眠, 眠れない, 寝れない, 眠れな, 睡眠障害, 不安障害, パニック障害, パニック発作, 鬱, うつ病, 鬱病, 抑うつ, 死にたい, 自殺, 消えたい, 生きたくない, 生きる意味, 自傷, リストカット, リスカ, 希望がない, 精神科, 心療内科, カウンセリング, メンタル
# injury
転んで, 転んだ, 転倒, 骨折, 捻挫, ねんざ, 脱臼, 打撲, 脳震盪, ぎっくり腰
# sugar / pregnancy
血糖, 糖尿, インスリン, 妊娠, 妊婦, 出産, 帝王切開, 生理, 月経, 避妊, ピル, 中絶, 流産, 婦人科, 産婦人科, おりもの, 更年期
# medication / care
薬を, 薬が, 薬は, お薬, 飲み薬, 目薬, 塗り薬, 風邪薬, 薬局, 薬剤, 処方, 副作用, 抗生物質, 痛み止め, 鎮痛剤, 解熱剤, 注射, 点滴, ワクチン, 予防接種, 軟膏, 服用, 錠剤, ロキソニン, カロナール, バファリン, 医者, 医師, 病院, 医院, クリニック, 診療所, 救急, 看護師, 受診, 診察, 診断, 通院, 入院, 退院, 手術, 歯医者, 歯科, 小児科, 内科, 外科, 皮膚科, 眼科, 耳鼻科, 整形外科, 健康診断, 健診, 検診
# tests
血液検査, 検査結果, レントゲン, 超音波, 内視鏡, 胃カメラ, 心電図, 生検, コレステロール, 尿検査, 尿, 頻尿, 残尿, 排尿, コロナ
# body parts / illnesses
膝, 足首, 手首, 歯茎, 肩こり, 肺, 腎臓, 肝臓, 膀胱, 症状, 病気, 持病, 感染, アレルギー, 花粉症, 甲状腺, てんかん, けいれん, 痙攣, 関節, リウマチ, 貧血, 潰瘍, ヘルニア, ヘルペス, 帯状疱疹, 肝炎, 肺炎, 気管支炎, 鼻炎, 副鼻腔炎, 蓄膿, 中耳炎, 扁桃, 水疱瘡, 水ぼうそう, はしか, 麻疹, シラミ, 水虫, 結膜炎, 痔, 痛風, 結石, 湿布
# added after review
目が赤, 目が充血, 充血, 涙が止まら, 目が痒, 目がかゆ, ものもらい, おしっこ, トイレが近, 食欲がない, 食欲不振, しびれ, 痺れ
""")

# --------------------------------------------------------------------------
# Language-independent: drug names and classes, units, test acronyms and the
# English health words most often code-mixed into other languages.  Words that
# are everyday words in a covered language are kept out (e.g. English "pain" =
# French "bread"; "ml" = recipes).
# --------------------------------------------------------------------------
HEALTH_STEMS["any"] = _w("""
# analgesics / anti-inflammatories
ibuprofen*, paracetamol*, acetaminophen*, acetaminofen*, tylenol, advil, motrin, nurofen, brufen, panadol, calpol, crocin, combiflam, dolo 650, doliprane, dafalgan, efferalgan, aspirin*, naproxen*, diclofenac*, diclofenaco, voltaren, ketoprofen*, ketorolac*, metamizol*, dipyron*, novalgin*, nimesulid*, mefenamic, ponstan, tramadol, codein*, morphin*, oxycodon*, fentanyl*
# diabetes / cardiovascular / lipids
metformin*, glucophage, insulin*, lantus, humalog, novorapid, levemir, ozempic, semaglutid*, wegovy, mounjaro, tirzepatid*, jardiance, empagliflozin*, dapagliflozin*, sitagliptin*, januvia, glimepirid*, gliclazid*, statin, statins, statine, statina, statinas, statinen, atorvastatin*, simvastatin*, rosuvastatin*, pravastatin*, lipitor, crestor, zocor, lisinopril, enalapril, ramipril, amlodipin*, norvasc, losartan*, valsartan, metoprolol*, bisoprolol*, concor, atenolol, propranolol, hydrochlorothiazid*, furosemid*, warfarin*, apixaban, eliquis, rivaroxaban, xarelto, clopidogrel, plavix
# antibiotics / antivirals / antifungals
antibiotic*, antibiotik*, amoxicillin*, amoxicilin*, amoxicilline, augmentin, azithromycin*, azitromicin*, ciprofloxacin*, ciprofloxacino, doxycyclin*, cefalexin*, cephalexin*, ceftriaxon*, penicillin*, penicilin*, clindamycin*, levofloxacin*, nitrofurantoin*, trimethoprim, cotrimoxazol*, bactrim, metronidazol*, fluconazol*, clotrimazol*, aciclovir, acyclovir, valaciclovir, oseltamivir, tamiflu, mebendazol*, albendazol*
# gastro / allergy / respiratory / hormones
omeprazol*, esomeprazol*, pantoprazol*, lansoprazol*, ranitidin*, nexium, gaviscon, buscopan, loperamid*, imodium, domperidon*, metoclopramid*, ondansetron, cetirizin*, loratadin*, desloratadin*, fexofenadin*, diphenhydramin*, zyrtec, claritin, benadryl, salbutamol, albuterol, ventolin*, symbicort, seretide, montelukast, prednison*, prednisolon*, dexamethason*, hydrocortison*, levothyroxin*, euthyrox, synthroid
# psychiatric / neuro
sertralin*, fluoxetin*, escitalopram, citalopram, paroxetin*, venlafaxin*, duloxetin*, bupropion, mirtazapin*, quetiapin*, olanzapin*, risperidon*, aripiprazol*, diazepam, lorazepam, alprazolam, clonazepam, xanax, valium, zolpidem, melatonin*, gabapentin*, pregabalin*, antidepress*, antidepres*
# other drugs
sildenafil, viagra, tadalafil, cialis, ivermectin*, hydroxychloroquin*
# units / measures
mg, mcg, mmhg, mmol, mmol/l, mg/dl, mg/kg, spo2, hba1c, a1c
# tests / procedures / care acronyms
covid*, sars-cov-2, ecg, ekg, eeg, mri, ct scan, ct-scan, x-ray, xray, x ray, x-rays, pcr, tsh, inr test, inr level, ldl, hdl, psa test, cbc, hiv, hpv, uti, icu, bp, bmi, biops*, mammogra*, endoscop*, colonoscop*, chemo*, quimioterapia, dialys*, dialis*, glucometer, glucometro, oximeter, oximetro, nebuliz*, inhaler*
# English words common in code-mixed messages
fever, cough, coughing, headache*, migraine*, nausea, vomit*, vomiting, diarrhea, diarrhoea, dizzy, dizziness, rash, rashes, swollen, swelling, bleeding, infection*, infected, sore throat, stomachache, stomach ache, stomach pain, chest pain, back pain, toothache, period pain, cramps, asthma, allergy, allergies, allergic, diabetes, diabetic, hypertension, blood pressure, blood sugar, blood test, pregnant, pregnancy, miscarriage, symptom*, sick, sickness, illness, injury, injured, fracture*, sprain*, bruise*, insomnia, anxiety, depression, depressed, panic attack*, suicid*, self harm, self-harm, selfharm, mental health, therapist, psychiatrist, psychologist, doctor, hospital, hospitals, hospitaliz*, hospitalis*, clinic, pharmacy, prescription*, medicine, medicines, medication*, meds, pills, painkiller*, vaccine*, vaccination, checkup, check-up, emergency room, urgent care, ambulance, nurse, dentist, surgery, ultrasound, runny nose, stuffy nose, shortness of breath, short of breath, palpitation*, heart attack, seizure*, fainted, unconscious, constipat*, acne, eczema, pimple*, itchy, itching, hurts, it hurts, painful, aching, unwell, not feeling well, feel sick, feeling sick, health, tumor*, tumour*, diagnosed, diagnosis, diagnosi, thyroid, pcos, pcod, period cramps
# added after review
dermatolo*, oftalmolo*, ophthalmolo*, ophtalmolo*, oculist*, otorrino*, otorino*, ortoped*, orthop*, neurolog*, urolog*, endocrinolo*, endokrinolo*, gastroentero*, oncolo*, onkolo*, pneumolo*, neumolo*, reumatolo*, rheumatolo*, pediatr*, gynecolo*, gynaecolo*
""")


# ==========================================================================
# Reference matcher
# ==========================================================================
# --------------------------------------------------------------------------
# Arabic script (substrings: conjunctions, articles and possessives attach)
# --------------------------------------------------------------------------
HEALTH_STEMS["ar"] = _w("""
دكتور, دكتورة, طبيب, طبيبة, مستشفى, مستشفي, عيادة, صيدلية, صيدلي, ممرضة, طوارئ, إسعاف, اسعاف
دواء, أدوية, ادوية, علاج, حبوب, حبة, وصفة, روشتة, إبرة, ابرة, حقنة, انسولين, أنسولين, مضاد حيوي
ألم, الألم, وجع, توجع, يوجع, يألم, صداع, دوخة, دايخ, دوار, تعبان, تعبانة, بتعب, إرهاق, ارهاق, هبوط
حرارة, سخونة, سخن, حمى, حمّى, كحة, سعال, زكام, رشح, برد, التهاب, عدوى, فيروس, كورونا
بطن, بطني, معدة, معدتي, إسهال, اسهال, إمساك, امساك, استفراغ, ترجيع, غثيان, قيء, حموضة
قلب, قلبي, صدر, صدري, ضغط, سكر, السكري, دم, نزيف, تنفس, نفسي ضيق, ضيق نفس, ربو
رأس, راسي, ظهر, ظهري, ركبة, ركبتي, رجل, رجلي, ساق, قدم, يد, ايدي, إيدي, كتف, رقبة, عين, عيني
أذن, اذن, حلق, زور, أسنان, اسنان, ضرس, جلد, حكة, طفح, حبوب في, تورم, ورم, منفوخ, منفوخة, جرح
حرق, كسر, مكسور, التواء, وقعت, سقطت, حادث, دوخ, إغماء, اغماء, أغمي, اغمي
حامل, حمل, الدورة, دورة شهرية, ولادة, إجهاض, اجهاض
تحليل, تحاليل, أشعة, اشعة, رنين, سونار, فحص, نتيجة التحليل, ضغطي, سكري
نوم, أرق, ارق, قلق, اكتئاب, إكتئاب, حزين جدا, انتحار, أموت, اموت, أنتحر, انتحر, أذي نفسي
مريض, مريضة, مرض, عيان, عيانة, وجعني, يوجعني, بيوجعني
""")

# dev misses (session 11): words the first version lacked, each added with its kin in the language
HEALTH_STEMS["ko"] = (
    *HEALTH_STEMS["ko"],
    "더부룩",
    "쓰려",
    "쓰림",
    "속쓰",
    "소화",
    "위염",
    "겔포스",
    "사라지고 싶",
    "없어지고 싶",
    "살기 싫",
)
HEALTH_STEMS["es"] = (
    *HEALTH_STEMS["es"],
    "me siento mal",
    "no me siento bien",
    "sin fuerzas",
    "me da vueltas",
    "da vueltas",
    "sin energia",
    "sin energía",
)
HEALTH_STEMS["tr"] = (
    *HEALTH_STEMS["tr"],
    "acıyor",
    "aciyor",
    "acıyo",
    "aciyo",
    "burktum",
    "burkul*",
    "bileğimi",
    "bilegimi",
    "bileği",
    "bilegi",
    "ayağım*",
    "ayagim*",
    "şişti",
    "şişmiş",
)
HEALTH_STEMS["pl"] = (*HEALTH_STEMS["pl"], "kolonoskop*", "gastroskop*", "znieczul*", "narkoz*")
HEALTH_STEMS["de"] = (*HEALTH_STEMS["de"], "nasenbluten", "blutung*", "blutet")
HEALTH_STEMS["fr"] = (
    *HEALTH_STEMS["fr"],
    "griffure",
    "griffé",
    "griffée",
    "morsure",
    "mordu",
    "mordue",
    "insomnie",
    "coeur qui cogne",
    "cœur qui cogne",
)
HEALTH_STEMS["ar-Latn"] = (*HEALTH_STEMS["ar-Latn"], "sokkar", "sukkar", "sokar", "sukar")
# sleep, too much or too little, is a symptom ("duerme todo el día", a withdrawn teenager)
HEALTH_STEMS["es"] = (*HEALTH_STEMS["es"], "duerm*", "dormir", "sueño", "sueno")
HEALTH_STEMS["pt"] = (*HEALTH_STEMS["pt"], "dorm*", "sono")
HEALTH_STEMS["fr"] = (*HEALTH_STEMS["fr"], "dort", "dormir", "dors", "sommeil")
HEALTH_STEMS["it"] = (*HEALTH_STEMS["it"], "dorm*", "sonno")
HEALTH_STEMS["de"] = (*HEALTH_STEMS["de"], "schlaf*", "schläft", "schlaft")
HEALTH_STEMS["pl"] = (*HEALTH_STEMS["pl"], "śpi*", "spie", "bezsenn*", "niepokój", "niepokoj")
HEALTH_STEMS["nl"] = (*HEALTH_STEMS["nl"], "slaap*", "slapen")
HEALTH_STEMS["ro"] = (*HEALTH_STEMS["ro"], "dorm*", "somn*", "insomni*")
HEALTH_STEMS["tr"] = (*HEALTH_STEMS["tr"], "uyuy*", "uyku*")
HEALTH_STEMS["ru"] = (*HEALTH_STEMS["ru"], "сплю", "спать", "бессонниц*")
HEALTH_STEMS["uk"] = (*HEALTH_STEMS["uk"], "сплю", "спати", "безсонн*")
HEALTH_STEMS["id"] = (*HEALTH_STEMS["id"], "susah tidur", "tidak bisa tidur", "gak bisa tidur")
HEALTH_STEMS["tl"] = (*HEALTH_STEMS["tl"], "hindi makatulog", "di makatulog", "puyat")
# signs of an emergency the lists above missed: someone who will not wake, blue lips, and (in
# French and German) not wanting to live (a message naming only these was read as
# naming no health at all)
HEALTH_STEMS["es"] = (
    *HEALTH_STEMS["es"],
    "no despierta",
    "no se despierta",
    "labios morados",
    "labios azules",
    "inconsciente",
)
HEALTH_STEMS["fr"] = (
    *HEALTH_STEMS["fr"],
    "ne se réveille pas",
    "ne se reveille pas",
    "lèvres bleues",
    "levres bleues",
    "ne veux plus vivre",
    "inconscient*",
)
HEALTH_STEMS["de"] = (
    *HEALTH_STEMS["de"],
    "wacht nicht auf",
    "blaue lippen",
    "will nicht mehr leben",
    "bewusstlos",
)
HEALTH_STEMS["pt"] = (
    *HEALTH_STEMS["pt"],
    "não acorda",
    "nao acorda",
    "lábios roxos",
    "labios roxos",
    "inconsciente",
)
HEALTH_STEMS["it"] = (
    *HEALTH_STEMS["it"],
    "non si sveglia",
    "labbra blu",
    "privo di sensi",
)
HEALTH_STEMS["tr"] = (
    *HEALTH_STEMS["tr"],
    "uyanmıyor",
    "uyanmiyor",
    "dudakları mor",
    "dudaklari mor",
)
HEALTH_STEMS["sw"] = (*HEALTH_STEMS["sw"], "haamki", "midomo ni ya bluu", "hajitambui")
HEALTH_STEMS["vi"] = (*HEALTH_STEMS["vi"], "không tỉnh", "môi tím")
# Arabic stroke signs (session 14: "my father cannot move his right arm and his speech is
# unclear" named no health word the list knew): arm, paralysis, numbness, stroke, speech.
HEALTH_STEMS["ar"] = (
    *HEALTH_STEMS["ar"],
    "ذراع",
    "شلل",
    "مشلول",
    "تنميل",
    "خدر",
    "جلطة",
    "سكتة",
    "نطق",
)
HEALTH_STEMS["pl"] = (
    *HEALTH_STEMS["pl"],
    "nie budzi się",
    "nie budzi sie",
    "sine usta",
    "nieprzytomn*",
)
# Everyday words for emergency and urgent signs in every language (round 15, see the module).
for _lang, _block in SIGNS.items():
    HEALTH_STEMS[_lang] = (*HEALTH_STEMS[_lang], *_w(_block))


# Written without spaces between words, or with prefixes and suffixes glued on (Arabic "وقلبي",
# "and my heart"): their entries are matched as plain substrings.
CJK_LANGS = frozenset({"zh", "ja", "ko", "ar"})
# Languages whose entries are matched with diacritics kept (see normalize()).
MARK_KEEPING_LANGS = frozenset({"vi"})

_FOLD = str.maketrans(
    {
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ı": "i",
        "ß": "ss",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ς": "σ",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "ʻ": "'",
        "\u00a0": " ",
    }
)
# Apostrophes as phones and word processors type them, read as the plain one (also used by the
# safety patterns of same_day_floor and implicit_emergency, which spell "don't" with it).
APOSTROPHES = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'", "\u00a0": " "}
)


def _strip_marks_of(base: str) -> bool:
    """Combining marks are removed only from Latin, Greek and Cyrillic letters."""
    o = ord(base)
    return o < 0x0530 or 0x1E00 <= o <= 0x1FFF


def normalize(text: str, keep_marks: bool = False) -> str:
    """NFKC + lower-case + accent folding (Latin/Greek/Cyrillic only).

    ``keep_marks=True`` keeps diacritics and special letters (used for
    Vietnamese, where tone marks separate words such as thuốc/thuộc).
    """
    text = unicodedata.normalize("NFKC", text).lower()
    if keep_marks:
        text = unicodedata.normalize("NFC", text.translate(APOSTROPHES))
        return " ".join(text.split())
    text = text.translate(_FOLD)
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Mn" and out and _strip_marks_of(out[-1]):
            continue
        out.append(ch)
    text = unicodedata.normalize("NFC", "".join(out)).translate(_FOLD)
    return " ".join(text.split())


# A CJK/kana/hangul run next to Latin letters is a word boundary for Latin
# entries ("吃了ibuprofen").
_CJK_RUN = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+)")
_L = r"(?<![^\W\d_])"  # previous char is not a letter
_R = r"(?![^\W\d_])"  # next char is not a letter


def _entry_pattern(entry: str, keep_marks: bool = False) -> str:
    n = normalize(entry, keep_marks)
    stem = n.endswith("*")
    core = n.rstrip("*")
    return _L + re.escape(core) + ("" if stem else _R)


# An Arabic word of three letters or fewer ("يد" hand, "دم" blood, "قدم" foot) sits inside many
# ordinary words ("أريد" I want, "تقدم" progress, "جديد" new): it is read as a whole word, with the
# clitics Arabic glues on before ("و", "ب", "ال"...) and after ("ي" my, "ه" his, "ها" her...).
_AR_SHORT = 3
_AR_LETTER = "\u0600-\u06ff"
_AR_BEFORE = "(?:[وفبلك])?(?:ال)?"
_AR_AFTER = "(?:ي|ه|ها|ك|كم|نا|هم|ين|ان|ات|يه|يها|ا|ى|ة)?"


def _arabic_pattern(entries: list[str]) -> str:
    long_ = [e for e in entries if len(e.replace(" ", "")) > _AR_SHORT]
    short = [e for e in entries if len(e.replace(" ", "")) <= _AR_SHORT]
    words = "|".join(re.escape(e) for e in short)
    whole = f"(?<![{_AR_LETTER}]){_AR_BEFORE}(?:{words}){_AR_AFTER}(?![{_AR_LETTER}])"
    return "|".join([*(re.escape(e) for e in long_), whole])


@cache
def _compiled(lang: str) -> tuple[str, re.Pattern[str]]:
    entries = HEALTH_STEMS[lang]
    if lang in CJK_LANGS:
        subs = sorted({normalize(e) for e in entries}, key=len, reverse=True)
        if lang == "ar":
            return ("sub", re.compile(_arabic_pattern(subs)))
        return ("sub", re.compile("|".join(re.escape(s) for s in subs)))
    keep = lang in MARK_KEEPING_LANGS
    pats = sorted({_entry_pattern(e, keep) for e in entries}, key=len, reverse=True)
    return ("word", re.compile("|".join(pats)))


# Everyday words of one language that another language's list names as health: Spanish "hasta"
# (until) is Turkish "ill", Italian "sono" (I am) Portuguese "sleep", Vietnamese "sáng" (morning)
# and "sang" (over to) French "blood", French "pain" (bread) the English word the romanised lists
# borrow. Keyed by the language where the word is everyday; the word as the message writes it,
# normalised (a stem's whole word: "febrero" is caught by the Portuguese stem "febre*").
# Found by listing, for every list, the frequent words (zipf >= 4 in wordfreq's lists) of the
# other languages that an entry matches; words that are health in both languages are not here.
FALSE_FRIENDS: dict[str, frozenset[str]] = {
    "es": frozenset({"hasta", "tenga", "febrero", "dama"}),
    "it": frozenset({"sono", "meno"}),
    "nl": frozenset({"kan", "mens", "daad", "bol", "lek", "recept", "nier", "arts"}),
    "id": frozenset({"kan", "tiba", "sang"}),
    "vi": frozenset({"doi", "sang", "hap", "chot"}),
    "ro": frozenset({"doi", "buni"}),
    "de": frozenset({"dort", "spiel", "spielen", "spielt", "spiele", "spieler"}),
    "tr": frozenset({"dort", "bol", "bolu", "dava", "katar"}),
    "pl": frozenset({"dwa", "panu", "gola"}),
    "fr": frozenset({"pain", "nier"}),
    "pt": frozenset({"dava", "comprimento"}),
    "en": frozenset({"arts", "grip", "reception", "spirit", "blessed", "sang"}),
}
# Function words that mark a language, two of which make a message read as it (`reads_as`). Words
# the language shares with a neighbour's everyday speech are left out (Spanish "el" and "mi" are
# Turkish "hand" and the question particle). Not the policy's `_FOREIGN_MARKERS`: that set asks
# only "not English?", so it keeps words several of these languages share and drops words English
# also writes; this one must tell the languages apart.
_MARKERS: dict[str, frozenset[str]] = {
    "es": frozenset(
        "los las que por para pero muy esta estoy tengo quiero del como gracias usted porque "
        "tambien ayer hoy".split()
    ),
    "it": frozenset(
        "il che della delle degli non grazie perche anche molto questo sto vorrei buongiorno "
        "ho".split()
    ),
    "nl": frozenset("het een niet ik zijn maar wat ook voor mijn heb dat van".split()),
    "id": frozenset(
        "saya yang tidak dan ini itu ada dengan untuk sudah bisa apa mau kami kalau dari".split()
    ),
    "ro": frozenset("si este sunt pentru ca nu mai sa va foarte buna ziua multumesc".split()),
    "de": frozenset(
        "der die das und ich nicht ist mit mein meine wir ein eine auch bitte habe".split()
    ),
    "tr": frozenset("bir ve bu icin cok ben var yok degil ama gibi sonra merhaba".split()),
    "pl": frozenset("nie jest sie ze jak mam czy tak ale dla juz bardzo dzien dobry".split()),
    "fr": frozenset(
        "le les est je une pas pour dans avec mais tres nous vous merci bonjour".split()
    ),
    "pt": frozenset("nao voce e esta obrigado obrigada muito para com uma meu minha gente".split()),
    "en": frozenset("the and is are my it this that to of for with have what you".split()),
}
# Letters only Vietnamese writes (horn and breve vowels, the dotted and hooked tones).
_VIETNAMESE_LETTER = re.compile("[ơưăđĩũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def reads_as(text: str, lang: str) -> bool:
    """Whether `text` reads as `lang` (a key of `FALSE_FRIENDS`): two of its marker words, or for
    Vietnamese two letters only Vietnamese writes."""
    if lang == "vi":
        return len(_VIETNAMESE_LETTER.findall(text.lower())) >= 2
    words = set(_WORD.findall(normalize(text)))
    return len(words & _MARKERS[lang]) >= 2


def _word_at(text: str, start: int, end: int) -> str:
    """The whole word around the span [start, end) of `text`."""
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


def _false_friend(text: str, word: str) -> bool:
    """Whether `word` is an everyday word of a language `text` reads as."""
    word = normalize(word)
    return any(word in words and reads_as(text, lang) for lang, words in FALSE_FRIENDS.items())


def find_terms(text: str, langs: Iterable[str] | None = None) -> list[str]:
    """Return the (normalised) lexicon hits in ``text``.

    ``langs``: language codes to use; the "any" list is always added.  None
    means every language in the lexicon.
    """
    codes = list(HEALTH_STEMS) if langs is None else list(dict.fromkeys([*langs, "any"]))
    norm = normalize(text)
    spaced = _CJK_RUN.sub(r" \1 ", norm)
    marked = None
    hits: list[str] = []
    for code in codes:
        kind, rx = _compiled(code)
        if kind == "sub":
            target = norm
        elif code in MARK_KEEPING_LANGS:
            if marked is None:
                marked = _CJK_RUN.sub(r" \1 ", normalize(text, keep_marks=True))
            target = marked
        else:
            target = spaced
        hits.extend(
            m.group(0)
            for m in rx.finditer(target)
            if kind == "sub" or not _false_friend(text, _word_at(target, m.start(), m.end()))
        )
    return hits


def is_health(text: str, langs: Iterable[str] | None = None) -> bool:
    """True if the text contains at least one health entry."""
    return bool(find_terms(text, langs))


# Scripts of languages the lists have none for (Hebrew; Devanagari, Gurmukhi, Bengali, Gujarati
# and the other Indic scripts; Thai, Lao, Burmese, Khmer; Georgian, Armenian, Ethiopic), and the
# letters Urdu, Persian and Pashto add to the Arabic script.
_UNLISTED_SCRIPT = re.compile(
    "[\u0590-\u05ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
    "\u10a0-\u10ff\u0530-\u058f\u1200-\u137f\u0679\u067e\u0686\u0688\u0691\u0698"
    "\u06a9\u06af\u06ba\u06be\u06c1\u06cc\u06d2]"
)


def in_unlisted_script(text: str) -> bool:
    """True if the text is written in a script no list here covers: that no entry matches it
    says nothing about whether it names health."""
    return _UNLISTED_SCRIPT.search(text) is not None


# Who gives care and where, in every language of the lists: the words a greeting or an ask of the
# clinic as a place names ("Chào bác sĩ", "¿dónde está el hospital?"). Whole words only, never a
# stem: the lists' care sections hold stems that also name being ill ("enferm*", "doente*").
CARE_WORDS = _w("""
# English (mixed into other languages)
doctor, doctors, doc, nurse, nurses, clinic, hospital, hospitals, health center, dispensary
# es
médico, medico, médica, medica, médicos, medicos, doctora, doctores, enfermera, enfermero, enfermeras, clínica, clinica, consultorio, centro de salud, hospitales
# pt
doutor, doutora, médicos, enfermeira, enfermeiro, posto de saúde, posto de saude, hospitais
# fr
médecin, medecin, docteur, docteure, infirmière, infirmiere, infirmier, clinique, hôpital, hopital, cabinet médical, cabinet medical
# de
arzt, ärztin, aerztin, ärzte, aerzte, doktor, hausarzt, hausärztin, krankenschwester, pfleger, klinik, krankenhaus, praxis, arztpraxis
# it
dottore, dottoressa, dottor, infermiera, infermiere, ospedale, clinica, ambulatorio
# nl
dokter, huisarts, verpleegster, verpleegkundige, kliniek, ziekenhuis
# pl
lekarz, lekarza, lekarzu, pani doktor, panie doktorze, doktorze, pielęgniarka, pielegniarka, szpital, szpitala, przychodnia, przychodni, klinika, kliniki
# ro
doctorul, doamna doctor, domnule doctor, doctoriță, doctorita, asistenta, spital, spitalul, clinica
# tr
doktor bey, doktor hanım, doktor hanim, hocam, doktorum, hemşire, hemsire, hastane, hastanesi, hastanenin, klinik, kliniği
# vi
bác sĩ, bac si, bác sỹ, bac sy, y tá, y ta, bệnh viện, benh vien, phòng khám, phong kham
# id / ms
dokter, perawat, suster, klinik, puskesmas, rumah sakit
# tl
doktora, doktor, duktor, nars, ospital, klinika
# sw
daktari, madaktari, muuguzi, nesi, hospitali, zahanati, kliniki
# ht
doktè, dokte, enfimyè, enfimye, lopital, klinik
# so
dhakhtar, dhakhtarka, dhakhtarku, kalkaaliso, isbitaal, isbitaalka, cisbitaal, cisbitaalka
# hi-Latn
doctor sahab, doctor saheb, daktar, daktar sahab, aspataal, aspatal, haspatal, clinic
# ar-Latn
doktor, doctora, tabib, tbib, 6abib, mostashfa, mustashfa, sbitar, 3iyade, 3iyada
# ru / uk
доктор, доктора, врач, врачу, медсестра, больница, больнице, поликлиника, клиника, клиніка, лікар, лікарю, лікарня, лікарні
# el
γιατρέ, γιατρε, γιατρός, γιατρος, νοσοκόμα, νοσοκομα, νοσοκομείο, νοσοκομειο, κλινική, κλινικη
# zh
医生, 醫生, 大夫, 医院, 醫院, 护士, 護士, 诊所, 診所
# ja
先生, お医者さん, 医師, 病院, 看護師, クリニック, 医院
# ko
선생님, 의사, 병원, 간호사, 클리닉, 의원
# ar
دكتور, الدكتور, دكتورة, طبيب, الطبيب, طبيبة, المستشفى, مستشفى, العيادة, عيادة, ممرضة, الممرضة
""")
_CARE = frozenset(normalize(w) for w in CARE_WORDS)


def is_health_beyond_care(text: str) -> bool:
    """True if the text names a health entry other than a clinician or a place of care."""
    return any(normalize(hit).strip() not in _CARE for hit in find_terms(text))


__all__ = [
    "APOSTROPHES",
    "CARE_WORDS",
    "CJK_LANGS",
    "HEALTH_STEMS",
    "MARK_KEEPING_LANGS",
    "find_terms",
    "in_unlisted_script",
    "is_health",
    "is_health_beyond_care",
    "normalize",
]
