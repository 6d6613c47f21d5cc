"""Everyday words for emergency and urgent signs, per language, added to `health_lexicon`.

A message in another language that tells an emergency in everyday words ("se le torció la boca",
"hindi makapagsalita") and names no word of the base lists reads as naming no health at all
(`policy.names_no_health`), and is refused as off-topic. These blocks cover, for every language
of `health_lexicon.HEALTH_STEMS`, what the base lists missed of ten signs:

 1 stroke / TIA (face droop, speech, one-sided weakness or numbness, sudden confusion,
   sudden loss of vision, sudden severe headache)
 2 unresponsive / won't wake / fainted / collapsed / fitting
 3 breathing (can't breathe, choking, blue or grey lips, gasping)
 4 chest (pain, pressure or tightness, racing heart, pain spreading to arm or jaw)
 5 bleeding heavily, vomiting blood, black stools, coughing blood
 6 swallowed / too many pills / poisoning / overdose / battery / chemical
 7 severe allergic reaction (swollen lips, tongue or throat, can't swallow)
 8 fall / head injury / broken bone / burn
 9 self-harm and suicidal intent told indirectly
10 high fever in someone frail, stiff neck, purple rash that doesn't fade, delirium

Entry syntax is the base lists' (`health_lexicon._w`): whole words and phrases, `stem*`, and
substrings for zh / ja / ko / ar. Entries the base lists already matched were left out, and every
single word or stem was checked against word-frequency lists of all the lexicon's languages, so
that an ordinary word elsewhere ("hasta", "pelo", "zatrudnienie") is not read as a sign; a phrase
with an everyday meaning ("can't talk right now", a cake rising, traffic paralysed) was dropped
or narrowed.

Origin: written for this project in round 15 (2026-11-25) by a helper who read only
`health_lexicon.py`, from general knowledge of the languages; no dev, training or goldset
message was seen. No native speaker has reviewed them. Licence: Apache-2.0, as the project.
"""

from __future__ import annotations

SIGNS: dict[str, str] = {}

# Spanish: signs 1-10
SIGNS["es"] = """
# 1 stroke (Latin American "chueca" and words that will not come out: added after blind set 21/22)
boca chueca, cara chueca, no le salen las palabras, no le salían las palabras, no le salian las palabras, no le salen bien las palabras, no le salían bien las palabras, no le salian bien las palabras, no puede levantar el brazo, no puede mover el brazo, no puede levantar la pierna, no puede mover la pierna
derrame cerebral, ictus, embolia cerebral, ataque cerebral, trombosis cerebral, cara torcida, boca torcida, se le torció la boca, se le torcio la boca, se le torció la cara, se le torcio la cara, cara caída, cara caida, se le cae la cara, ya no puede hablar, habla arrastrada, arrastra las palabras, habla raro, habla rara, se le traba la lengua, lengua trabada, no le salen las palabras, no puede mover el brazo, no puede mover la pierna, no puedo mover el brazo, no puedo mover la pierna, no mueve el brazo, no mueve la pierna, no mueve un lado, parálisis, paralisis, lado paralizado, medio cuerpo paralizado, desorientado de repente, desorientada de repente, no reconoce a nadie, perdió la vista, perdio la vista, perdí la vista, perdi la vista, pérdida de visión, perdida de vision, veo doble, ve doble, visión doble, vision doble, no veo de un ojo, no ve de un ojo, cefalea
# 2 unresponsive / fainted / fitting
no reacciona, perdió el conocimiento, perdio el conocimiento, perdió la conciencia, perdio la conciencia, sin conocimiento, se desplomó, se desplomo, cayó redondo, cayo redondo, epiléptic*, epileptic*, convulsiv*, espuma por la boca, no puedo despertarl*, no logro despertarl*, no se puede despertar
# 3 breathing
no puede respirar, no respira, ya no respira, le cuesta respirar, me cuesta respirar, respira con dificultad, se ahoga, se está ahogando, se esta ahogando, atragant*, asfixia, asfixio, se asfixia, asfixiando, labios azulados, labios grises, labios negros, se puso morado, se puso morada, se puso azul, cara morada, boqueando, jadeando
# 4 chest
ataque al corazón, ataque al corazon, corazón acelerado, corazon acelerado, corazón a mil, corazon a mil, el corazón me late muy rápido, se me sale el corazón, se me sale el corazon
# 5 bleeding
desangr*, caca negra, popó negra, popo negra
# 6 poisoning / overdose / swallowed
sobredosis, envenen*, intoxicad*, intoxicación, intoxicacion, veneno, raticida, matarratas, se tragó una pila, se trago una pila, tragó una pila, trago una pila, se tragó una batería, se trago una bateria, se tragó una moneda, se trago una moneda, se tragó un imán, se trago un iman, tomó lejía, tomo lejia, bebió lejía, bebio lejia, tragó lejía, trago lejia, tomó cloro, tomo cloro, bebió cloro, bebio cloro
# 7 allergic reaction
se le hinchó, se le hincho, se le hinchan, se me hinchan, se le está hinchando, se le esta hinchando, anafila*, no puede tragar, no puedo tragar
# 8 fall / head injury / broken / burn
se golpeó la cabeza, se golpeo la cabeza, me pegué en la cabeza, me pegue en la cabeza, se pegó en la cabeza, se pego en la cabeza, se dio un golpe, se cayó de la cama, se cayo de la cama, se cayó por las escaleras, se cayo por las escaleras, se cayó de la escalera, se cayo de la escalera, se cayó de cabeza, se cayo de cabeza, no puede levantarse, no se puede levantar, no puedo levantarme, se rompió el brazo, se rompio el brazo, se rompió la pierna, se rompio la pierna, me rompí el brazo, me rompi el brazo, me rompí la pierna, me rompi la pierna, brazo roto, pierna rota, se quebró el brazo, se quebró la pierna, se quebro el brazo, se quebro la pierna, quebradura*, se quemó la mano, se quemo la mano, se quemó el brazo, se quemo el brazo, se quemó la cara, se quemo la cara, se quemó con agua, se quemo con agua, se quemó con aceite, se quemo con aceite, traumatismo*
# 9 self-harm, told indirectly
no vale la pena vivir, no tiene sentido vivir, no tengo razón para vivir, no tengo razon para vivir, sin razón para vivir, sin razon para vivir, no tengo motivos para vivir, ya no quiero estar aquí, ya no quiero estar aqui, quiero desaparecer, quiero acabar con todo, quiero terminar con todo, quitarme de en medio, estarían mejor sin mí, estarian mejor sin mi, mejor sin mí, carta de despedida, cartas de despedida, quisiera morirme, ojalá me muera, ojala me muera, no despertar nunca, no despertar más, no despertar mas, ahorcarme, ahorcarse, tirarme de un puente, tirarme del puente, tirarme por la ventana, tirarme a las vías, tirarme a las vias, cortes en los brazos, me corto los brazos
# 10 fever in the frail / neck / rash
nuca rígida, nuca rigida, rigidez de nuca, manchas moradas, manchitas moradas, puntitos rojos, petequias, meningitis, delirando
"""

# Portuguese: signs 1-10
SIGNS["pt"] = """
# 1 stroke
avc, derrame cerebral, teve um derrame, deu um derrame, isquemia, boca torta, rosto torto, cara torta, rosto caído, rosto caido, fala enrolada, falando enrolado, falando enrolada, fala arrastada, língua enrolada, lingua enrolada, falando coisas sem sentido, não consegue mexer o braço, nao consegue mexer o braco, não mexe o braço, nao mexe o braco, paralisia, braço paralisado, braco paralisado, lado paralisado, rosto paralisado, não reconhece ninguém, nao reconhece ninguem, perdeu a visão, perdeu a visao, visão dupla, visao dupla, vendo dobrado, ficou cego, ficou cega, cefaleia
# 2 unresponsive / fainted / fitting
não reage, nao reage, desacordad*, perdeu os sentidos, perdeu a consciência, perdeu a consciencia, caiu duro, desfaleceu, desfalecid*, convulsi*, convulsões, convulsoes, ataque epiléptico, epilétic*, epiletic*, epiléptic*, epileptic*, espumando pela boca, não consigo acordar, nao consigo acordar, não consigo acordá-lo, não consigo acordá-la
# 3 breathing
não consegue respirar, nao consegue respirar, não respira, nao respira, engasg*, sufocando, sufocado, sufocada, sufocou, asfixia, asfixiado, asfixiada, lábios azuis, labios azuis, boca roxa, ficou roxo, ficou roxa, ficou azul, rosto roxo, ofegante, puxando o ar, respirando mal, respira mal, respirando com dificuldade
# 4 chest
coração batendo, coracao batendo, coração disparou, coracao disparou
# 5 bleeding
cocô preto, coco preto
# 6 poisoning / overdose / swallowed
overdose, envenen*, intoxica*, engoliu uma pilha, engoliu uma bateria, engoliu uma moeda, engoliu um ímã, engoliu um ima, bebeu água sanitária, bebeu agua sanitaria, tomou água sanitária, tomou agua sanitaria, bebeu veneno, tomou veneno, veneno de rato, chumbinho, tomou a cartela toda, tomou a cartela inteira
# 7 allergic reaction
inchou, inchando, anafila*, não consegue engolir, nao consegue engolir, não consigo engolir, nao consigo engolir
# 8 fall / head injury / broken / burn
bateu a cabeça, bateu a cabeca, bati a cabeça, bati a cabeca, bateu com a cabeça, bateu com a cabeca, pancada na cabeça, pancada na cabeca, caiu da escada, caiu da cama, caiu de cabeça, caiu de cabeca, levou uma queda, sofreu uma queda, uma queda feia, não consegue levantar, nao consegue levantar, não consegue se levantar, nao consegue se levantar, quebrou o braço, quebrou o braco, quebrei o braço, quebrei o braco, quebrou o pé, quebrou o pe, braço quebrado, braco quebrado, se queimou, queimou a mão, queimou a mao, queimou o braço, queimou o braco, queimou com água quente, queimou com agua quente, queimou com óleo, queimou com oleo
# 9 self-harm, told indirectly
sem motivo para viver, sem razão para viver, sem razao para viver, não vale a pena viver, nao vale a pena viver, quero sumir, quero desaparecer, quero acabar com tudo, dar um fim em tudo, acabar com a minha vida, seria melhor sem mim, melhor sem mim, carta de despedida, cartas de despedida, me despedir de todos, me enforcar, pular da ponte, me jogar da ponte, me jogar do prédio, me jogar do predio, me jogar na frente, não aguento mais viver, nao aguento mais viver
# 10 fever in the frail / neck / rash
nuca dura, nuca rígida, nuca rigida, rigidez na nuca, manchas roxas, manchinhas roxas, pintinhas vermelhas, petéquias, petequias, meningite, delirando, prostrad*
"""

# French: signs 1-10
SIGNS["fr"] = """
# 1 stroke
accident vasculaire, attaque cérébrale, attaque cerebrale, bouche tordue, visage tordu, bouche de travers, visage affaissé, visage affaisse, visage qui tombe, visage paralysé, visage paralyse, côté paralysé, cote paralyse, paralysie, n'arrive plus à parler, n'arrive plus a parler, arrive plus à parler, arrive plus a parler, ne peut plus parler, peut plus parler, parle bizarrement, il bafouille, elle bafouille, mots mélangés, mots melanges, trouve plus ses mots, ne trouve plus ses mots, élocution, elocution, il est désorienté, soudain désorienté, il est desoriente, elle est désorientée, elle est desorientee, perdu la vue, perd la vue, ne voit plus rien, voit plus rien, vision double, voit double, vue trouble, vision floue
# 2 unresponsive / fainted / fitting
ne réagit plus, ne reagit plus, ne réagit pas, ne reagit pas, s'est effondré, s'est effondre, s'est effondrée, s'est effondree, tombé dans les pommes, tombe dans les pommes, tombée dans les pommes, tombee dans les pommes, perdu conscience, sans connaissance, il convulse, elle convulse, écume aux lèvres, ecume aux levres, bave aux lèvres, arrive pas à le réveiller, arrive pas a le reveiller, arrive pas à la réveiller, arrive pas a la reveiller, impossible de le réveiller, impossible de le reveiller, impossible de la réveiller, impossible de la reveiller
# 3 breathing
n'arrive pas à respirer, n'arrive pas a respirer, arrive pas à respirer, arrive pas a respirer, arrive plus à respirer, arrive plus a respirer, ne respire plus, s'étouffe, s'etouffe, il étouffe, elle étouffe, s'étrangle, s'etrangle, fait une fausse route, fausse route alimentaire, lèvres violettes, levres violettes, lèvres grises, levres grises, devient bleu, devenu bleu, devenue bleue, visage bleu, suffoqu*, asphyxi*, cherche son air, je manque d'air, il manque d'air, elle manque d'air
# 4 chest
poitrine serrée, poitrine serree, serrement de poitrine, poitrine qui serre, coeur qui s'emballe, coeur s'emballe, cœur qui s'emballe, coeur bat trop vite, cœur bat trop vite
# 5 bleeding
caca noir
# 6 poisoning / overdose / swallowed
intoxiqu*, intoxication*, empoisonn*, surdose, overdose, avalé une pile, avale une pile, avalé un aimant, avale un aimant, avalé de la javel, avale de la javel, bu de la javel, bu de l'eau de javel, avalé un produit ménager, avale un produit menager, avalé toute la plaquette, avale toute la plaquette, avalé des cachets, avale des cachets, pris des cachets, tous ses cachets, tous mes cachets, boîte de cachets, boite de cachets, centre antipoison, anti-poison
# 7 allergic reaction
lèvres gonflées, levres gonflees, langue gonflée, langue gonflee, visage gonflé, visage gonfle, yeux gonflés, yeux gonfles, anaphyla*, arrive pas à avaler, arrive pas a avaler, arrive plus à avaler, arrive plus a avaler
# 8 fall / head injury / broken / burn
tombé dans l'escalier, tombe dans l'escalier, tombée dans l'escalier, tombé dans les escaliers, tombée dans les escaliers, tombé de l'échelle, tombe de l'echelle, a fait une chute, fait une chute, une mauvaise chute, tombé sur la tête, tombe sur la tete, cogné la tête, cogne la tete, s'est cogné la tête, tapé la tête, tape la tete, choc à la tête, choc a la tete, coup sur la tête, coup sur la tete, ne peut plus se relever, arrive pas à se relever, arrive pas a se relever, s'est brûlé, s'est brule, s'est brûlée, s'est brulee, brûlé au second degré, brule au second degre, s'est ébouillanté, s'est ebouillante
# 9 self-harm, told indirectly
plus de raison de vivre, aucune raison de vivre, pas de raison de vivre, la vie n'a plus de sens, vie n'a plus de sens, je veux disparaître, je veux disparaitre, disparaître pour toujours, disparaitre pour toujours, lettre d'adieu, lettres d'adieu, mot d'adieu, mieux sans moi, seraient mieux sans moi, me pendre, me jeter sous un train, me jeter du pont, me jeter par la fenêtre, me jeter par la fenetre, sauter du pont, me foutre en l'air, mettre fin à ma vie, mettre fin a ma vie, m'ouvrir les veines, me tailler les veines, plus envie de rien
# 10 fever in the frail / neck / rash
taches violettes, taches violacées, taches violacees, petites taches rouges, purpura, méningite, meningite, septicémie, septicemie
"""

# German: signs 1-10
SIGNS["de"] = """
# 1 stroke
schiefes gesicht, gesicht schief, gesicht hängt, gesicht haengt, mund schief, schiefer mund, mundwinkel hängt, mundwinkel haengt, hängender mundwinkel, haengender mundwinkel, lähmung*, laehmung*, gelähmt, gelaehmt, halbseitig*, kann nicht mehr sprechen, spricht undeutlich, spricht verwaschen, verwaschene sprache, lallt, sprachstörung*, sprachstoerung*, findet keine worte, findet die worte nicht, kann den arm nicht bewegen, arm hängt herunter, arm haengt herunter, arm ist taub, taubes gefühl, taubes gefuehl, plötzlich verwirrt, ploetzlich verwirrt, ist desorientiert, plötzlich desorientiert, ploetzlich desorientiert, sieht nichts mehr, sieht plötzlich nichts, doppelbilder, sieht doppelt, doppelt sehen, sehverlust, blind geworden, hirninfarkt, hirnblutung, gehirnblutung
# 2 unresponsive / fainted / fitting
reagiert nicht, nicht ansprechbar, plötzlich zusammengebrochen, ploetzlich zusammengebrochen, zusammengesackt, einfach umgekippt, plötzlich umgekippt, ploetzlich umgekippt, kollabiert, zuckungen, schaum vor dem mund, kriege ihn nicht wach, kriege sie nicht wach, krieg ihn nicht wach, krieg sie nicht wach, bekomme ihn nicht wach, bekomme sie nicht wach, wird nicht wach
# 3 breathing
kann nicht atmen, kann nicht mehr atmen, atmet nicht, atmet schwer, erstick*, verschluckt, schnappt nach luft, ringt nach luft, japst, lippen sind blau, lippen blau, blau angelaufen, graue lippen, röchelt, roechelt
# 4 chest
herz rast, herz schlägt zu schnell, herz schlägt wie verrückt, herz schlägt unregelmäßig, herz schlaegt zu schnell, herz schlaegt wie verrueckt, herzanfall, herzattacke, strahlt in den arm, in den linken arm, zieht in den arm, zieht in den kiefer
# 5 bleeding
teerstuhl
# 6 poisoning / overdose / swallowed
vergift*, überdosis, ueberdosis, knopfzelle, knopfbatterie, batterie verschluckt, putzmittel getrunken, reiniger getrunken, chlor getrunken, bleiche getrunken, rattengift, giftnotruf, giftinformation*
# 7 allergic reaction
schwillt zu, zunge schwillt, lippe schwillt, lippen schwellen, gesicht schwillt, zugeschwollen, anaphyla*, kann nicht schlucken, schluckbeschwerden
# 8 fall / head injury / broken / burn
kopf angeschlagen, kopf gestoßen, kopf gestossen, kopf aufgeschlagen, treppe runtergefallen, treppe hinuntergefallen, von der leiter gefallen, kann nicht aufstehen, kommt nicht mehr hoch, hat sich was gebrochen, verbrennung, verbrennungen, hand verbrannt, arm verbrannt, sich verbrannt, mich verbrannt
# 9 self-harm, told indirectly
mein leben beenden, meinem leben ein ende, allem ein ende setzen, abschiedsbrief*, besser ohne mich, wären besser dran ohne mich, waeren besser dran ohne mich, nicht mehr aufwachen, mich erhängen, mich erhaengen, mich aufhängen, mich aufhaengen, vor den zug, von der brücke springen, von der bruecke springen, mir das leben nehmen, das leben nehmen, kein grund mehr zu leben
# 10 fever in the frail / neck / rash
nackensteif*, genickstarre, meningitis, hirnhautentzündung, hirnhautentzuendung, lila flecken, violette flecken, petechien, hautblutungen, blutvergiftung, sepsis
"""

# Italian: signs 1-10
SIGNS["it"] = """
# 1 stroke
viso storto, bocca cadente, non riesce più a parlare, non riesce piu a parlare, parla strano, parla in modo strano, biascica, farfuglia, parole confuse, non trova le parole, paralisi, paralizzato da un lato, lato paralizzato, mezzo paralizzato, non muove la gamba, gamba debole, è disorientato, e disorientato, è disorientata, e disorientata, confuso all'improvviso, confusa all'improvviso, non vede più, non vede piu, perso la vista, vista annebbiata, vede doppio, vista doppia, emiparesi, trombosi, embolia
# 2 unresponsive / fainted / fitting
non reagisce, perso i sensi, perso conoscenza, priva di sensi, privo di conoscenza, collassat*, crollato a terra, crollata a terra, epilett*, bava alla bocca, schiuma alla bocca, non riesco a svegliarl*
# 3 breathing
non respira, non riesce a respirare, respira male, respira a fatica, soffoca, soffocando, sta soffocando, soffocamento, si strozza, andato di traverso, labbra viola, labbra bluastre, labbra grigie, diventato blu, diventata blu, diventato viola, diventata viola, cianotic*, ansima, ansimando, boccheggia, boccheggiando, rantola
# 4 chest
peso sul petto, cuore a mille, attacco di cuore
# 5 bleeding
cacca nera
# 6 poisoning / overdose / swallowed
avvelenat*, avvelenamento, intossica*, overdose, ingoiato una pila, ingoiato una batteria, ingoiato una calamita, ingoiato una moneta, bevuto candeggina, bevuto la candeggina, ingerito candeggina, ha ingerito, tutto il blister, centro antiveleni
# 7 allergic reaction
gonfi, anafila*, shock anafilattico, non riesce a deglutire, non riesco a deglutire, non riesce a ingoiare
# 8 fall / head injury / broken / burn
caduto dalle scale, caduta dalle scale, caduto dalla scala, caduta dalla scala, battuto la testa, sbattuto la testa, colpo in testa, botta in testa, una brutta caduta, non riesce ad alzarsi, non riesce a rialzarsi, rotto la gamba, rotto il femore, femore, scottatur*, si è scottato, si e scottato, si è scottata, si e scottata, si è bruciato la mano, si e bruciato la mano, bruciato con l'acqua
# 9 self-harm, told indirectly
nessun motivo per vivere, non ha senso vivere, la vita non ha senso, voglio sparire, sparire per sempre, lettera d'addio, lettere d'addio, lettera di addio, starebbero meglio senza di me, meglio senza di me, buttarmi dal ponte, buttarmi sotto un treno, buttarmi dalla finestra, impiccarmi, ammazzarmi, non svegliarmi più, non svegliarmi piu
# 10 fever in the frail / neck / rash
collo rigido, rigidità nucale, rigidita nucale, macchie viola, macchioline rosse, puntini rossi, petecchie, meningite, sepsi, delira, delirando
"""

# Dutch: signs 1-10
SIGNS["nl"] = """
# 1 stroke
scheve mond, mond hangt, mondhoek hangt, hangende mondhoek, scheef gezicht, gezicht hangt, kan niet meer praten, praat raar, praat onduidelijk, praat vreemd, lalt, verlamming, halfzijdig*, arm verlamd, kan zijn arm niet bewegen, kan haar arm niet bewegen, kan mijn arm niet bewegen, slappe arm, plotseling verward, ineens verward, gedesoriënteerd, gedesorienteerd, ziet niets meer, ziet dubbel, dubbelzien, blind geworden, herseninfarct, hersenbloeding
# 2 unresponsive / fainted / fitting
reageert niet, reageert nergens op, niet aanspreekbaar, in elkaar gezakt, zakte in elkaar, wordt niet wakker, krijg hem niet wakker, krijg haar niet wakker, trekkingen, ligt te schokken, schokt helemaal, schuim op de mond
# 3 breathing
kan niet ademen, kan niet meer ademen, ademt niet, krijgt geen lucht, krijg geen lucht, stikt, bijna gestikt, dreigt te stikken, verslikt, verslikken, blauwe lippen, lippen blauw, blauw aangelopen, grijze lippen, hapt naar lucht, snakt naar adem, naar adem happen
# 4 chest
hart gaat tekeer, hart bonkt, hart racet, straalt uit naar mijn arm, straalt uit naar de arm, straalt uit naar de kaak
# 5 bleeding
zwarte poep
# 6 poisoning / overdose / swallowed
vergiftig*, overdosis, batterij ingeslikt, knoopcel, knoopcelbatterij, ingeslikt, chloor gedronken, schoonmaakmiddel gedronken, gootsteenontstopper, vergif, rattengif
# 7 allergic reaction
lippen zwellen, zwelt op, dikke tong, anafyla*, kan niet slikken, slikproblemen
# 8 fall / head injury / broken / burn
van de trap gevallen, van de ladder gevallen, op zijn hoofd gevallen, op haar hoofd gevallen, hoofd gestoten, kan niet meer opstaan, kan niet opstaan, komt niet meer overeind, enkel gebroken, been gebroken, hand verbrand, arm verbrand, zich verbrand, mezelf verbrand, lelijk verbrand, tweedegraads, derdegraads, verbrandingen
# 9 self-harm, told indirectly
geen zin meer in het leven, geen reden om te leven, leven heeft geen zin, wil er niet meer zijn, er een einde aan maken, afscheidsbrief*, beter af zonder mij, beter zonder mij, mezelf van kant maken, van kant maken, voor de trein springen, voor de trein gooien, voor een trein springen, mezelf ophangen, van de brug springen, niet meer wakker worden
# 10 fever in the frail / neck / rash
nekstijfheid, paarse vlekjes, paarse vlekken, rode puntjes, hersenvliesontsteking, meningitis, bloedvergiftiging, sepsis, ijlt, ijlen
"""

# Polish: signs 1-10
SIGNS["pl"] = """
# 1 stroke
opadnięty kącik ust, opadniety kacik ust, opadający kącik, opadajacy kacik, kącik ust, kacik ust, krzywa twarz, krzywe usta, twarz opadła, twarz opadla, bełkocze, belkocze, mówi niewyraźnie, mowi niewyraznie, niewyraźna mowa, niewyrazna mowa, myli słowa, myli slowa, niedowład*, niedowlad*, paraliż twarzy, paraliż ręki, paraliż połowy ciała, paraliz twarzy, paraliz reki, paraliz polowy ciala, jest sparaliżowan*, jest sparalizowan*, nie może ruszyć ręką, nie moze ruszyc reka, nie rusza ręką, nie rusza reka, nie czuje ręki, nie czuje reki, ręka opadła, reka opadla, nagle zdezorientowan*, jest splątany, jest splątana, jest splatany, jest splatana, stracił wzrok, stracil wzrok, straciła wzrok, stracila wzrok, widzi podwójnie, widzi podwojnie, podwójne widzenie, podwojne widzenie, nagle nie widzi
# 2 unresponsive / fainted / fitting
nie reaguje, stracił przytomność, straciła przytomność, traci przytomność, bez przytomności, utrata przytomności, stracil przytomnosc, stracila przytomnosc, traci przytomnosc, bez przytomnosci, utrata przytomnosci, zasłabł*, zaslabl*, osunął się, osunal sie, osunęła się, osunela sie, piana z ust, nie mogę go obudzić, nie moge go obudzic, nie mogę jej obudzić, nie moge jej obudzic, nie da się obudzić, nie da sie obudzic
# 3 breathing
nie może oddychać, nie moze oddychac, nie oddycha, nie może złapać tchu, nie moze zlapac tchu, krztusi się, krztusi sie, zakrztusił*, zakrztusil*, zadławił*, zadlawil*, dławi się, dlawi sie, łapie powietrze, lapie powietrze, sine wargi, sinieje, zsiniał*, zsinial*, szare usta
# 4 chest
ucisk w klatce, gniecie w klatce, ściska w klatce, sciska w klatce, pieczenie w klatce, serce wali, serce kołacze, serce kolacze, serce bije jak szalone, promieniuje do ręki, promieniuje do reki, promieniuje do szczęki, promieniuje do szczeki
# 5 bleeding
czarny stolec, czarne stolce, smoliste stolce, stolec, stolca
# 6 poisoning / overdose / swallowed
zatruci*, zatrut*, zatruł*, zatrul*, przedawkow*, połknął baterię, polknal baterie, połknęła baterię, polknela baterie, połknął monetę, polknal monete, połknął magnes, polknal magnes, wypił wybielacz, wypil wybielacz, wypiła wybielacz, wypila wybielacz, wypił domestos, wypil domestos, trutk*, truciz*
# 7 allergic reaction
puchnie, puchną, puchna, napuchnięt*, napuchniet*, wstrząs anafilaktyczny, wstrzas anafilaktyczny, anafilak*, nie może przełknąć, nie moze przelknac, nie mogę przełknąć, nie moge przelknac
# 8 fall / head injury / broken / burn
przewrócił się, przewrocil sie, przewróciła się, przewrocila sie, spadł ze schodów, spadl ze schodow, spadła ze schodów, spadla ze schodow, spadł z drabiny, spadl z drabiny, uderzył się w głowę, uderzyl sie w glowe, uderzyła się w głowę, uderzyla sie w glowe, uderzenie w głowę, uderzenie w glowe, rozbił głowę, rozbil glowe, rozbita głowa, rozbita glowa, nie może wstać, nie moze wstac, nie mogę wstać, nie moge wstac, złamał rękę, zlamal reke, złamała rękę, zlamala reke, poparzył się, poparzyl sie, poparzyła się, poparzyla sie, sparzył się, sparzyl sie, sparzyła się, sparzyla sie
# 9 self-harm, told indirectly
nie ma po co żyć, nie ma po co zyc, nie mam po co żyć, nie mam po co zyc, chcę zniknąć, chce zniknac, skończyć ze sobą, skonczyc ze soba, skończyć z tym wszystkim, skonczyc z tym wszystkim, list pożegnalny, list pozegnalny, beze mnie będzie lepiej, beze mnie bedzie lepiej, bez mnie będzie lepiej, bez mnie bedzie lepiej, powiesić się, powiesic sie, rzucić się pod pociąg, rzucic sie pod pociag, skoczyć z mostu, skoczyc z mostu
# 10 fever in the frail / neck / rash
fioletowe plamy, fioletowe plamki, wybroczyn*, sepsa, sepsy, posocznic*, majaczy, majaczenie
"""

# Romanian: signs 1-10
SIGNS["ro"] = """
# 1 stroke
avc, atac cerebral, gura strâmbă, gura stramba, fața strâmbă, fata stramba, fața căzută, fata cazuta, nu mai poate vorbi, vorbește greu, vorbeste greu, vorbește ciudat, vorbeste ciudat, vorbește neclar, vorbeste neclar, paralizi*, paralizat pe o parte, nu poate mișca mâna, nu poate misca mana, nu poate mișca brațul, nu poate misca bratul, dezorientat*, nu mai vede, vede dublu, vedere dublă, vedere dubla, vedere încețoșată, vedere incetosata
# 2 unresponsive / fainted / fitting
nu reacționează, nu reactioneaza, pierdut cunoștința, pierdut cunostinta, fără cunoștință, fara cunostinta, e inconștient, este inconștient, e inconștientă, este inconștientă, e inconstient, este inconstient, e inconstienta, este inconstienta, s-a prăbușit, s-a prabusit, spume la gură, spume la gura, nu-l pot trezi, nu o pot trezi, nu se trezește, nu se trezeste
# 3 breathing
nu poate respira, nu respiră, s-a înecat, s-a inecat, se îneacă, se ineaca, buze albastre, buzele albastre, buze vinete, buzele vinete, s-a învinețit, s-a invinetit, vânăt la față, vanat la fata, gâfâie, gafaie
# 4 chest
pe piept, apăsare pe piept, apasare pe piept, atac de cord, inima bate tare, inima bate repede, bătăile inimii, bataile inimii
# 5 bleeding
fecale, scaun negru, caca neagră, caca neagra
# 6 poisoning / overdose / swallowed
intoxica*, otrăv*, otrav*, supradoz*, a înghițit o baterie, a inghitit o baterie, a înghițit o monedă, a inghitit o moneda, a înghițit un magnet, a inghitit un magnet, a băut clor, a baut clor, a băut înălbitor, a baut inalbitor, a băut detergent, a baut detergent, a băut soluție, a baut solutie
# 7 allergic reaction
anafila*, șoc anafilactic, nu poate înghiți, nu poate inghiti, nu pot înghiți, nu pot inghiti
# 8 fall / head injury / broken / burn
a căzut pe scări, a cazut pe scari, a căzut de pe scară, a cazut de pe scara, s-a lovit la cap, lovit la cap, lovitură la cap, lovitura la cap, nu se poate ridica, nu se mai poate ridica, și-a rupt mâna, si-a rupt mana, mâna ruptă, mana rupta, s-a opărit, s-a oparit, m-am opărit, m-am oparit
# 9 self-harm, told indirectly
nu mai are rost să trăiesc, nu mai are rost sa traiesc, nu mai am pentru ce trăi, nu mai am pentru ce trai, vreau să dispar, vreau sa dispar, să pun capăt vieții, sa pun capat vietii, scrisoare de adio, bilet de adio, ar fi mai bine fără mine, ar fi mai bine fara mine, să mă spânzur, sa ma spanzur, să mă arunc de pe, să mă arunc în fața trenului, sa ma arunc de pe, sa ma arunc in fata trenului, să mă omor, sa ma omor
# 10 fever in the frail / neck / rash
ceafă înțepenită, ceafa intepenita, ceafa, ceafă, pete violete, pete mov, peteșii, petesii, meningit*, sepsis, delirează, delireaza, aiurează, aiureaza
"""

# Turkish: signs 1-10
SIGNS["tr"] = """
# 1 stroke
felç geçir*, felçli, felç kaldı, felc gecir*, felcli, felc kaldi, ağzı kaydı, agzi kaydi, ağzı çarpıldı, agzi carpildi, yüzü kaydı, yuzu kaydi, yüzü çarpıldı, yuzu carpildi, yüzü düştü, yuzu dustu, konuşamaz hale geldi, konusamaz hale geldi, konuşması bozuldu, konusmasi bozuldu, konuşması peltek, konusmasi peltek, dili dolanıyor, dili dolaniyor, kelimeleri karıştırıyor, kelimeleri karistiriyor, kolunu kaldıramıyor, kolunu kaldiramiyor, kolunu oynatamıyor, kolunu oynatamiyor, bacağını oynatamıyor, bacagini oynatamiyor, bir tarafı tutmuyor, bir tarafi tutmuyor, kolu tutmuyor, eli tutmuyor, uyuştu, uyustu, bilinci bulanık, bilinci bulanik, gözü görmüyor, gozu gormuyor, gözleri görmüyor, gozleri gormuyor, çift görüyor, cift goruyor, bulanık görüyor, bulanik goruyor
# 2 unresponsive / fainted / fitting
tepki vermiyor, bilinci kapalı, bilinci kapali, bilincini kaybetti, baygın, baygin, yere yığıldı, yere yigildi, nöbet geçiriyor, nobet geciriyor, nöbet geçirdi, nobet gecirdi, sara nöbeti, sara nobeti, kasılıyor, kasiliyor, ağzından köpük, agzindan kopuk, uyandıramıyorum, uyandiramiyorum
# 3 breathing
nefes alamıyor, nefes alamiyor, nefes almıyor, nefes almiyor, boğuluyor, boguluyor, boğuldu, boguldu, boğazına takıldı, bogazina takildi, nefesi kesildi, nefesi kesiliyor, dudakları morardı, dudaklari morardi, morardı, morardi, yüzü mor, yuzu mor
# 4 chest
göğsünde baskı, göğsünde sıkışma, göğsü sıkışıyor, gogsunde baski, gogsunde sikisma, gogsu sikisiyor, sol koluma vuruyor, koluna vuruyor, çeneme vuruyor, ceneme vuruyor, kriz geçirdi, kriz gecirdi
# 5 bleeding
siyah kaka, kakası siyah, kakasi siyah, dışkısı siyah, diskisi siyah, katran gibi dışkı
# 6 poisoning / overdose / swallowed
zehirlen*, pil yuttu, pil yutmuş, pil yutmus, mıknatıs yuttu, miknatis yuttu, bozuk para yuttu, çamaşır suyu içti, camasir suyu icti, çamaşır suyu içmiş, camasir suyu icmis, deterjan içti, deterjan icti, fare zehiri
# 7 allergic reaction
şişiyor, sisiyor, anafilak*, yutkunamıyor, yutkunamiyor, yutamıyor, yutamiyor
# 8 fall / head injury / broken / burn
merdivenden düştü, merdivenden dustu, düşüp kafasını, düşüp başını, dusup kafasini, dusup basini, kafasını çarptı, kafasini carpti, başını çarptı, basini carpti, kafasını vurdu, kafasini vurdu, kalkamıyor, kalkamiyor, kolu kırıldı, kolu kirildi, bacağı kırıldı, bacagi kirildi, kolu kırık, kolu kirik, eli yandı, eli yandi, elini yaktı, elini yakti, kaynar su döküldü, kaynar su dokuldu, yanığı, yanigi
# 9 self-harm, told indirectly
yaşamanın anlamı yok, yasamanin anlami yok, yaşamak için sebebim yok, yasamak icin sebebim yok, her şeyi bitirmek istiyorum, her seyi bitirmek istiyorum, kaybolmak istiyorum, veda mektubu, bensiz daha iyi, kendimi asacağım, kendimi asacagim, kendimi asmak, köprüden atlamak, kopruden atlamak, köprüden atlayacağım, kopruden atlayacagim, ölsem daha iyi, olsem daha iyi, ölmek isti*, olmek isti*
# 10 fever in the frail / neck / rash
ense sertliği, ense sertligi, ensesi tutuldu, boynu tutuldu, mor lekeler, morluklar, peteşi, petesi, menenjit, sepsis, sayıklıyor, sayikliyor
"""

# Vietnamese (marks kept; accent-free twins only where unambiguous): signs 1-10
SIGNS["vi"] = """
# 1 stroke
tai biến, tai bien, méo miệng, meo mieng, miệng méo, mieng meo, lệch mặt, mặt bị lệch, liệt mặt, liệt nửa người, liet nua nguoi, liệt một bên, nói ngọng, nói không rõ chữ, nói không rõ tiếng, nói đớt, nói lắp bắp, nói ú ớ, cứng lưỡi, yếu nửa người, yeu nua nguoi, yếu một bên, không cử động được, khong cu dong duoc, tay không nhấc lên được, không nhấc được tay, tê nửa người, te nua nguoi, tê một bên, lú lẫn, lu lan, mờ mắt, mắt mờ, không nhìn thấy gì, mất thị lực, mat thi luc, nhìn đôi, nhìn mờ
# 2 unresponsive / fainted / fitting
bất tỉnh, bat tinh, mê man, hôn mê, hon me, lịm đi, ngã quỵ, gục xuống, gọi không dậy, lay không dậy, động kinh, dong kinh, sùi bọt mép, sui bot mep
# 3 breathing
không thở được, khong tho duoc, ngừng thở, ngung tho, thở dốc, tho doc, thở gấp, tho gap, thở hổn hển, hóc xương, bị hóc, mắc nghẹn, nghẹn thở, nghẹt thở, nghet tho, bị sặc, môi thâm, môi tái, tím tái, mặt tím, tái mét
# 4 chest
thắt ngực, nặng ngực, đè ngực, tim đập mạnh, tim đập loạn
# 5 bleeding
phân đen, đi ngoài phân đen, đi cầu phân đen
# 6 poisoning / overdose / swallowed
ngộ độc, ngo doc, quá liều, qua lieu, uống quá liều, nuốt pin, nuot pin, nuốt phải, nuot phai, uống phải, uống nhầm, uong nham, uống nước tẩy
# 7 allergic reaction
sốc phản vệ, soc phan ve, phản vệ, phan ve, khó nuốt, kho nuot, không nuốt được, khong nuot duoc
# 8 fall / head injury / broken / burn
ngã cầu thang, té cầu thang, bị té, té xuống, đập đầu, va đầu, không đứng dậy được, khong dung day duoc, bị gãy, bỏng nước sôi, bong nuoc soi, bị phỏng
# 9 self-harm, told indirectly
tự tử, tự vẫn, quyên sinh, quyen sinh, sống không còn ý nghĩa, không còn lý do để sống, muốn biến mất, muon bien mat, muốn kết thúc tất cả, muon ket thuc tat ca, thư tuyệt mệnh, thu tuyet menh, thư từ biệt, vĩnh biệt mọi người, treo cổ, treo co, không thiết sống, khong thiet song, chết cho xong, chet cho xong
# 10 fever in the frail / neck / rash
cổ cứng, cứng gáy, nốt tím, chấm tím, chấm đỏ, mê sảng, me sang, nói sảng
"""

# Indonesian + Malay: signs 1-10
SIGNS["id"] = """
# 1 stroke
struk, strok, angin ahmar, mulut mencong, mulut miring, muka mencong, wajah mencong, wajah miring, mencong, mulut perot, bicara pelo, ngomongnya pelo, jadi pelo, ngomong pelo, tidak bisa bicara, gak bisa ngomong, ga bisa ngomong, nggak bisa ngomong, tidak bisa berbicara, bicaranya tidak jelas, ngomongnya tidak jelas, tangan lumpuh, kaki lumpuh, badan lumpuh, jadi lumpuh, lumpuh sebelah, lemah sebelah, separuh badan, sebelah badan, tangan tidak bisa digerakkan, kaki tidak bisa digerakkan, tidak bisa digerakkan, kebas, linglung, penglihatan kabur, pandangan kabur, mata kabur, tiba-tiba buta, tiba-tiba tidak bisa melihat, matanya tidak bisa melihat, penglihatan ganda, pandangan ganda
# 2 unresponsive / fainted / fitting
tidak sadarkan diri, tak sadarkan diri, hilang kesadaran, kehilangan kesadaran, penurunan kesadaran, dipanggil tidak merespon, tidak menyahut, tidak bisa dibangunkan, gak bisa dibangunin, ga bisa dibangunin, susah dibangunkan, tiba-tiba ambruk, kolaps, sawan, kena step, anaknya step, mulut berbusa, keluar busa
# 3 breathing
tidak bisa bernapas, tidak bisa napas, gak bisa napas, ga bisa napas, nggak bisa napas, tidak bisa bernafas, tak boleh bernafas, napas tersengal, tersengal-sengal, megap-megap, ngos-ngosan, tersedak, keselek, bibir biru, bibir membiru, bibir kebiruan, wajah membiru, membiru
# 4 chest
angin duduk, dada berat, dada tertekan, jantung berdetak kencang, menjalar ke lengan, menjalar ke rahang
# 5 bleeding
bab hitam, berak hitam, eek hitam
# 6 poisoning / overdose / swallowed
keracunan, makan racun, overdosis, tertelan, menelan baterai, menelan koin, minum pemutih, minum bayclin, minum cairan pembersih, baygon, racun tikus, minum racun
# 7 allergic reaction
anafilaksis, syok anafilaktik, susah menelan, sulit menelan, tidak bisa menelan
# 8 fall / head injury / broken / burn
kepala terbentur, kepalanya terbentur, terbentur kepala, benturan di kepala, tidak bisa berdiri, gak bisa berdiri, ga bisa berdiri, tangan patah, kaki patah, patah kaki, patah tangan, tersiram air panas, kena air panas, kena minyak panas, tersiram minyak
# 9 self-harm, told indirectly
tidak ingin hidup lagi, tidak mau hidup lagi, gak mau hidup lagi, ga mau hidup lagi, nggak mau hidup lagi, capek hidup, lelah hidup, tidak ada alasan untuk hidup, tak ada gunanya hidup, hidup tidak ada artinya, ingin menghilang, pengen menghilang, mau menghilang, mengakhiri semuanya, mengakhiri segalanya, gantung diri, lompat dari jembatan, bundir, lebih baik mati, mending mati
# 10 fever in the frail / neck / rash
kaku kuduk, bintik merah, bintik-bintik merah, bintik ungu, meningitis, sepsis, mengigau, ngigau
"""

# Tagalog / Filipino (incl. Taglish): signs 1-10
SIGNS["tl"] = """
# 1 stroke
ngiwi ang bibig, ngumiwi ang bibig, tabingi ang mukha, tabingi ang bibig, lumaylay ang mukha, hindi makapagsalita, di makapagsalita, hindi makasalita, bulol magsalita, nabubulol, utal magsalita, hindi maigalaw, di maigalaw, hindi maigalaw ang kamay, mahina ang kalahati, paralisado, naparalisa, nastroke, malabo ang paningin, lumabo ang paningin, hindi makakita, nabulag, biglang nabulag
# 2 unresponsive / fainted / fitting
walang malay, hindi magising, di magising, ayaw magising, hindi gumigising, nag-collapse, nagcollapse, kinukumbulsyon, kinombulsyon, nangingisay, nangisay, bumubula ang bibig
# 3 breathing
hindi humihinga, di humihinga, nabulunan, nabilaukan, nalunod, nangingitim ang labi, kulay ube ang labi, asul ang labi, nangangasul
# 4 chest
sikip ng dibdib, masikip ang dibdib, mabigat ang dibdib, dibdib ko, inatake sa puso
# 5 bleeding
maitim na dumi, itim na dumi, maitim ang dumi, itim ang tae, itim na tae
# 6 poisoning / overdose / swallowed
nalason, lason, pagkalason, overdose, na-overdose, naoverdose, nakalunok, nalunok, nilunok ang, zonrox, uminom ng zonrox, muriatic, uminom ng lason
# 7 allergic reaction
namaga, hindi makalunok, di makalunok
# 8 fall / head injury / broken / burn
nahulog sa hagdan, nahulog sa kama, nahulog mula sa, nauntog, tumama ang ulo, bali ang buto, baling buto, nasunog ang balat, nabanlian, nabuhusan ng mainit, hindi makatayo, di makatayo
# 9 self-harm, told indirectly
wala nang saysay ang buhay, walang saysay ang buhay, gusto ko nang mawala, gusto ko nang maglaho, sulat ng paalam, tatapusin ko na ang lahat, tapusin ang lahat, mas mabuti pa kung wala ako, mas okay kung wala ako, magbigti, nagbigti, tumalon sa tulay, pagod na ako sa buhay
# 10 fever in the frail / neck / rash
meningitis, nagdedeliryo, deliryo, nagdedeliryo na
"""

# Swahili: signs 1-10
SIGNS["sw"] = """
# 1 stroke
stroke, amepooza, kupooza, kapooza, mdomo umepinda, uso umepinda, anaongea kwa shida, anashindwa kuongea, maneno hayaeleweki, hawezi kusogeza mkono, hawezi kuinua mkono, haoni ghafla, ameacha kuona
# 2 unresponsive / fainted / fitting
amepoteza fahamu, kupoteza fahamu, hana fahamu, amezirai, kuzirai, kazirai, povu mdomoni, hawezi kuamka
# 3 breathing
hapumui, anapumua kwa shida, amekabwa, kukabwa, anakabwa, amesakamwa, kusakamwa, midomo ya bluu, midomo imekuwa bluu, anahema sana, kuhema
# 4 chest
moyo unaenda mbio, moyo unapiga haraka, mshtuko wa moyo, shambulio la moyo
# 5 bleeding
choo cheusi
# 6 poisoning / overdose / swallowed
sumu, amekunywa sumu, kunywa sumu, sumu ya panya, amemeza betri, amemeza sarafu, amemeza, amekunywa jik, overdose
# 7 allergic reaction
hawezi kumeza, kushindwa kumeza
# 8 fall / head injury / broken / burn
amevunjika, mguu umevunjika, mkono umevunjika, ameungua, nimeungua, ameungua moto, hawezi kusimama, hawezi kuinuka
# 9 self-harm, told indirectly
sina sababu ya kuishi, maisha hayana maana, nataka kupotea, kumaliza maisha yangu, kujinyonga, nitajiua, nimechoka kuishi, bora bila mimi
# 10 fever in the frail / neck / rash
madoa ya zambarau, anaweweseka, kuweweseka
"""

# Haitian Creole: signs 1-10
SIGNS["ht"] = """
# 1 stroke
kout san, atak serebral, konjesyon serebral, bouch kwochi, bouch li kwochi, figi kwochi, figi l kwochi, bouch li tòde, bouch li tode, paralize, paralizi, li pa ka pale ankò, li pa ka pale anko, pale lou, lang li lou, bra l mouri, bra li mouri, pye l mouri, yon bò kò l mouri, yon bo ko l mouri, li pa wè anyen, li pa we anyen
# 2 unresponsive / fainted / fitting
pèdi konesans, pedi konesans, san konesans, kimen nan bouch, pa ka reveye l, li pa reveye
# 3 breathing
l ap toufe, m ap toufe, li toufe, trangle, bouch li ble, po bouch li ble, lèv li ble, lev li ble, bouch ble
# 4 chest
kè l ap bat, ke l ap bat
# 5 bleeding
poupou nwa, san nan poupou, poupou
# 6 poisoning / overdose / swallowed
anpwazonnen, pwazon, bwè pwazon, bwe pwazon, bwè klowòks, bwe klorox, vale yon pil, twòp grenn, twop grenn
# 7 allergic reaction
pa ka vale
# 8 fall / head injury / broken / burn
tonbe nan eskalye, frape tèt li, frape tet li, kase pye l, kase bra l, zo kase, pye l kase, bra l kase, boule ak dlo cho, pa ka kanpe
# 9 self-harm, told indirectly
pa gen rezon pou m viv, lavi a pa vo anyen, m vle disparèt, m vle disparet, fini ak lavi m, fini ak tout bagay, pann tèt mwen, pann tet mwen, touye tèt li, touye tet li, touye tèt m, touye tet m
# 10 fever in the frail / neck / rash
kou rèd, kou red, kou l rèd, tach mov, tach vyolèt, tach vyolet, menenjit, l ap depale, depale
"""

# Somali (lower confidence, see NOTES.md): signs 1, 2, 3, 6, 7, 8, 9, 10
# (4 and 5 are already reached through laabta / xabadka / wadnaha / dhiig*)
SIGNS["so"] = """
# 1 stroke
faalig, faaliga, faalij, ma hadli karo, hadli waayay, ma dhaqaajin karo
# 2 unresponsive / fitting
miyirka, miyir la'aan, miyirkii, qallal, ma soo toosayo
# 3 breathing
bushimaha buluug
# 6 poisoning
sumow, sumowday
# 7 swelling
bararay, bushimaha bararay
# 8 injury
lafta jabay, laf jab, gacanta jabtay
# 9 self-harm
inaan is dilo, isdilid, waan ka daalay nolosha
# 10 neck / meningitis
qoorgooye, qoor gooye, qoorta
"""

# Hinglish (Hindi/Urdu in Latin script): signs 1-10
SIGNS["hi-Latn"] = """
# 1 stroke
stroke, brain stroke, paralysis, laqwa, lakva, falij, faalij, munh tedha, muh tedha, mooh tedha, chehra tedha, munh latak, chehra latak, bol nahi pa raha, bol nahi pa rahi, bol nahi paa raha, bol nahi paa rahi, bol nhi pa rha, bol nhi pa rhi, bol nahi pa rahe, bol nahi paa rahe, bolne mein dikkat, bolne me dikkat, zuban ladkhada, zaban ladkhada, jubaan ladkhada, ladkhada rahi, ladkhada raha, haath nahi utha, hath nahi utha, haath nahi hil, hath nahi hil, pair nahi hil, dikhai nahi de raha, dikhayi nahi de raha, dikhna band, dhundhla dikh, dhundla dikh, do do dikh
# 2 unresponsive / fainted / fitting
hosh nahi, hosh mein nahi, hosh me nahi, hosh kho, jaag nahi raha, jaag nahi rahi, daura pada, daure pad, dora pada, jhatke aa, jhatke lag, munh se jhaag, muh se jhag
# 3 breathing
dam ghut, dum ghut, ghut raha, ghut rahi, khana atak gaya, honth neele, hoth neele, honth nile, hoth nile, neela pad, neeli pad
# 4 chest
dil tez dhadak, dhadak raha, dil baith raha
# 5 bleeding
kala potty, kaali potty, kali potty, kaala mal, kali latrine, kaali latrine
# 6 poisoning / overdose / swallowed
zeher kha, zeher pi, zehar kha, jahar kha, zahar kha liya, jeher kha, overdose, nigal liya, nigal li, battery nigal, sikka nigal, phenyl pee, phenyl pi, harpic pi, tezab pi, tejab pi
# 7 allergic reaction
suj gaye, nigal nahi pa, nigalne mein dikkat, nigalne me dikkat
# 8 fall / head injury / broken / burn
sir ke bal gir, seedhi se gir, sidhi se gir, bathroom mein gir, bathroom me gir, sar phat, sir phat, haath toot, hath toot, pair toot, haath jal gaya, hath jal gaya, garam paani gir, garam pani gir, bistar se uth nahi, zameen se uth nahi, khada nahi ho pa, khade nahi ho pa
# 9 self-harm, told indirectly
jeene ka koi matlab nahi, jine ka koi matlab nahi, jeene ka koi fayda nahi, zindagi se thak, khud ko khatam, apne aap ko khatam, fansi laga, phansi laga, phanda laga, nas kaat, nass kaat, kalai kaat
# 10 fever in the frail / neck / rash
laal chakatte, baingani daane, behki behki baatein, bahki bahki baatein
"""

# Arabic in Latin script (Arabizi): signs 1-10
SIGNS["ar-Latn"] = """
# 1 stroke
sakta dimaghiya, shalal, chalal, mashloul, mashlool, tummo m3awaj, temmo m3awwaj, wejho m3awaj, wijho m3awaj, wejho mayel, kalamo t2il, lsano t2il, lisano t2il, ma 3am y7arrek ido, mesh 2ader y7arrak
# 2 unresponsive / fainted / fitting
ghayeb 3an el wa3i, ghayib 3an al wa3i, fa2ed el wa3i, fa2ad el wa3i, fa2ad wa3eo, ma 3am yfi2, ma byefi2, mesh byefoo2, mish bifoo2, raghwe min tummo
# 3 breathing
ma 3am yetnaffas, ma 3am yitnaffas, mesh 2ader yetnafes, mish 2adra atnafas, ikhtina2, e5tina2, ekhtena2, shar2an, sharqan, shafayfo zer2, shfayfo zor2, shafaif zar2a
# 4 chest
da2at 2albi, 2albi 3am yd2, 2albi bed2, nabdi sari3
# 5 bleeding
nazel dam, tala3 dam, 3am ytla3 dam, bira2 aswad, braz aswad
# 6 poisoning / overdose / swallowed
tasammum, tasamom, tasammom, msammam, mtsammam, bala3 battariye, bala3 bataria, shereb klor, shirib klor, shereb chlor, jor3a zayde, jur3a za2ida, overdose
# 7 allergic reaction
wirim, werem, ma 3am yibla3, mesh 2ader abla3
# 8 fall / head injury / broken / burn
w2e3 3a raso, wi2i3 3ala raso, darab raso, 5abat raso, khabat raso, in7ara2, en7ara2, et7ara2
# 9 self-harm, told indirectly
ma 3ad badi 3ish, ma 3ad bedi 3ish, mesh 3ayez a3eesh, mish 3ayez a3ish, mish 3ayza a3ish, bidi khalles men 7ayati, bidi 5alles men 7ayati, risalet wada3, risalat wada3
# 10 fever in the frail / neck / rash
ra2abto, ra2abta, bu2a3 banafsajiye, yhalwes, 3am yhalwes
"""

# Russian: signs 1-10
SIGNS["ru"] = """
# 1 stroke
микроинсульт*, перекосило, перекошен*, кривой рот, рот кривой, уголок рта опустился, невнятная речь, речь невнятная, невнятно говорит, говорит невнятно, заплетается язык, язык заплетается, язык не слушается, путает слова, рука не двигается, рука не поднимается, не может поднять руку, отнялась, отнялись, отнялась рука, парализовало руку, парализовало лицо, парализовало левую, парализовало правую, паралич, онемела рука, онемело лицо, онемела половина, онемел язык, онемели руки, спутанность сознания, спутанное сознание, сознание спутанное, заговаривается, ослеп, ослепла, перестал видеть, перестала видеть, пропало зрение, потеря зрения
# 2 unresponsive / fainted / fitting
без сознания, не реагирует, не приходит в себя, теряет сознание, не просыпается, не могу разбудить, не могу добудиться, припадок*, конвульси*, пена изо рта
# 3 breathing
не может дышать, не дышит, подавился, подавилась, поперхнулся, поперхнулась, посинел*, синие губы, губы синие, серые губы, хватает ртом воздух, хватает воздух, хрипит, удушь*
# 4 chest
сердце колотится, сердце выскакивает, отдает в руку, отдаёт в руку, отдает в челюсть, отдаёт в челюсть, отдает в левую руку, отдаёт в левую руку
# 5 bleeding
кал, дегтеобразн*, черный кал, чёрный кал
# 6 poisoning / overdose / swallowed
отравил*, отравлени*, передозировк*, передоз, наглотался, наглоталась, проглотил батарейку, проглотила батарейку, проглотил магнит, проглотил монету, выпил уксус, выпила уксус, выпил отбеливатель, выпила отбеливатель, выпил белизну, выпила белизну, выпил хлорку
# 7 allergic reaction
анафилак*, не может глотать, не могу глотать, трудно глотать
# 8 fall / head injury / broken / burn
упал с лестницы, упала с лестницы, не может встать, не может подняться, разбил голову, разбила голову, шейку бедра, шейка бедра, переломом, переломах, ошпарил*, обварил*
# 9 self-harm, told indirectly
не вижу смысла жить, жить незачем, незачем жить, хочу исчезнуть, не проснуться, покончу с собой, покончить со всем, прощальное письмо, прощальную записку, предсмертн*, лучше без меня, повеситься, повешусь, выпрыгнуть из окна, выброшусь, выпилиться
# 10 fever in the frail / neck / rash
ригидность, затылочных мышц, фиолетовые пятна, пятна не исчезают, менингит*, сепсис*, бредит, в бреду
"""

# Ukrainian: signs 1-10
SIGNS["uk"] = """
# 1 stroke
мікроінсульт*, перекосило, перекошен*, кривий рот, рот кривий, невиразна мова, мова невиразна, невиразно говорить, заплітається язик, язик заплітається, плутає слова, рука не рухається, не може підняти руку, відняло руку, віднялася рука, віднялась, паралізувало руку, паралізувало обличчя, параліч*, оніміла рука, оніміло обличчя, онімів язик, оніміли руки, сплутаність свідомості, сплутана свідомість, заговорюється, осліп, осліпла, втратив зір, втратила зір, пропав зір, двоїться в очах
# 2 unresponsive / fainted / fitting
без свідомості, не реагує, не приходить до тями, не прокидається, не можу розбудити, конвульс*, піна з рота
# 3 breathing
не може дихати, не дихає, задихається, вдавився, вдавилася, поперхнувся, поперхнулася, посинів, посиніла, посиніли, сині губи, губи сині, ядуха, хрипить
# 4 chest
серце калатає, серце вискакує, віддає в руку, віддає в щелепу, віддає в ліву руку
# 5 bleeding
кал, чорний кал
# 6 poisoning / overdose / swallowed
отруї*, отруєн*, передозуван*, передоз, наковтався, наковталася, проковтнув батарейку, проковтнула батарейку, проковтнув магніт, випив оцет, випила оцет, випив відбілювач, випила відбілювач
# 7 allergic reaction
анафілак*, не може ковтати, важко ковтати
# 8 fall / head injury / broken / burn
впав зі сходів, впала зі сходів, не може встати, розбив голову, розбила голову, шийку стегна, шийка стегна, ошпарив*, обварив*
# 9 self-harm, told indirectly
не бачу сенсу жити, жити нема навіщо, немає навіщо жити, хочу зникнути, не прокинутися, покінчу з собою, прощальний лист, прощальну записку, передсмертн*, краще без мене, повіситися, повішуся, вистрибнути з вікна, викинутися з вікна
# 10 fever in the frail / neck / rash
ригідність, фіолетові плями, плями не зникають, менінгіт*, сепсис*, марить, марення
"""

# Greek: signs 1-10
SIGNS["el"] = """
# 1 stroke
στράβωσε το στόμα, στραβωσε το στομα, στραβό στόμα, στραβο στομα, στράβωσε το πρόσωπο, πάρεση, παρεση, παράλυσ*, παραλυσ*, παράλυτ*, παραλυτ*, μιλάει μπερδεμένα, μιλαει μπερδεμενα, μπερδεύει τις λέξεις, μπερδευει τις λεξεις, μπερδεύει τα λόγια, βαριά γλώσσα, βαρια γλωσσα, δεν κουνάει το χέρι, δεν κουναει το χερι, δεν μπορεί να κουνήσει, δεν μπορει να κουνησει, μούδιασ*, μουδιασ*, αποπροσανατολισμ*, θόλωσε η όραση, θολωσε η οραση, θολή όραση, θολη ορασ, διπλωπία, διπλωπια, βλέπει διπλά, βλεπει διπλα
# 2 unresponsive / fainted / fitting
αναίσθητ*, αναισθητ*, έχασε τις αισθήσεις, εχασε τις αισθησεις, κατέρρευσε ξαφνικά, κατερρευσε ξαφνικα, σωριάστηκε, σωριαστηκε, σπασμούς, σπασμους, σπασμός, σπασμος, σπασμών, σπασμων, αφρίζει, αφριζει, αφρούς στο στόμα, δεν ξυπνάει, δεν ξυπναει, δεν ξυπνά
# 3 breathing
πνίγεται, πνιγεται, πνίγηκε, πνιγηκε, μπλε χείλη, μπλε χειλη, μελάνιασ*, μελανιασ*, γκρίζα χείλη, γκριζα χειλη, λαχανιάζ*, λαχανιαζ*
# 4 chest
η καρδιά μου χτυπάει, η καρδια μου χτυπαει, καρδιά χτυπάει δυνατά, καρδια χτυπαει δυνατα, σαγόνι, σαγονι
# 5 bleeding
μαύρες κενώσεις, μαυρες κενωσεις, κενώσεις, κενωσεις
# 6 poisoning / overdose / swallowed
δηλητηρι*, υπερβολική δόση, υπερβολικη δοση, υπερδοσολογ*, κατάπιε μπαταρία, καταπιε μπαταρια, κατάπιε, καταπιε, ήπιε χλωρίνη, ηπιε χλωρινη
# 7 allergic reaction
πρήζεται, πρηζεται, πρήζονται, πρηζονται, αναφυλαξ*, αναφυλακτικ*, δεν μπορεί να καταπιεί, δεν μπορει να καταπιει, δυσκολία στην κατάποση, δυσκολια στην καταποση
# 8 fall / head injury / broken / burn
έπεσε από τις σκάλες, επεσε απο τις σκαλες, δεν μπορεί να σηκωθεί, δεν μπορει να σηκωθει, έσπασε το χέρι, εσπασε το χερι, έσπασε το πόδι, εσπασε το ποδι, σπασμένο χέρι, σπασμενο χερι, σπασμένο πόδι, σπασμενο ποδι, ζεμάτισε, ζεματισε, ζεμάτισα, ζεματισα, ζεματίστηκε, ζεματιστηκε
# 9 self-harm, told indirectly
δεν έχει νόημα να ζω, δεν εχει νοημα να ζω, κανένας λόγος να ζω, κανενας λογος να ζω, θέλω να εξαφανιστώ, θελω να εξαφανιστω, να τελειώσω τη ζωή μου, να τελειωσω τη ζωη μου, να τα τελειώσω όλα, να τα τελειωσω ολα, γράμμα αποχαιρετισμού, γραμμα αποχαιρετισμου, καλύτερα χωρίς εμένα, καλυτερα χωρις εμενα, να κρεμαστώ, να κρεμαστω, να σκοτωθώ, να σκοτωθω, να μην ξυπνήσω, να μην ξυπνησω
# 10 fever in the frail / neck / rash
σβέρκ*, σβερκ*, μωβ κηλίδες, μωβ κηλιδες, μωβ βούλες, μωβ βουλες, πετέχει*, πετεχει*, μηνιγγίτιδα, μηνιγγιτιδα, σηψαιμία, σηψαιμια, σήψη, σηψη, παραληρ*, παραμιλάει, παραμιλαει
"""

# Chinese (substrings): signs 1-10
SIGNS["zh"] = """
# 1 stroke
嘴歪, 口歪, 嘴巴歪, 脸歪, 臉歪, 面瘫, 面癱, 口角歪斜, 说话不清, 說話不清, 口齿不清, 口齒不清, 说不出话, 說不出話, 讲不出话, 講不出話, 说话含糊, 說話含糊, 含糊不清, 口齿含糊, 口齒含糊, 大舌头, 大舌頭, 拿不稳, 拿不穩, 拿不住, 走路不稳, 走路不穩, 站不稳, 站不穩, 往右边歪, 往右邊歪, 往左边歪, 往左邊歪, 往一边歪, 往一邊歪, 走路歪, 手抬不起来, 手抬不起來, 半边身, 半邊身, 偏瘫, 偏癱, 瘫痪, 癱瘓, 手脚无力, 手腳無力, 手没力, 手沒力, 一侧无力, 一側無力, 神志不清, 意识模糊, 意識模糊, 突然看不见, 突然看不見, 眼睛看不见, 眼睛看不見, 视力模糊, 視力模糊, 看东西重影, 看東西重影, 眼睛重影, 复视, 複視, 失明, 脑梗, 腦梗, 脑溢血, 腦溢血, 卒中
# 2 unresponsive / fainted / fitting
昏迷, 不省人事, 叫不醒, 叫他没反应, 叫她没反应, 晕过去, 暈過去, 昏过去, 昏過去, 休克, 晕厥, 暈厥, 倒在地上, 抽筋, 羊癫疯, 羊癲瘋, 口吐白沫
# 3 breathing
不能呼吸, 无法呼吸, 無法呼吸, 透不过气, 透不過氣, 喘不上气, 喘不上氣, 上不来气, 上不來氣, 呛到, 嗆到, 噎住, 噎到, 窒息, 嘴唇发紫, 嘴唇發紫, 嘴唇发青, 嘴唇發青, 嘴唇青紫, 脸色发紫, 臉色發紫, 发紫, 發紫
# 4 chest
心口痛, 心口闷, 心口悶, 心律不齐, 心律不齊, 心绞痛, 心絞痛, 胸部压迫, 胸部壓迫, 左手臂痛
# 5 bleeding
黑便, 大便发黑, 大便發黑, 大便带血, 大便帶血, 吐了血, 带血, 帶血
# 6 poisoning / overdose / swallowed
中毒, 服毒, 误吞, 誤吞, 误食, 誤食, 误服, 誤服, 吞了电池, 吞了電池, 纽扣电池, 鈕扣電池, 喝了漂白水, 误喝, 誤喝, 喝了消毒液
# 7 allergic reaction
嘴唇肿, 嘴唇腫, 舌头肿, 舌頭腫, 肿起来, 腫起來, 吞不下, 咽不下, 吞咽困难, 吞嚥困難
# 8 fall / head injury / broken / burn
从楼梯上摔, 從樓梯上摔, 摔下来, 摔下來, 撞到头, 撞到頭, 磕到头, 磕到頭, 站不起来, 站不起來, 手断了, 手斷了, 腿断了, 腿斷了, 骨头断, 骨頭斷, 被开水烫, 被開水燙, 烫到, 燙到
# 9 self-harm, told indirectly
活着没意思, 活著沒意思, 活着没有意义, 活著沒有意義, 没有活下去的理由, 沒有活下去的理由, 想消失, 结束生命, 結束生命, 结束自己, 結束自己, 遗书, 遺書, 想跳楼, 要跳楼, 想跳樓, 要跳樓, 跳河, 上吊, 一了百了, 不如死了, 死了算了
# 10 fever in the frail / neck / rash
脖子硬, 脖子僵硬, 颈部僵硬, 頸部僵硬, 紫色斑点, 紫色斑點, 紫斑, 瘀点, 瘀點, 脑膜炎, 腦膜炎, 说胡话, 說胡話, 败血症, 敗血症
"""

# Japanese (substrings): signs 1-10
SIGNS["ja"] = """
# 1 stroke
ろれつが回らな, 呂律が回らな, ろれつ, 呂律, 顔がゆがん, 顔が歪ん, 口がゆがん, 口が歪ん, 顔の片側, 片側が動かな, 半身麻痺, 片麻痺, 顔面麻痺, 手が麻痺, 足が麻痺, 言葉が出な, 言葉が出てこな, 手に力が入らな, 力が入らな, 腕が上がらな, 手が上がらな, 箸を落と, 意識がもうろう, 意識が朦朧, もうろうと, 朦朧, 急に見えな, 目が見えな, 視界がぼや, 二重に見え, 物が二重, 視野が欠け, くも膜下, 頭が割れ
# 2 unresponsive / fainted / fitting
意識がない, 意識が無い, 意識を失, 意識不明, 呼んでも起きな, 揺すっても起きな, 目を覚まさな, ぐったり, 発作, ひきつけを起こ, 泡を吹, 白目をむ
# 3 breathing
息ができな, 息が出来な, 息をしていな, 息してな, 呼吸をしていな, 呼吸してな, 窒息, 喉に詰ま, のどに詰ま, 詰まらせ, 唇が紫, 唇が青, チアノーゼ, ゼーゼー, ぜーぜー, ヒューヒュー
# 4 chest
胸が締め付け, 胸がしめつけ, 胸が圧迫, 脈が速, 脈が飛, 顎まで, あごまで
# 5 bleeding
血を吐, 吐血, 喀血, 下血, 黒い便, 便が黒, タール便, 血が混じ
# 6 poisoning / overdose / swallowed
食中毒, 中毒を起こ, 一酸化炭素, 誤飲, 誤嚥, 電池を飲, ボタン電池, 漂白剤を飲, 洗剤を飲, 過剰摂取, オーバードーズ, 大量に飲んだ, 睡眠薬
# 7 allergic reaction
アナフィラキシー, 飲み込めな, 飲み込みにく
# 8 fall / head injury / broken / burn
階段から落ち, 頭を打, 頭をぶつけ, 頭を強く, 起き上がれな, 立ち上がれな, 骨が折れてい, 足の骨が折, 腕の骨が折
# 9 self-harm, told indirectly
いなくなりたい, 終わりにしたい, 全部終わりに, 楽になりたい, 遺書, 飛び降り, 首を吊, 首吊り, 生きていけな, 生きていたくな, 生きるのが辛, 生きるのがつら, 消えてしまいたい, 死のうと, 死んだ方が, 死にた, 自死
# 10 fever in the frail / neck / rash
首が硬, 首が曲がらな, 項部硬直, 紫の斑点, 紫斑, 髄膜炎, 敗血症, うわごと, せん妄
"""

# Korean (substrings): signs 1-10
SIGNS["ko"] = """
# 1 stroke
중풍, 뇌경색, 입이 돌아, 입이 비뚤, 얼굴이 비뚤, 얼굴이 돌아, 안면마비, 팔이 마비, 다리가 마비, 몸이 마비, 얼굴이 마비, 반신마비, 편마비, 말이 어눌, 어눌하, 발음이 이상, 혀가 꼬, 말이 꼬, 팔이 안 올라, 팔을 못 들, 한쪽 팔, 한쪽 다리, 한쪽 얼굴, 의식이 흐려, 혼미, 갑자기 안 보, 눈이 안 보, 시야가 흐려, 시야가 뿌옇, 시야가 좁아, 겹쳐 보, 두 개로 보
# 2 unresponsive / fainted / fitting
의식이 없, 의식을 잃, 의식불명, 깨워도 안 일어나, 안 깨어나, 깨어나지 않, 축 늘어, 발작, 거품을 물, 거품을 흘
# 3 breathing
숨을 안 쉬, 숨을 쉬지, 숨이 막, 질식, 목에 걸렸, 사레, 입술이 파랗, 입술이 파래, 입술이 보라, 청색증, 헐떡
# 4 chest
가슴이 조이, 가슴이 조여, 가슴이 쥐어짜, 맥박이 빠, 맥박이 너무, 왼팔
# 5 bleeding
피를 토, 각혈, 토혈, 검은 변, 변이 검, 짜장변, 피가 멈추지, 피가 안 멈
# 6 poisoning / overdose / swallowed
식중독, 일산화탄소 중독, 약물 중독, 음독, 삼켰, 건전지를 삼, 배터리를 삼, 락스를 마, 세제를 마, 농약 마셨, 수면제
# 7 allergic reaction
입술이 부, 혀가 부, 아나필락시스, 삼키기 힘, 삼킬 수가 없, 못 삼키
# 8 fall / head injury / broken / burn
계단에서 떨어, 머리를 부딪, 머리를 박, 일어나지를 못, 못 일어나, 뼈가 부러, 데었
# 9 self-harm, told indirectly
살 이유가 없, 사는 게 의미 없, 사는 의미가 없, 인생을 끝내, 삶을 끝내, 생을 마감, 유서, 뛰어내리, 목을 매, 죽어버리, 세상을 떠나고 싶
# 10 fever in the frail / neck / rash
목이 뻣뻣, 목이 굳, 보라색 반점, 붉은 반점, 자주색 반점, 수막염, 패혈증
"""

# Arabic script (substrings): signs 1-10
SIGNS["ar"] = """
# 1 stroke
فمه مايل, فمه معوج, وجهه مايل, وجهه معوج, ميلان في الوجه, ميلان الوجه, انحراف الفم, ما يقدر يحكي, مش قادر يحكي, كلامه ثقيل, لسانه ثقيل, ثقل في اللسان, كلامه مش مفهوم, كلامه غير مفهوم, ما يقدر يحرك, لا يستطيع تحريك, ذهنه مشوش, تشوش ذهني, فقد البصر, ما عاد يشوف, زغللة, رؤية مزدوجة, خثرة
# 2 unresponsive / fainted / fitting
فاقد الوعي, فاقدة الوعي, فقد الوعي, غاب عن الوعي, غايب عن الوعي, غايبة عن الوعي, مغمى, مغمي, ما يصحى, ما تصحى, ما بيصحى, مش بيصحى, تشنج, نوبة صرع, الصرع, عنده صرع, رغوة من فمه
# 3 breathing
اختناق, يختنق, مخنوق, شرقان, شرق بالأكل, غصة, شفايفه زرقا, شفاه زرقاء, شفتاه زرقاوان, زرقة
# 4 chest
خفقان, نبض سريع, نبضه
# 5 bleeding
براز أسود, براز اسود
# 6 poisoning / overdose / swallowed
تسمم, مسموم, سم الفئران, جرعة زائدة, بلع بطارية, ابتلع, بلعت, بلع شي, بلع حاجة, شرب كلور, شرب مبيض, شرب فلاش, كلوركس
# 7 allergic reaction
عنده حساسية, عندي حساسية, عندها حساسية, عندي حساسيه, انتفاخ, منتفخ
# 8 fall / head injury / broken / burn
طاح على راسه, ضرب راسه, ما يقدر يقوم, مش قادر يقوم
# 9 self-harm, told indirectly
ما في سبب اعيش, مافي داعي اعيش, ما بدي عيش, مش عايز اعيش, مش عايزة اعيش, تعبت من الحياة, زهقت من الحياة, زهقت من حياتي, انهي حياتي, أنهي حياتي, رسالة وداع, اشنق نفسي, ارمي نفسي, أرمي نفسي, أقتل نفسي, اقتل نفسي
# 10 fever in the frail / neck / rash
رقبته, رقبتي, بقع بنفسجية, بقع زرقاء, يهذي, هذيان
"""

# Language-independent "any" (English words code-mixed into other languages): signs 1-10
SIGNS["any"] = """
# 1 stroke
had a stroke, brain stroke, mini stroke, slurred speech, face drooping, facial droop, paralysis, paralysed, paralyzed, numbness
# 2 unresponsive / fitting
passed out, epilepsy, epileptic, convulsing
# 3 breathing
can't breathe, cant breathe, cannot breathe, not breathing, choking, blue lips
# 4 chest
chest tightness, chest pressure, heart racing
# 5 bleeding
black stool, black stools
# 6 poisoning / overdose
overdose, overdosed, poisoning, poisoned, button battery, naloxone, narcan
# 7 allergic reaction
anaphylaxis, anaphylactic, epipen, epi-pen
# 8 injury
concussion, broken bone, broken arm, broken leg
# 9 self-harm
kill myself, end my life, want to die
# 10 fever / neck / rash
stiff neck, meningitis, sepsis, petechiae
"""
