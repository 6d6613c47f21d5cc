# Spanish (es) - hand-written rows. kind: a/b/c = out_of_scope sub-kinds; mix/plain/urg = none
LANG = "es"
ROWS = [
    (
        "a",
        "Hola doctora, buenas tardes. Solo para contarle que la presión ya me anda bien desde la pastilla nueva, casi siempre 120/80 🙏. Oiga, una pregunta que no tiene nada que ver: para la entrevista de la visa en el consulado, ¿tengo que llevar las fotos impresas o con la hoja de confirmación basta?",
    ),
    (
        "a",
        "buenos dias enfermera, el azucar me salio normal en el ultimo examen gracias a dios y a ustedes. una preguntita, alguien ahi sabe cuanto cobra western union por mandar 300 dolares a honduras? o sale mas barato por el banco?",
    ),
    (
        "a",
        "Doctor mil gracias, la rodilla ya ni me duele y ya camino normal. Le quería preguntar algo medio raro jaja, mi hija tiene tarea de ciencias sobre el ciclo del agua y la verdad no entiendo lo de la condensación, ¿me lo puede explicar fácil para ayudarla?",
    ),
    (
        "a",
        "Buenas!! Ya estoy perfecto de la tos, se me quitó por completo con el jarabe 😊 Le cuento que ando vuelto loco porque mi hijo se casa en octubre y todavía no encontramos salón. Son como 150 invitados, queremos algo bonito pero que no cueste un ojo de la cara, con estacionamiento y que dejen meter mariachi. ¿Usted o alguien de la clínica conoce alguno por aquí cerca? Cualquier dato se lo agradezco mucho.",
    ),
    (
        "a",
        "Hola. Lo de la tiroides todo bien, los análisis salieron perfectos según me dijeron. ¿Sabe cómo se cambia la licencia de manejar mexicana por una de aquí? ¿hay que hacer el examen escrito otra vez?",
    ),
    (
        "a",
        "Buenas noches doc, el colesterol ya bajó y me siento de maravilla. Fíjese que el dueño del departamento no me quiere devolver el depósito y ya me salí hace dos meses, ¿a dónde puedo ir a quejarme?",
    ),
    (
        "b",
        "me pueden pasar la receta del flan napolitano que estaban pasando en la tele de la sala de espera? no alcancé a apuntar 😅",
    ),
    ("b", "cuál es el mejor plan de celular con datos ilimitados? ya se me acaba el contrato"),
    (
        "b",
        "Buenas tardes, ¿alguien me puede ayudar a llenar una solicitud de trabajo en línea para una tienda? No entiendo la parte que dice references.",
    ),
    ("b", "cuantas maletas puedo documentar en un vuelo a bogota con la tarifa basica??"),
    (
        "b",
        "Hola, ocupo que alguien me traduzca una carta del banco porfa, dice algo de overdraft fee y no sé qué es eso",
    ),
    (
        "c",
        "Buenos días, quisiera saber si el hospital está contratando personal de limpieza o de cocina. Tengo 5 años de experiencia. Gracias.",
    ),
    (
        "c",
        "¿Dan clases de inglés gratis ahí en el hospital? Una vecina me dijo que los martes hay en la biblioteca.",
    ),
    (
        "c",
        "perdí mis lentes de sol en el estacionamiento el jueves, son negros, alguien los entregó a objetos perdidos?",
    ),
    ("c", "horario de la cafeteria el domingo?"),
    (
        "mix",
        "Doctora gracias por la cita del mes pasado, la presión ya está mejor. Pero desde el martes tengo un dolor de cabeza que no se me quita con paracetamol y veo como lucecitas en el ojo derecho. ¿Es normal?",
    ),
    (
        "mix",
        "Hola, la otra semana tengo la entrevista de la visa y ando nerviosa, pero lo que más me preocupa es que llevo seis días con diarrea, como 5 veces al día, y me siento débil y mareada. ¿Qué hago?",
    ),
    (
        "urg",
        "Ando como loca con los preparativos de la boda de mi hija el sábado 🙈 pero hoy en la mañana me dio un dolor en el pecho como si me apretaran, se me fue al brazo izquierdo y sudé frío. Ahorita se calmó un poco pero sigo sintiendo presión. ¿Puede esperar a después de la boda?",
    ),
    (
        "urg",
        "mi niño de 6 años tiene fiebre de 39.5 desde ayer y ahora está muy aguadito, casi no abre los ojos y no quiere tomar nada, que hago",
    ),
    (
        "urg",
        "Doctor ya no sé ni para qué sigo aquí. Desde que murió mi esposo no duermo, no como y a veces pienso que todos estarían mejor sin mí. No sé si esto se lo tengo que decir a usted pero no tengo a quién.",
    ),
    (
        "plain",
        "me salieron unas ronchas rojas en la espalda que pican un montón desde que cambié de jabón, ¿me puedo poner alguna crema?",
    ),
    (
        "plain",
        "Buenas tardes. Mi mamá tiene 78 años y yo la cuido. Se ha caído dos veces esta semana y la veo más confundida de lo normal, antes no era así. ¿La deben ver pronto?",
    ),
    (
        "plain",
        "puedo tomar ibuprofeno con la pastilla de la presion? me duele la muela desde anoche",
    ),
    (
        "mix",
        "Gracias por contestarme lo de los papeles del seguro. Otra cosa, donde me pusieron la vacuna ayer se me puso rojo, caliente y duro, como del tamaño de una moneda. ¿Es normal o me lo tienen que revisar?",
    ),
    ("plain", "ardor al orinar y voy a cada rato, ya van 3 dias. tengo 45. necesito antibiotico?"),
    (
        "mix",
        "Hola doctor, le escribo porque mi hijo se va a mudar a Texas por un trabajo y me voy a quedar solita, ya sabe cómo es eso 😅. Bueno, aparte de eso, últimamente se me hinchan mucho los tobillos en la tarde y me falta el aire cuando subo las escaleras. Sí me tomo la pastilla del corazón como me dijo.",
    ),
    (
        "plain",
        "Mi hija de 9 años se cayó del columpio y le duele mucho la muñeca, está hinchada y no la puede mover bien. ¿La llevo a urgencias o espero a mañana?",
    ),
    (
        "urg",
        "mi papá está hablando raro, no se le entiende nada y se le cayó un lado de la boca, hace como 20 minutos. Él vive conmigo. ¿Qué hago??",
    ),
    (
        "plain",
        "Se me acabó la crema del eccema y las manos se me están poniendo peor, agrietadas y me sangran un poquito. ¿Me pueden mandar otra?",
    ),
    (
        "mix",
        "Hola, antes que nada feliz año a todo el equipo 🎉. Les cuento que desde las fiestas tengo la garganta muy inflamada, con puntitos blancos, y fiebre de 38. Ya van cuatro días.",
    ),
]
