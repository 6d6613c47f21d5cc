# Portuguese, Brazil (pt)
LANG = "pt"
ROWS = [
    (
        "a",
        "Oi doutora, tudo bem? A pressão tá ótima desde o remédio novo, 12 por 8 direto 🙌 Aproveitando, a senhora ainda tem a receita daquele bolo de fubá que comentou na consulta? Fiquei com água na boca kkkk",
    ),
    (
        "a",
        "bom dia enfermeira! exame do açúcar deu normal, graças a Deus. aproveitando, alguém aí pode dar uma olhada no meu currículo em inglês? vou me candidatar pra uma vaga de caixa no mercado",
    ),
    (
        "a",
        "Doutor, obrigado, o ombro ficou 100% depois da fisioterapia. Uma dúvida nada a ver: meu filho tem um trabalho da escola sobre o sistema solar e pediu pra eu perguntar quantas luas Júpiter tem kkkk",
    ),
    (
        "a",
        "Oi gente! A sinusite sumiu, nem lembro que tive 😅 Vcs sabem qual operadora tem plano bom pra ligar pro Brasil? A minha cobra um absurdo",
    ),
    (
        "a",
        "Olá, tudo certo com o colesterol, fiz os exames e deu tudo dentro. Minha dúvida é outra: o dono do apartamento quer aumentar o aluguel 20% no meio do contrato, ele pode fazer isso?",
    ),
    (
        "a",
        "Boa tarde doutor. Joelho bom já, voltei a correr!! Pergunta de viagem: na Latam quantas malas de 23kg posso despachar no voo pra Guarulhos? Comprei a tarifa light.",
    ),
    (
        "b",
        "vcs sabem quanto tempo tá demorando pra marcar entrevista do visto de turista? minha mãe quer vir me visitar no natal",
    ),
    (
        "b",
        "Dá pra trocar a carteira de motorista brasileira pela daqui sem fazer prova? alguém sabe?",
    ),
    ("b", "Qual app cobra menos taxa pra mandar dinheiro pro Brasil?"),
    (
        "b",
        "Oi, boa noite. Minha filha vai casar ano que vem e estamos procurando um salão de festas pra umas 120 pessoas. Tem que ter cozinha porque a família mesmo vai fazer a comida. Alguém tem indicação por aqui? Obrigada desde já 🙏",
    ),
    ("b", "como renovo meu passaporte brasileiro aqui? tem que ir no consulado?"),
    (
        "c",
        "Bom dia! O hospital tá contratando técnico de enfermagem? Sou formada no Brasil e queria saber como me candidatar.",
    ),
    ("c", "Qual ônibus passa na frente do hospital saindo do centro? Até que horas?"),
    ("c", "Oi, esqueci meu guarda-chuva azul na sala de espera do 3º andar ontem, alguém achou?"),
    (
        "c",
        "Gostaria de doar livros infantis e brinquedos em bom estado pra ala das crianças, vocês aceitam? Onde eu deixo?",
    ),
    (
        "mix",
        "Doutora, muito obrigada pela atenção na última consulta ❤️ Mas desde terça tô com uma tosse seca que não passa e dói nas costas quando respiro fundo. De noite a febre dá 37.8.",
    ),
    (
        "mix",
        "Oi, tenho a entrevista do visto mês que vem e preciso estar bem, mas tô com tontura toda vez que levanto da cama e às vezes a vista escurece. Começou depois que aumentaram a dose do remédio da pressão.",
    ),
    (
        "urg",
        "Estou organizando meu casamento e tava tudo ótimo, mas agora há pouco senti uma dor fortíssima no peito que passou pras costas, tipo rasgando, e tô suando frio. Tenho 58 anos. Espero passar ou vou pro hospital?",
    ),
    (
        "urg",
        "socorro meu marido não consegue levantar o braço direito e a fala tá toda enrolada, começou faz uns 15 min",
    ),
    (
        "urg",
        "minha filha de 7 anos tem asma e tá com muita falta de ar, a bombinha não tá fazendo efeito e os lábios tão meio roxos",
    ),
    (
        "plain",
        "Oi, meu filho de 4 anos tá com dor de ouvido desde ontem à noite, chorou muito, febre 38. Precisa trazer ele?",
    ),
    (
        "plain",
        "Tô com uma dor no calcanhar quando acordo e dou os primeiros passos. Já faz umas 3 semanas. O que pode ser?",
    ),
    (
        "plain",
        "Cuido da minha sogra de 82 anos. Ela tem uma ferida no calcanhar que não fecha e agora tá com cheiro ruim e vermelha em volta. Ela é diabética.",
    ),
    (
        "mix",
        "Olá! Queria agradecer a enfermeira da manhã que foi um amor comigo na coleta. Ah, e uma coisa: depois que comecei o remédio novo do colesterol tô com muita dor nas pernas, tipo cãibra, o dia inteiro.",
    ),
    (
        "plain",
        "menstruação veio muito forte esse mês, tô trocando absorvente toda hora e me sentindo fraca",
    ),
    (
        "urg",
        "Doutor, ultimamente não tenho vontade de nada, não saio mais de casa, choro sem motivo. Às vezes penso que seria mais fácil dormir e não acordar mais. Não sei se devia falar isso aqui.",
    ),
    (
        "plain",
        "desde que mudaram a dose do remédio da tireoide tô com o coração disparado, tremendo e com muito calor. é do remédio?",
    ),
    (
        "mix",
        "Tenho viagem marcada pra Portugal daqui duas semanas, mas torci o tornozelo jogando bola ontem, tá roxo e inchado e não consigo pisar. Precisa de raio-x?",
    ),
    (
        "plain",
        "Oi!! Depois da colonoscopia de ontem tô com bastante sangue nas fezes e dor na barriga. É normal?",
    ),
    (
        "plain",
        "minha mãe mora comigo e desde ontem tá mais confusa, fazendo xixi toda hora e com febre. ela tem 79.",
    ),
]
