# French (fr)
LANG = "fr"
ROWS = [
    (
        "a",
        "bonsoir, mon diabète est bien équilibré maintenant (hba1c à 6,4 😊). petite question qui n'a rien à voir : est-ce que quelqu'un sait comment échanger un permis de conduire français ici ? faut repasser le code ?",
    ),
    (
        "a",
        "Bonjour l'équipe ! La cicatrice est parfaitement guérie, merci encore. On cherche une salle pour le mariage de mon fils en juin, une centaine d'invités, vous connaîtriez un endroit sympa pas trop loin de l'hôpital ?",
    ),
    (
        "a",
        "coucou ! plus aucune allergie depuis le nouveau spray, c'est le top 👌 au fait vous savez quel forfait mobile est le moins cher avec les appels vers le Maroc inclus ?",
    ),
    (
        "a",
        "Bonjour docteur, juste pour vous dire que ma tension est redevenue normale depuis le nouveau traitement, merci beaucoup. J'en profite : mon propriétaire refuse de réparer le chauffage depuis trois semaines malgré mes messages, je ne sais plus vers qui me tourner. Vous auriez une idée ?",
    ),
    (
        "a",
        "Merci docteur, le reflux c'est de l'histoire ancienne 😄 Au fait, la dame de l'accueil parlait d'un gâteau au yaourt hier, quelqu'un aurait la recette ?",
    ),
    (
        "a",
        "Merci pour tout, mon dos va beaucoup mieux depuis les séances de kiné. Ma fille de 10 ans a un exposé sur les volcans à rendre lundi, vous auriez des idées de sites pour enfants ? désolée c'est pas trop votre domaine lol",
    ),
    (
        "b",
        "Bonjour, vous savez si pour l'entretien de visa à l'ambassade il faut prendre rendez-vous en ligne ou on peut y aller direct ?",
    ),
    (
        "b",
        "c quoi le moins cher pour envoyer de l'argent en Côte d'Ivoire, virement ou mobile money ?",
    ),
    ("b", "combien de kilos en soute avec air france pour Dakar svp"),
    (
        "b",
        "Bonjour, est-ce que quelqu'un pourrait m'aider à remplir ma déclaration d'impôts ? Je comprends rien au formulaire, c'est ma première année ici et j'ai peur de faire une bêtise.",
    ),
    (
        "b",
        "svp comment je fais pour contester une amende de stationnement ? j'ai trouvé un papier sur mon pare-brise ce matin",
    ),
    (
        "c",
        "Bonsoir, l'hôpital recrute des aides-soignants ou des brancardiers en ce moment ? Où envoyer mon CV ?",
    ),
    ("c", "Le parking visiteurs c'est combien la journée ? et c'est gratuit le weekend ?"),
    (
        "c",
        "Bonjour, l'aumônerie organise bien une messe de Noël à la chapelle cette année ? À quelle heure ?",
    ),
    (
        "c",
        "j'ai oublié mon écharpe grise dans la salle d'attente de radiologie mardi, quelqu'un l'a trouvée ?",
    ),
    (
        "mix",
        "Bonjour docteur, merci encore pour votre patience la dernière fois. Par contre depuis mardi j'ai des brûlures d'estomac tous les soirs et un goût acide dans la bouche, même avec l'oméprazole. Je dois revenir ?",
    ),
    (
        "mix",
        "Je prépare mon dossier de visa pour le Canada et on me demande un certificat médical, mais surtout j'ai remarqué une boule dans le cou, à gauche, qui grossit depuis un mois. Ça ne fait pas mal. Je m'inquiète un peu.",
    ),
    (
        "urg",
        "Bonsoir, on est en plein dans les préparatifs du mariage et je suis crevé, mais là j'ai une douleur dans la poitrine qui serre depuis une demi-heure, ça descend dans la mâchoire et j'ai envie de vomir. J'ai 61 ans, je fume. J'attends demain ?",
    ),
    (
        "urg",
        "ma fille de 5 ans a 40 de fièvre, elle est toute molle, elle répond à peine et elle a des petites taches violettes sur les jambes qui partent pas quand j'appuie",
    ),
    (
        "urg",
        "J'ai l'impression que je n'ai plus ma place nulle part. J'ai rangé mes affaires et écrit des lettres à mes enfants. Je voulais juste que quelqu'un le sache.",
    ),
    (
        "plain",
        "Bonjour, mon fils de 8 ans tousse la nuit depuis 2 semaines, surtout quand il court. Pas de fièvre. C'est de l'asthme ?",
    ),
    (
        "plain",
        "j'ai une rage de dents depuis hier soir, la joue commence à gonfler. je peux prendre quoi en attendant le dentiste ?",
    ),
    (
        "plain",
        "Je m'occupe de mon père (84 ans). Depuis 3 jours il mange presque rien, il dort tout le temps et il a les lèvres sèches. Il est sous diurétiques.",
    ),
    (
        "plain",
        "bonjour, depuis que j'ai commencé les nouveaux comprimés pour la tension j'ai une toux sèche qui me réveille la nuit, c'est lié ?",
    ),
    (
        "mix",
        "Bonjour ! Merci pour l'ordonnance. Petite chose : je saigne du nez presque tous les jours depuis une semaine, et je prends un anticoagulant. Ça s'arrête au bout de 20 min environ.",
    ),
    (
        "plain",
        "J'ai des vertiges quand je me retourne dans le lit, ça tourne pendant quelques secondes. Depuis samedi.",
    ),
    (
        "urg",
        "Salut, je me suis coupé en cuisinant, c'est profond et ça saigne beaucoup alors que j'appuie depuis 15 min, le torchon est trempé",
    ),
    (
        "mix",
        "Coucou docteur 😊 on part en vacances au Maroc dans 10 jours, et depuis hier j'ai l'oeil droit tout rouge qui colle le matin, ça gratte. C'est contagieux ?",
    ),
    (
        "urg",
        "Mon mari a de plus en plus de mal à respirer depuis ce matin, il siffle, il arrive pas à finir ses phrases. Il a une BPCO.",
    ),
    (
        "mix",
        "Bonjour, avec le stress du déménagement les plaques de psoriasis sont revenues sur les coudes et le cuir chevelu. La crème marche plus trop, on peut changer ?",
    ),
]
