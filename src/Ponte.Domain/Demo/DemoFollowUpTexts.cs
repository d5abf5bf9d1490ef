using Ponte.Domain.Mentoring;

namespace Ponte.Domain.Demo;

/// <summary>A closing story's goals (in the pair's language), each with its joint rating's evidence, and the forms' words.</summary>
internal sealed record DemoClosingStory(
    DemoGoal[] Goals,
    string[] Evidence,
    string JointSummary,
    string ManagerNote,
    Dictionary<string, (string Experience, string WhatChanged)> MentorForm,
    Dictionary<string, (string Experience, string WhatChanged)> MenteeForm,
    int MentorSatisfaction,
    int MenteeSatisfaction);

/// <summary>
/// The words of the demo's follow-up, each in the language of the person who writes it (the site's
/// languages: pt, en, uk, ar; English when the demo has no other): check-in notes, concerns and the
/// managers' log lines, requests to end, the three final forms and the closing stories' goals.
/// </summary>
internal static class DemoFollowUpTexts
{
    /// <summary>The text in <paramref name="language"/>, or the English one.</summary>
    public static T In<T>(this Dictionary<string, T> texts, string language) =>
        texts.TryGetValue(language, out var text) ? text : texts["en"];

    // ------------------------------------------------------------ check-ins

    /// <summary>What some write to the organisation with a good check-in.</summary>
    public static readonly Dictionary<string, string[]> GoodNotes = new()
    {
        ["en"] =
        [
            "All good, thank you. We meet every week.",
            "We met twice this month and the CV is almost ready.",
            "Very motivated pair; a session on the employment office's services would help other mentors too.",
        ],
        ["pt"] =
        [
            "Está tudo a correr bem, obrigada. Encontramo-nos todas as semanas.",
            "Encontrámo-nos duas vezes este mês e o CV está quase pronto.",
            "Gostava de uma sessão sobre os serviços do IEFP para as mentoras.",
        ],
        ["uk"] =
        [
            "Усе добре, дякую. Ми зустрічаємося щотижня.",
            "Зустрічі з наставницею мені дуже допомагають.",
        ],
        ["ar"] =
        [
            "كل شيء على ما يرام، شكراً. نلتقي كل أسبوع.",
            "اللقاءات مع مرشدتي مفيدة جداً لي.",
        ],
    };

    /// <summary>A mentee whose mentor has gone quiet: the low score's note.</summary>
    public static readonly Dictionary<string, string> LowScoreNote = new()
    {
        ["en"] = "My mentor cancelled our last two meetings and does not answer my messages. I feel a bit alone with the paperwork.",
        ["pt"] = "A minha mentora cancelou os dois últimos encontros e não responde às mensagens. Sinto-me um pouco sozinha com os papéis.",
        ["uk"] = "Моя наставниця скасувала дві останні зустрічі й не відповідає на повідомлення. Я почуваюся трохи самотньою з документами.",
        ["ar"] = "ألغت مرشدتي آخر لقاءين ولا ترد على رسائلي. أشعر بأنني وحدي قليلاً مع الأوراق.",
    };

    /// <summary>The mentor of that pair, honest about it.</summary>
    public static readonly Dictionary<string, string> BusyMentorNote = new()
    {
        ["en"] = "Work has been very heavy this month and I had to cancel twice. I will call her this week.",
        ["pt"] = "Este mês tive muito trabalho e tive de cancelar duas vezes. Vou telefonar-lhe esta semana.",
    };

    public static readonly Dictionary<string, string> NotAGoodFitNote = new()
    {
        ["en"] = "It is hard for us to find a common time, and I do not feel at ease at the meetings. Perhaps another mentor would suit me better.",
        ["pt"] = "É difícil encontrarmos um horário comum e não me sinto à vontade nos encontros. Talvez outra mentora fosse melhor para mim.",
        ["uk"] = "Нам важко знайти спільний час, і я не почуваюся вільно на зустрічах. Можливо, мені краще підійде інша наставниця.",
        ["ar"] = "من الصعب أن نجد وقتاً مشتركاً، ولا أشعر بالراحة في اللقاءات. ربما تناسبني مرشدة أخرى أكثر.",
    };

    public static readonly Dictionary<string, string> StillDecidingNote = new()
    {
        ["en"] = "We have met once, so it is early to say. She is reserved, and our free times hardly overlap.",
        ["pt"] = "Só nos encontrámos uma vez, é cedo para dizer. Ela é reservada e os nossos horários quase não coincidem.",
    };

    // ------------------------------------------------------------ concerns

    /// <summary>A mentee offered papers for money (open: no manager has acted yet).</summary>
    public static readonly Dictionary<string, string> OpenConcern = new()
    {
        ["en"] = "A man I met at the neighbourhood association says he can get me a quick appointment at AIMA and the residence permit if I pay him "
            + "400 euros. He says everyone does it this way. I do not know if it is true and I am afraid of losing the money.",
        ["pt"] = "Um homem que conheci na associação do bairro diz que me consegue uma marcação rápida na AIMA e a autorização de residência se eu "
            + "lhe pagar 400 euros. Diz que toda a gente faz assim. Não sei se é verdade e tenho medo de perder o dinheiro.",
        ["uk"] = "Чоловік, з яким я познайомилася в асоціації нашого району, каже, що може швидко записати мене в AIMA й допомогти з дозволом "
            + "на проживання, якщо я заплачу йому 400 євро. Каже, що всі так роблять. Я не знаю, чи це правда, і боюся втратити гроші.",
        ["ar"] = "رجل تعرّفت عليه في جمعية الحي يقول إنه يستطيع أن يحجز لي موعداً سريعاً في وكالة AIMA ويحصل لي على تصريح الإقامة إذا دفعت له "
            + "400 يورو. يقول إن الجميع يفعلون ذلك. لا أعرف إن كان هذا صحيحاً وأخاف أن أخسر المال.",
    };

    /// <summary>A mentee uneasy with how her mentor wants to meet (in progress: the process paused, contacts hidden).</summary>
    public static readonly Dictionary<string, string> RelationshipConcern = new()
    {
        ["en"] = "My mentor has twice suggested that we meet at his flat instead of the library, and he writes to me late in the evening. "
            + "He has not done anything bad, but I feel uncomfortable and I do not know how to say no to him.",
        ["uk"] = "Мій наставник уже двічі пропонував зустрітися в нього вдома замість бібліотеки і пише мені пізно ввечері. "
            + "Він нічого поганого не зробив, але мені незручно, і я не знаю, як сказати йому «ні».",
    };

    public static readonly string[] RelationshipConcernLog =
    [
        "Called her the same morning, in Russian as she asked. She is safe and does not want to meet the mentor alone for now.",
        "Met her at the office with our Ukrainian-speaking colleague. Explained that mentoring meetings take place in public places only, "
        + "and that she can always say no or ask us to be there.",
        "Spoke with the mentor: went through the agreement again (meetings in public places, no messages late in the evening). He accepted "
        + "it; a meeting of the three of us at the office is planned before the process resumes.",
    ];

    /// <summary>A mentor's worry about a member of her group (resolved, with the manager's actions).</summary>
    public static readonly Dictionary<string, string> ExploitationConcern = new()
    {
        ["en"] = "After the session a member of my group told me that the cleaning company she works for keeps her passport \"for the contract\" "
            + "and pays her less than agreed, in cash. She is afraid of losing the job. She agreed that I tell the organisation.",
        ["pt"] = "Depois da sessão, uma participante do meu grupo contou-me que a empresa de limpezas onde trabalha lhe guarda o passaporte "
            + "\"por causa do contrato\" e lhe paga menos do que o combinado, em dinheiro. Tem medo de perder o trabalho. Aceitou que eu contasse à associação.",
    };

    public static readonly string[] ExploitationConcernLog =
    [
        "Called the mentor to hear more, and arranged to meet the member with an interpreter.",
        "Met the member with an interpreter. Explained her rights: an employer may not keep her passport. Gave her the number of the "
        + "occupational safety and health advice line and of the union's service for migrant workers.",
        "Went with her to the union's advice hour. The union wrote to the employer about the passport and the missing pay.",
    ];

    public const string ExploitationResolution =
        "She has her passport back and the employer paid the difference. She has joined the union and stays in the group; the mentor knows it is resolved.";

    public const string ExploitationStart = "Taken up the same day.";

    // ------------------------------------------------------------ closing

    /// <summary>A mentee asks to end early: the family moves to another city.</summary>
    public static readonly Dictionary<string, string> MovingAwayRequest = new()
    {
        ["en"] = "My family is moving to Tampere because my husband found work there. Thank you to my mentor, but I cannot continue the meetings in Helsinki.",
        ["ar"] = "ستنتقل عائلتي إلى تامبيري لأن زوجي وجد عملاً هناك. أشكر مرشدتي كثيراً، لكنني لا أستطيع الاستمرار في اللقاءات في هلسنكي.",
        ["pt"] = "A minha família vai mudar-se para Tampere porque o meu marido encontrou trabalho lá. Obrigada à minha mentora, mas não posso continuar os encontros em Helsínquia.",
        ["uk"] = "Моя родина переїжджає до Тампере, бо чоловік знайшов там роботу. Дякую наставниці, але я не можу продовжувати зустрічі в Гельсінкі.",
    };

    /// <summary>Six months in Lisbon, ending well: a job with a contract, papers in order, the family doctor still awaited.</summary>
    public static readonly DemoClosingStory LisbonCompleted = new(
        [
            new(GoalArea.LabourMarketOrientation, null, "Encontrar trabalho com contrato na área da restauração", "Contrato de trabalho assinado",
                [("Atualizar o CV em português", ActionOwner.Mentee), ("Preparar a entrevista com uma simulação", ActionOwner.Mentor),
                    ("Candidatar-se a três ofertas por semana", ActionOwner.Mentee)]),
            new(GoalArea.RightsAndObligations, null, "Tratar do NIF, da Segurança Social e do número de utente", "Tem os três números e sabe para que servem",
                [("Ir às Finanças pedir o NIF", ActionOwner.Mentee), ("Explicar a Segurança Social Direta", ActionOwner.Mentor)]),
            new(GoalArea.HealthAndHabits, null, "Ter médico de família e saber marcar consultas", "Marcou e foi sozinha a uma consulta",
                [("Inscrever-se no centro de saúde", ActionOwner.Mentee), ("Mostrar a linha SNS 24 e a aplicação", ActionOwner.Mentor)]),
        ],
        [
            "Contrato de seis meses como ajudante de cozinha num restaurante em Arroios, assinado no mês passado.",
            "Tem NIF, NISS e número de utente; mostrou-nos o primeiro recibo de vencimento e percebe os descontos.",
            "Está inscrita no centro de saúde, mas ainda espera por médico de família; já ligou sozinha para o SNS 24.",
        ],
        "Seis meses de trabalho conjunto: trabalho com contrato, papéis em ordem e muito mais autonomia. Falta o médico de família, que depende do centro de saúde.",
        "Concluído como previsto: os objetivos principais foram alcançados e a mentorada tem contrato de trabalho.",
        new()
        {
            ["pt"] = ("Foi uma experiência muito bonita. Encontrámo-nos quase todas as semanas; ela chegava sempre preparada e fez quase tudo sozinha. "
                + "O meu papel foi sobretudo explicar como as coisas funcionam cá e dar-lhe confiança.",
                "Tem trabalho com contrato, trata dos papéis sozinha e já não tem medo de telefonar para os serviços."),
            ["en"] = ("A lovely experience. We met almost every week; she always came prepared and did nearly everything herself. "
                + "My part was mostly explaining how things work here and giving her confidence.",
                "She has a job with a contract, handles her papers on her own and is no longer afraid of calling the services."),
        },
        new()
        {
            ["pt"] = ("A minha mentora ajudou-me muito, sobretudo com os papéis e a preparar a entrevista. Sempre que tinha uma dúvida, ela respondia.",
                "Tenho trabalho e sinto que Lisboa já é a minha casa."),
            ["en"] = ("My mentor helped me a lot, above all with the papers and preparing for the interview. Whenever I had a question, she answered.",
                "I have a job, and Lisbon feels like home now."),
            ["uk"] = ("Моя наставниця дуже мені допомогла, особливо з документами та підготовкою до співбесіди. Коли я мала питання, вона завжди відповідала.",
                "У мене є робота, і Лісабон тепер для мене дім."),
            ["ar"] = ("ساعدتني مرشدتي كثيراً، خاصة في الأوراق والتحضير للمقابلة. كلما كان عندي سؤال كانت تجيبني.",
                "لديّ عمل الآن، وأشعر أن لشبونة أصبحت بيتي."),
        },
        5,
        5);

    /// <summary>Six months in Lisbon with the degree recognition unfinished: renewed with the same mentor.</summary>
    public static readonly DemoClosingStory LisbonRenewed = new(
        [
            new(GoalArea.LabourMarketOrientation, null, "Preparar o CV e inscrever-se no IEFP", "CV revisto e plano pessoal de emprego do IEFP",
                [("Juntar certificados e experiência", ActionOwner.Mentee), ("Rever o CV com uma recrutadora", ActionOwner.Mentor),
                    ("Marcar a entrevista no IEFP", ActionOwner.Mentee)]),
            new(GoalArea.Free, "Reconhecimento do diploma", "Pedir o reconhecimento do diploma de enfermagem", "Pedido entregue na DGES e decisão recebida",
                [("Traduzir e certificar o diploma", ActionOwner.Mentee), ("Saber que documentos a DGES pede", ActionOwner.Mentor),
                    ("Entregar o pedido", ActionOwner.Mentee)]),
        ],
        [
            "CV revisto por uma recrutadora; inscrita no IEFP com plano pessoal de emprego; já fez duas entrevistas.",
            "Diploma traduzido e certificado; o pedido ainda não foi entregue porque falta o programa das disciplinas da universidade.",
        ],
        "O caminho para o trabalho está aberto. O reconhecimento do diploma continua num novo processo com a mesma mentora.",
        "Concluído ao fim dos seis meses. O reconhecimento do diploma ainda decorre; renovamos com a mesma mentora.",
        new()
        {
            ["pt"] = ("Correu bem, mas a burocracia do reconhecimento é lenta e desanimou-a algumas vezes. Gostava de continuar com ela até ao fim desse processo.",
                "O CV está pronto, está inscrita no IEFP e já sabe preparar uma entrevista."),
            ["en"] = ("It went well, but the recognition paperwork is slow and discouraged her at times. I would like to go on with her until it is done.",
                "Her CV is ready, she is registered with the employment office and knows how to prepare for an interview."),
        },
        new()
        {
            ["pt"] = ("Aprendi a procurar trabalho em Portugal. A mentora foi muito paciente comigo.",
                "Falta o reconhecimento do diploma, por isso quero continuar."),
            ["en"] = ("I learnt how to look for work in Portugal. My mentor was very patient with me.",
                "The recognition of my degree is still missing, so I want to continue."),
            ["uk"] = ("Я навчилася шукати роботу в Португалії. Наставниця була дуже терплячою зі мною.",
                "Ще не визнали мій диплом, тому я хочу продовжити."),
            ["ar"] = ("تعلّمت كيف أبحث عن عمل في البرتغال. كانت مرشدتي صبورة جداً معي.",
                "لم يُعترف بشهادتي بعد، لذلك أريد أن أستمر."),
        },
        4,
        4);

    /// <summary>SMILE in Helsinki, ended early when the family moved to Tampere.</summary>
    public static readonly DemoClosingStory HelsinkiEndedEarly = new(
        [
            new(GoalArea.LabourMarketOrientation, null, "Get the hygiene passport and a work trial in a kitchen", "Hygiene passport passed and a work trial done",
                [("Study the hygiene passport material", ActionOwner.Mentee), ("Book the test", ActionOwner.Mentee),
                    ("Ask the TE Office about a work trial", ActionOwner.Mentor)]),
            new(GoalArea.Free, "Finnish language", "Reach A2 Finnish for work", "A2 in the course's final test",
                [("Join the evening Finnish course", ActionOwner.Mentee), ("Practise work phone calls in Finnish", ActionOwner.Mentor)]),
        ],
        [
            "Hygiene passport passed at the first try; a two-week work trial in a school kitchen in Kallio, with a good reference.",
            "Halfway through the A2 course when the family moved; she goes on with it at the adult education centre in Tampere.",
        ],
        "Ended early because the family moved to Tampere. The work goal was reached; the Finnish course goes on in her new city.",
        "Ended early: the family moved to Tampere. With her consent, the TE Office in Tampere has her job-search plan.",
        new()
        {
            ["en"] = ("A good start that ended too soon. She worked hard for the hygiene passport and did very well in the work trial. Then the family moved.",
                "She has the hygiene passport, knows how to look for work in Finland and speaks Finnish with much more confidence."),
        },
        new()
        {
            ["ar"] = ("كانت مرشدتي صبورة جداً وشرحت لي كيف يعمل المطبخ في فنلندا. حزنت لأننا لم نكمل البرنامج.",
                "حصلت على بطاقة النظافة الغذائية، وجرّبت العمل في مطبخ مدرسة، وأصبحت أتكلم الفنلندية بثقة أكبر."),
            ["en"] = ("My mentor was very patient and explained how a kitchen works in Finland. I was sad that we could not finish the programme.",
                "I have the hygiene passport, I tried working in a school kitchen and I speak Finnish with more confidence."),
            ["pt"] = ("A minha mentora foi muito paciente e explicou-me como funciona uma cozinha na Finlândia. Fiquei triste por não terminarmos o programa.",
                "Tenho o passaporte de higiene, experimentei trabalhar numa cozinha escolar e falo finlandês com mais confiança."),
            ["uk"] = ("Моя наставниця була дуже терплячою і пояснила, як працює кухня у Фінляндії. Мені шкода, що ми не завершили програму.",
                "Я маю санітарний паспорт, спробувала працювати на шкільній кухні й говорю фінською впевненіше."),
        },
        4,
        4);

    /// <summary>The renewed process's first meeting, on the carried goal.</summary>
    public static readonly DemoMeetingNote RenewedFirstMeeting = new(
        MeetingTopic.Other | MeetingTopic.LabourMarketOrientation,
        "We picked up where we left off: the translated diploma and the DGES checklist. The university's syllabus is still missing; she wrote "
        + "to the university and I called DGES about the deadline.",
        "She sends the application as soon as the syllabus arrives; we check it together first.");

    /// <summary>The note on an achieved goal, in the plan's language.</summary>
    public static string AchievedNote(string language) => language switch
    {
        "pt" => "Concluído: todos os passos estão feitos.",
        _ => "Done: every step of it is behind her.",
    };
}
