using Ponte.Domain.Mentoring;
using Ponte.Domain.Programmes;

namespace Ponte.Domain.Demo;

/// <summary>A goal of a demo support plan: its area, text and measure, and the actions the pair writes under it.</summary>
internal sealed record DemoGoal(GoalArea Area, string? FreeAreaName, string What, string Measure, (string What, ActionOwner Who)[] Actions);

/// <summary>What a demo meeting's log says: its topics, the notes both sides read, the next steps, sometimes the author's private note, and where it was when the notes say.</summary>
internal sealed record DemoMeetingNote(MeetingTopic Topics, string SharedNotes, string NextSteps, string? PrivateNote = null, string? Place = null);

/// <summary>
/// The words of the demo network after the match: each programme's commitment agreement in its
/// organisation's language and in English, the pairs' goals, support plan goals and meeting notes.
/// Placeholders: {city}, {office} (the employment office), {migration} (the migration office),
/// {tax} (the tax office).
/// </summary>
internal static class DemoMentoringTexts
{
    /// <summary>The agreement a programme's manager wrote, in <paramref name="language"/> (the organisation's own or English).</summary>
    public static AgreementSections Agreement(ProgrammeTemplate template, string language)
    {
        var s = (template, language) switch
        {
            (ProgrammeTemplate.PortugueseMentoringForMigrants, "pt") => LisbonPt,
            (ProgrammeTemplate.PortugueseMentoringForMigrants, _) => LisbonEn,
            (ProgrammeTemplate.AurorasMentoring, "fi") => AurorasFi,
            (ProgrammeTemplate.AurorasMentoring, _) => AurorasEn,
            (ProgrammeTemplate.Smile, "fi") => SmileFi,
            (ProgrammeTemplate.Smile, _) => SmileEn,
            (ProgrammeTemplate.Rethink, "lv") => RethinkLv,
            (ProgrammeTemplate.Rethink, _) => RethinkEn,
            (ProgrammeTemplate.SocialMentorSupportUkrainianRefugees, "lv") => UkrainianLv,
            (ProgrammeTemplate.SocialMentorSupportUkrainianRefugees, _) => UkrainianEn,
            _ => throw new ArgumentOutOfRangeException(nameof(template), template, "The demo has no agreement for this programme."),
        };
        return AgreementSections.Create(s[0], s[1], s[2], s[3], s[4], s[5]);
    }

    /// <summary>The pair's goals as the manager writes them into the agreement, in its language.</summary>
    public static string PairGoals(IEnumerable<GoalArea> areas, string language)
    {
        var phrases = areas.Select(a => PairGoalPhrases[language][a]).ToList();
        var intro = language switch
        {
            "pt" => "Nesta mentoria vamos trabalhar para estes objetivos: ",
            "fi" => "Tämän mentoroinnin tavoitteet ovat: ",
            "lv" => "Šīs mentorēšanas mērķi ir: ",
            _ => "In this mentoring we will work towards these goals: ",
        };
        return intro + string.Join("; ", phrases) + ".";
    }

    public static string GroupGoals(string language) => language switch
    {
        "fi" => "Ryhmä työskentelee jokaisen jäsenen uratavoitteen hyväksi: työpaikka tai seuraava askel omalla alalla Suomessa, "
            + "vahvempi ammatillinen verkosto ja varmuus suomalaisessa rekrytoinnissa.",
        _ => "The group works on each member's career goal: a job or a next step in her own field in Finland, "
            + "a stronger professional network and confidence in Finnish recruitment.",
    };

    public const string SamiraPairGoals =
        "A job in a Helsinki bakery within six months: a Finnish CV, applications and interview practice. Finnish for work, through an evening "
        + "course. Knowing what a café-bakery of her own would need one day: hygiene rules, food premises registration, a business ID and taxes.";

    public const string TatianaPairGoals =
        "The most urgent matters first: the residence permit renewal, a family doctor and a stable place to live. Then Latvian lessons and "
        + "the first steps back into digital marketing work.";

    /// <summary>The line a manager adds when a pair moves to meeting every two weeks (the agreement's second version).</summary>
    public static string FortnightlyNote(string language) => language switch
    {
        "pt" => " A partir de agora encontramo-nos de duas em duas semanas, por causa dos novos turnos de trabalho da mentorada.",
        "fi" => " Tapaamme tästä lähtien kahden viikon välein mentoroitavan uusien työvuorojen vuoksi.",
        "lv" => " Turpmāk tiekamies reizi divās nedēļās mentorējamās jauno darba maiņu dēļ.",
        _ => " From now on we meet every two weeks, because of the mentee's new work shifts.",
    };

    private static readonly Dictionary<string, Dictionary<GoalArea, string>> PairGoalPhrases = new(StringComparer.Ordinal)
    {
        ["en"] = new()
        {
            [GoalArea.LabourMarketOrientation] = "understand how the local job market works and take concrete steps towards work in her field",
            [GoalArea.HealthAndHabits] = "find her way in the health system and build daily routines that help her feel well",
            [GoalArea.ParentingAndFamily] = "know the schools, day care and family services for her children",
            [GoalArea.RightsAndObligations] = "know her rights and obligations: residence permit, taxes, social security and work contracts",
            [GoalArea.CityOrientation] = "feel at home in the city: services, transport, libraries and places to meet people",
        },
        ["pt"] = new()
        {
            [GoalArea.LabourMarketOrientation] = "compreender como funciona o mercado de trabalho e dar passos concretos para trabalhar na sua área",
            [GoalArea.HealthAndHabits] = "orientar-se no Serviço Nacional de Saúde e criar rotinas diárias que a ajudem a sentir-se bem",
            [GoalArea.ParentingAndFamily] = "conhecer as escolas, as creches e os serviços de apoio à família para os filhos",
            [GoalArea.RightsAndObligations] = "conhecer os seus direitos e deveres: autorização de residência, impostos, segurança social e contratos de trabalho",
            [GoalArea.CityOrientation] = "sentir-se em casa na cidade: serviços, transportes, bibliotecas e lugares para conhecer pessoas",
        },
        ["fi"] = new()
        {
            [GoalArea.LabourMarketOrientation] = "ymmärtää, miten suomalaiset työmarkkinat toimivat, ja ottaa konkreettisia askelia kohti oman alan työtä",
            [GoalArea.HealthAndHabits] = "oppia käyttämään terveyspalveluja ja löytää arjen rutiinit, jotka tukevat hyvinvointia",
            [GoalArea.ParentingAndFamily] = "tutustua kouluihin, varhaiskasvatukseen ja perheiden palveluihin",
            [GoalArea.RightsAndObligations] = "tuntea omat oikeudet ja velvollisuudet: oleskelulupa, verotus, Kela ja työsopimukset",
            [GoalArea.CityOrientation] = "kotiutua kaupunkiin: palvelut, liikenne, kirjastot ja paikat, joissa tavata ihmisiä",
        },
        ["lv"] = new()
        {
            [GoalArea.LabourMarketOrientation] = "saprast, kā darbojas Latvijas darba tirgus, un spert konkrētus soļus ceļā uz darbu savā jomā",
            [GoalArea.HealthAndHabits] = "orientēties veselības aprūpes sistēmā un izveidot ikdienas paradumus, kas palīdz justies labi",
            [GoalArea.ParentingAndFamily] = "iepazīt skolas, bērnudārzus un ģimenes atbalsta pakalpojumus",
            [GoalArea.RightsAndObligations] = "zināt savas tiesības un pienākumus: uzturēšanās atļauja, nodokļi, sociālās garantijas un darba līgumi",
            [GoalArea.CityOrientation] = "justies kā mājās pilsētā: pakalpojumi, transports, bibliotēkas un vietas, kur satikt cilvēkus",
        },
    };

    // ------------------------------------------------------------ agreements (Goals, MeetingRhythm, Duration, Roles, Confidentiality, EndingEarly)

    private static readonly string[] LisbonEn =
    [
        "The mentoring supports the mentee in the goals she sets for her life in Portugal: work, qualifications, a business of her own, health, "
        + "family or taking part in the community. Mentor and mentee write the goals of this pair below and review them at each monthly check-in. "
        + "The mentor offers experience, contacts and encouragement; the decisions are always the mentee's.",
        "Mentor and mentee meet once a week, for about an hour, in a public place, at the Associação or online. Whoever cannot come lets the "
        + "other know at least a day in advance. Once a month the pair has a short check-in with the programme coordinator.",
        "The mentoring lasts six months from the day everyone has accepted this agreement. At the end, the mentee, the mentor and the "
        + "Associação each complete a final evaluation. The pair may ask the coordinator to extend the mentoring once, by up to three months.",
        "The mentee leads: she chooses the topics and takes the steps she agrees to. The mentor listens, shares what she knows and opens doors, "
        + "but does not act on the mentee's behalf, lend money or give legal advice. Associação Ponte Lisboa trains and supports the mentor, "
        + "answers questions from both and steps in if a problem arises.",
        "What is said in the meetings stays between mentor and mentee. The mentor shares information with the coordinator only with the "
        + "mentee's consent, unless someone's safety is at risk. The Associação handles personal data in accordance with the GDPR and its privacy notice.",
        "Either side may end the mentoring early by telling the coordinator, without having to give a reason. The coordinator then talks with "
        + "each of them and, where it helps, proposes a new match. The Associação may end a mentoring that breaks this agreement or the "
        + "programme's code of conduct.",
    ];

    private static readonly string[] LisbonPt =
    [
        "A mentoria apoia a mentorada nos objetivos que ela define para a sua vida em Portugal: trabalho, qualificações, um negócio próprio, "
        + "saúde, família ou participação na comunidade. A pessoa mentora e a mentorada escrevem abaixo os objetivos deste par e revêem-nos "
        + "em cada acompanhamento mensal. Quem mentora oferece experiência, contactos e incentivo; as decisões são sempre da mentorada.",
        "A pessoa mentora e a mentorada encontram-se uma vez por semana, cerca de uma hora, num espaço público, na Associação ou online. "
        + "Quem não puder comparecer avisa a outra parte com pelo menos um dia de antecedência. Uma vez por mês, o par tem um breve "
        + "acompanhamento com a coordenação do programa.",
        "A mentoria dura seis meses a contar do dia em que todas as partes aceitam este acordo. No final, a mentorada, a pessoa mentora e a "
        + "Associação preenchem cada uma a sua avaliação final. O par pode pedir à coordenação que prolongue a mentoria uma vez, até três meses.",
        "A mentorada conduz o processo: escolhe os temas e dá os passos que combinar. A pessoa mentora ouve, partilha o que sabe e abre portas, "
        + "mas não age em nome da mentorada, não empresta dinheiro nem dá aconselhamento jurídico. A Associação Ponte Lisboa forma e acompanha "
        + "a pessoa mentora, responde às dúvidas de ambas as partes e intervém se surgir algum problema.",
        "O que se diz nos encontros fica entre a pessoa mentora e a mentorada. A pessoa mentora só partilha informação com a coordenação com "
        + "o consentimento da mentorada, exceto se a segurança de alguém estiver em risco. A Associação trata os dados pessoais de acordo com "
        + "o RGPD e o seu aviso de privacidade.",
        "Qualquer das partes pode terminar a mentoria antes do tempo, informando a coordenação, sem ter de explicar porquê. A coordenação "
        + "conversa então com cada uma das partes e, se for útil, propõe um novo par. A Associação pode terminar uma mentoria que não "
        + "respeite este acordo ou o código de conduta do programa.",
    ];

    private static readonly string[] AurorasEn =
    [
        "Auroras group mentoring helps women with a degree or work experience find their way into Finnish working life. Each member sets her "
        + "own career goal at the first session, and the group works towards everyone's goals together. The mentor brings her knowledge of "
        + "Finnish workplaces and her network; the members bring their experience and support one another.",
        "The group meets every two weeks for a two-hour session, at Silta ry or online, and the mentor may offer a short individual meeting "
        + "between sessions. Members let the mentor know in advance if they cannot come. Sessions start and end on time.",
        "The group mentoring lasts three months, about seven sessions, starting when everyone has accepted this agreement. The last session is "
        + "a joint review of what each member has achieved and what she does next. A member who joins later follows the group's remaining sessions.",
        "The mentor plans and facilitates the sessions, shares her experience and connects members with employers and networks. Each member "
        + "takes part actively, does the tasks she agrees to and respects the others. Silta ry trains the mentors, supports the group and is "
        + "the first contact if something goes wrong.",
        "What members tell about themselves in the group stays in the group. Nobody shares another member's story, photo or contact details "
        + "outside the group without her permission. Silta ry processes personal data according to the GDPR and its privacy notice.",
        "A member may leave the group at any time by telling the mentor or Silta ry; a short feedback conversation helps us improve. The mentor "
        + "may end the group early only together with Silta ry. Silta ry may ask a member to leave if she repeatedly breaks this agreement.",
    ];

    private static readonly string[] AurorasFi =
    [
        "Auroras-ryhmämentorointi tukee naisia, joilla on tutkinto tai työkokemusta, löytämään paikkansa suomalaisessa työelämässä. Jokainen "
        + "jäsen asettaa ensimmäisellä tapaamisella oman uratavoitteensa, ja ryhmä työskentelee kaikkien tavoitteiden hyväksi yhdessä. Mentori "
        + "tuo mukanaan tuntemuksensa suomalaisista työpaikoista ja verkostonsa; jäsenet tuovat oman kokemuksensa ja tukevat toisiaan.",
        "Ryhmä tapaa kahden viikon välein kahden tunnin ajan Silta ry:n tiloissa tai verkossa, ja mentori voi tarjota lyhyen henkilökohtaisen "
        + "tapaamisen tapaamisten välillä. Jäsenet ilmoittavat mentorille etukäteen, jos eivät pääse paikalle. Tapaamiset alkavat ja päättyvät ajallaan.",
        "Ryhmämentorointi kestää kolme kuukautta, noin seitsemän tapaamista, ja alkaa, kun kaikki ovat hyväksyneet tämän sopimuksen. "
        + "Viimeisellä tapaamisella käydään yhdessä läpi, mitä kukin on saavuttanut ja mitä hän tekee seuraavaksi. Myöhemmin mukaan tuleva "
        + "jäsen osallistuu ryhmän jäljellä oleviin tapaamisiin.",
        "Mentori suunnittelee ja ohjaa tapaamiset, jakaa kokemustaan ja auttaa jäseniä luomaan yhteyksiä työnantajiin ja verkostoihin. "
        + "Jokainen jäsen osallistuu aktiivisesti, tekee sovitut tehtävät ja kunnioittaa muita. Silta ry kouluttaa mentorit, tukee ryhmää ja "
        + "on ensimmäinen yhteystaho, jos jokin menee pieleen.",
        "Se, mitä jäsenet kertovat itsestään ryhmässä, jää ryhmän sisälle. Kukaan ei jaa toisen jäsenen tarinaa, kuvaa tai yhteystietoja "
        + "ryhmän ulkopuolelle ilman tämän lupaa. Silta ry käsittelee henkilötietoja EU:n tietosuoja-asetuksen ja oman tietosuojaselosteensa mukaisesti.",
        "Jäsen voi lopettaa ryhmässä milloin tahansa kertomalla siitä mentorille tai Silta ry:lle; lyhyt palautekeskustelu auttaa meitä "
        + "kehittämään toimintaa. Mentori voi päättää ryhmän ennenaikaisesti vain yhdessä Silta ry:n kanssa. Silta ry voi pyytää jäsentä "
        + "lopettamaan, jos hän toistuvasti rikkoo tätä sopimusta.",
    ];

    private static readonly string[] SmileEn =
    [
        "SMILE mentoring supports the mentee in building her everyday life and working life in Finland. At the start the mentee rates her "
        + "situation from 1 to 5 in the SMILE areas and, together with the mentor, chooses the goals written below. The self-ratings are "
        + "repeated every two to three months so that the progress shows.",
        "Mentor and mentee meet once a week, for about an hour, face to face or online. They agree on the next meeting at the end of each one "
        + "and tell each other in good time if plans change. Meetings take place in public places, at Silta ry or online, not at either one's home.",
        "The mentoring lasts six months from the day everyone has accepted this agreement. Around the midpoint and at the end the pair reviews "
        + "the goals with the SMILE self-ratings. The mentoring may be extended once, by agreement with Silta ry.",
        "The mentee decides on her goals and takes the steps she agrees to. The mentor supports, encourages and shares her knowledge of Finnish "
        + "society and working life; she is not an interpreter, a lawyer or a social worker. Silta ry trains and supervises the mentors and "
        + "helps both sides whenever needed.",
        "Mentor and mentee keep what they discuss to themselves. The mentor tells Silta ry about the mentee's matters only with her consent, "
        + "except when someone's safety is at risk. Silta ry processes personal data according to the GDPR and its privacy notice.",
        "Either side may end the mentoring at any time by telling Silta ry; no reason is needed. Silta ry then talks with both and, if the "
        + "mentee wishes, looks for a new mentor. Silta ry may end a mentoring that breaks this agreement.",
    ];

    private static readonly string[] SmileFi =
    [
        "SMILE-mentorointi tukee mentoroitavaa arjen ja työelämän rakentamisessa Suomessa. Alussa mentoroitava arvioi tilanteensa asteikolla "
        + "1–5 SMILE-osa-alueilla ja valitsee yhdessä mentorin kanssa alla kirjatut tavoitteet. Itsearviointi toistetaan kahden tai kolmen "
        + "kuukauden välein, jotta edistyminen näkyy.",
        "Mentori ja mentoroitava tapaavat kerran viikossa noin tunnin ajan kasvokkain tai verkossa. He sopivat seuraavasta tapaamisesta aina "
        + "edellisen lopussa ja kertovat toisilleen hyvissä ajoin, jos suunnitelmat muuttuvat. Tapaamiset pidetään julkisissa paikoissa, "
        + "Silta ry:n tiloissa tai verkossa, ei kummankaan kotona.",
        "Mentorointi kestää kuusi kuukautta siitä päivästä, jona kaikki ovat hyväksyneet tämän sopimuksen. Puolivälissä ja lopussa pari käy "
        + "tavoitteet läpi SMILE-itsearvioinnin avulla. Mentorointia voidaan jatkaa kerran, kun siitä sovitaan Silta ry:n kanssa.",
        "Mentoroitava päättää tavoitteistaan ja ottaa sovitut askeleet. Mentori tukee, kannustaa ja jakaa tietoaan suomalaisesta "
        + "yhteiskunnasta ja työelämästä; hän ei toimi tulkkina, juristina eikä sosiaalityöntekijänä. Silta ry kouluttaa ja ohjaa mentoreita "
        + "ja auttaa molempia osapuolia aina tarvittaessa.",
        "Mentori ja mentoroitava pitävät keskustelunsa omana tietonaan. Mentori kertoo mentoroitavan asioista Silta ry:lle vain tämän "
        + "suostumuksella, paitsi jos jonkun turvallisuus on vaarassa. Silta ry käsittelee henkilötietoja EU:n tietosuoja-asetuksen ja oman "
        + "tietosuojaselosteensa mukaisesti.",
        "Kumpi tahansa voi lopettaa mentoroinnin milloin tahansa ilmoittamalla siitä Silta ry:lle; syytä ei tarvitse kertoa. Silta ry "
        + "keskustelee silloin molempien kanssa ja etsii mentoroitavalle halutessa uuden mentorin. Silta ry voi päättää mentoroinnin, joka "
        + "rikkoo tätä sopimusta.",
    ];

    private static readonly string[] RethinkEn =
    [
        "RETHINK mentoring helps the mentee to rethink and plan her next steps in Latvia: work, study, everyday life and taking part in "
        + "society. In the first weeks mentor and mentee draw up a personal action plan with concrete goals, written below and in the support "
        + "plan. The action plan is reviewed at every check-in with Tilts.",
        "Mentor and mentee meet once a week, for one to two hours, at Tilts, in a public place or online. Every two months the pair has a "
        + "check-in with the programme coordinator. If a meeting cannot take place, the one who cancels suggests a new time.",
        "The mentoring lasts six months from the day everyone has accepted this agreement. In the last month the pair prepares how the mentee "
        + "continues on her own, and both complete a final evaluation. An extension is possible once, by agreement with Tilts.",
        "The mentee owns her action plan and decides what she works on. The mentor, trained by Tilts for 40 hours, guides, encourages and "
        + "shares contacts, but does not take decisions or act on the mentee's behalf. Tilts coordinates the programme, supervises the mentors "
        + "and supports both sides.",
        "Everything discussed in the mentoring is confidential. The mentor passes information to Tilts only with the mentee's consent, unless "
        + "there is a risk to someone's safety or health. Tilts processes personal data according to the GDPR and its privacy notice.",
        "Either side may end the mentoring early by telling the coordinator at Tilts. The coordinator holds a closing conversation with each "
        + "of them and records what was achieved. Tilts may end a mentoring that breaks this agreement or puts anyone at risk.",
    ];

    private static readonly string[] RethinkLv =
    [
        "RETHINK mentorēšana palīdz mentorējamajai pārdomāt un plānot savus nākamos soļus Latvijā: darbs, mācības, ikdienas dzīve un "
        + "līdzdalība sabiedrībā. Pirmajās nedēļās mentors un mentorējamā sagatavo personīgo rīcības plānu ar konkrētiem mērķiem, kas "
        + "ierakstīti zemāk un atbalsta plānā. Rīcības plānu pārskata katrā starpposma sarunā ar biedrību Tilts.",
        "Mentors un mentorējamā tiekas reizi nedēļā uz vienu līdz divām stundām biedrībā Tilts, publiskā vietā vai tiešsaistē. Reizi divos "
        + "mēnešos pārim ir saruna ar programmas koordinatoru. Ja tikšanās nevar notikt, tas, kurš to atceļ, piedāvā jaunu laiku.",
        "Mentorēšana ilgst sešus mēnešus no dienas, kad visi ir pieņēmuši šo vienošanos. Pēdējā mēnesī pāris sagatavojas tam, kā "
        + "mentorējamā turpinās patstāvīgi, un abi aizpilda noslēguma novērtējumu. Vienu reizi mentorēšanu var pagarināt, vienojoties ar Tilts.",
        "Rīcības plāns pieder mentorējamajai, un viņa pati izlemj, pie kā strādāt. Mentors, kuru Tilts ir apmācījis 40 stundu apjomā, vada, "
        + "iedrošina un dalās kontaktos, bet nepieņem lēmumus un nerīkojas mentorējamās vārdā. Tilts koordinē programmu, uzrauga mentorus "
        + "un atbalsta abas puses.",
        "Viss, kas tiek pārrunāts mentorēšanā, ir konfidenciāls. Mentors nodod informāciju biedrībai Tilts tikai ar mentorējamās piekrišanu, "
        + "ja vien nav apdraudēta kāda drošība vai veselība. Tilts apstrādā personas datus saskaņā ar VDAR un savu privātuma paziņojumu.",
        "Jebkura puse var pārtraukt mentorēšanu pirms termiņa, par to paziņojot Tilts koordinatoram. Koordinators ar katru no viņiem "
        + "aprunājas noslēguma sarunā un pieraksta sasniegto. Tilts var pārtraukt mentorēšanu, kas pārkāpj šo vienošanos vai rada kādam risku.",
    ];

    private static readonly string[] UkrainianEn =
    [
        "Social mentor support helps women who fled the war in Ukraine to settle in Riga: documents, housing, schools, health care, benefits "
        + "and, when she is ready, work. Mentor and mentee first agree on the most urgent matters and write them below. The aim is that after "
        + "sixty days the mentee handles these matters on her own.",
        "In the first weeks mentor and mentee are in touch every working day, in person, by phone or by message, and meet whenever an office "
        + "visit or an appointment needs company. Later they meet two or three times a week. Both answer messages within a working day and say "
        + "in advance when they are not available.",
        "The support lasts sixty days from the day everyone has accepted this agreement. Near the end mentor and mentee check together which "
        + "matters are settled and where the mentee can turn next. Tilts may extend the support if an important matter is still open.",
        "The mentee decides about her own life; the mentor explains, goes with her to offices and appointments and helps her find the right "
        + "service. The mentor does not translate official documents, handle money or take decisions for the mentee. Tilts trains and "
        + "supervises the mentors, works with the Riga social service and the Ukrainian community centre, and helps in urgent situations.",
        "What the mentee tells the mentor stays between them, all the more because of what she has lived through. The mentor shares "
        + "information with Tilts or a service only with the mentee's consent, unless someone's life or health is at risk. Tilts processes "
        + "personal data according to the GDPR and its privacy notice.",
        "The mentee may end the support at any time by telling the mentor or Tilts. The mentor may step back only through Tilts, which then "
        + "finds another mentor so that the mentee is not left alone. Tilts may end the support if this agreement is broken or the mentee "
        + "moves away from Riga.",
    ];

    private static readonly string[] UkrainianLv =
    [
        "Sociālā mentora atbalsts palīdz sievietēm, kuras bēgušas no kara Ukrainā, iedzīvoties Rīgā: dokumenti, mājoklis, skolas, veselības "
        + "aprūpe, pabalsti un, kad viņa ir gatava, darbs. Mentors un mentorējamā vispirms vienojas par steidzamākajiem jautājumiem un "
        + "ieraksta tos zemāk. Mērķis ir, lai pēc sešdesmit dienām mentorējamā šos jautājumus kārtotu patstāvīgi.",
        "Pirmajās nedēļās mentors un mentorējamā sazinās katru darba dienu klātienē, pa tālruni vai ar ziņām un tiekas, kad uz iestādi vai "
        + "vizīti vajadzīgs pavadonis. Vēlāk viņi tiekas divas vai trīs reizes nedēļā. Abi atbild uz ziņām vienas darba dienas laikā un "
        + "laikus brīdina, ja nebūs pieejami.",
        "Atbalsts ilgst sešdesmit dienas no dienas, kad visi ir pieņēmuši šo vienošanos. Tuvojoties beigām, mentors un mentorējamā kopā "
        + "pārbauda, kuri jautājumi ir nokārtoti un kur mentorējamā var vērsties turpmāk. Tilts var pagarināt atbalstu, ja kāds svarīgs "
        + "jautājums vēl nav atrisināts.",
        "Mentorējamā pati lemj par savu dzīvi; mentors izskaidro, pavada uz iestādēm un vizītēm un palīdz atrast vajadzīgo pakalpojumu. "
        + "Mentors netulko oficiālus dokumentus, nerīkojas ar naudu un nepieņem lēmumus mentorējamās vietā. Tilts apmāca un uzrauga "
        + "mentorus, sadarbojas ar Rīgas sociālo dienestu un Ukraiņu kopienas centru un palīdz ārkārtas situācijās.",
        "Tas, ko mentorējamā stāsta mentoram, paliek starp viņiem; tas ir īpaši svarīgi, ņemot vērā viņas pieredzēto. Mentors dalās "
        + "informācijā ar Tilts vai kādu dienestu tikai ar mentorējamās piekrišanu, ja vien nav apdraudēta kāda dzīvība vai veselība. "
        + "Tilts apstrādā personas datus saskaņā ar VDAR un savu privātuma paziņojumu.",
        "Mentorējamā var pārtraukt atbalstu jebkurā laikā, par to paziņojot mentoram vai Tilts. Mentors var atkāpties tikai ar Tilts "
        + "starpniecību, un Tilts tad atrod citu mentoru, lai mentorējamā nepaliktu viena. Tilts var pārtraukt atbalstu, ja šī vienošanās "
        + "tiek pārkāpta vai mentorējamā pārceļas prom no Rīgas.",
    ];

    // ------------------------------------------------------------ support plans

    /// <summary>Goals pairs write, by area; the builder fills in the placeholders for the site.</summary>
    public static readonly Dictionary<GoalArea, DemoGoal[]> Goals = new()
    {
        [GoalArea.LabourMarketOrientation] =
        [
            new(GoalArea.LabourMarketOrientation, null, "Write a CV and a cover letter for jobs in her field",
                "The CV is finished and checked by a recruiter from the mentor's network",
                [("Collect certificates and past job titles", ActionOwner.Mentee), ("Ask a recruiter friend to review the CV", ActionOwner.Mentor),
                    ("Send the CV to two employers", ActionOwner.Mentee)]),
            new(GoalArea.LabourMarketOrientation, null, "Register with {office} and use its job-search services",
                "She has a job-search plan from {office} and has applied for one course",
                [("Book the first appointment", ActionOwner.Mentee), ("Go through the office's website and forms together", ActionOwner.Mentor)]),
            new(GoalArea.LabourMarketOrientation, null, "Have her foreign degree recognised",
                "The recognition application is submitted",
                [("Find out which authority recognises the degree", ActionOwner.Mentor), ("Get the diploma and transcript translated", ActionOwner.Mentee),
                    ("Fill in the application form together", ActionOwner.Mentee)]),
        ],
        [GoalArea.HealthAndHabits] =
        [
            new(GoalArea.HealthAndHabits, null, "Register with a family doctor and know how to book appointments",
                "She has booked and attended an appointment on her own",
                [("Register at the local health centre", ActionOwner.Mentee), ("Show how the booking line and the app work", ActionOwner.Mentor)]),
            new(GoalArea.HealthAndHabits, null, "Build a weekly routine with exercise and time for herself",
                "She goes to a weekly activity for a month",
                [("Look up free activities in the neighbourhood", ActionOwner.Mentor), ("Try the women-only swimming hour at the public pool", ActionOwner.Mentee)]),
        ],
        [GoalArea.ParentingAndFamily] =
        [
            new(GoalArea.ParentingAndFamily, null, "Understand the school system and talk with the children's teachers",
                "She has been to a parents' evening and knows how to message the school",
                [("Explain how the school's messaging system works", ActionOwner.Mentor), ("Ask the school for an interpreter at the next meeting", ActionOwner.Mentee)]),
            new(GoalArea.ParentingAndFamily, null, "Find a day-care place for the youngest child",
                "The day-care application is submitted",
                [("Visit two day-care centres near home", ActionOwner.Mentee), ("Fill in the day-care application together", ActionOwner.Mentor)]),
        ],
        [GoalArea.RightsAndObligations] =
        [
            new(GoalArea.RightsAndObligations, null, "Understand her work contract, pay slip and taxes",
                "She can explain her pay slip and has registered with {tax}",
                [("Bring last month's pay slip to the meeting", ActionOwner.Mentee), ("Look up the collective agreement for her sector", ActionOwner.Mentor)]),
            new(GoalArea.RightsAndObligations, null, "Renew the residence permit in time",
                "The renewal is submitted to {migration} before the deadline",
                [("List the documents needed", ActionOwner.Mentor), ("Book the appointment at {migration}", ActionOwner.Mentee)]),
        ],
        [GoalArea.CityOrientation] =
        [
            new(GoalArea.CityOrientation, null, "Find her way around {city} by public transport",
                "She travels alone to a new place each week",
                [("Install the journey planner app together", ActionOwner.Mentor), ("Buy a monthly travel card", ActionOwner.Mentee)]),
            new(GoalArea.CityOrientation, null, "Join a club or a volunteer group to meet people",
                "She has been to a group three times",
                [("Visit the library's language café", ActionOwner.Mentee), ("Ask the community centre about volunteering", ActionOwner.Mentor)]),
        ],
    };

    public static readonly DemoGoal[] SamiraGoals =
    [
        new(GoalArea.LabourMarketOrientation, null, "Get a job in a Helsinki bakery",
            "A signed work contract with a bakery",
            [("Rewrite the CV in Finnish with the bakery experience first", ActionOwner.Mentee), ("Ask two bakers I know about openings", ActionOwner.Mentor),
                ("Apply to at least two jobs", ActionOwner.Mentee), ("Practise the job interview", ActionOwner.Mentee)]),
        new(GoalArea.RightsAndObligations, null, "Know what a café-bakery of her own would need: permits, food premises registration, a business ID and taxes",
            "A written checklist and an advice session at the city's enterprise agency",
            [("Get the hygiene passport", ActionOwner.Mentee), ("Book a free advice session at NewCo Helsinki", ActionOwner.Mentee),
                ("Find out how food premises are registered with the city's environment services", ActionOwner.Mentor)]),
        new(GoalArea.CityOrientation, null, "Build a network in Helsinki's food sector",
            "She has met three people who run or work in bakeries or cafés",
            [("Introduce Samira to a café owner I know in Kallio", ActionOwner.Mentor), ("Go to the food entrepreneurs' evening at the library", ActionOwner.Mentee)]),
        new(GoalArea.Free, "Finnish language", "Reach A2 Finnish for work",
            "The A2 certificate from the evening course",
            [("Apply to the Finnish for work evening course", ActionOwner.Mentee), ("Practise bakery vocabulary at every meeting", ActionOwner.Mentor)]),
    ];

    public static readonly DemoGoal[] TatianaGoals =
    [
        new(GoalArea.RightsAndObligations, null, "Renew the residence permit and register with the State Employment Agency",
            "The permit is renewed and she has her first appointment at the NVA",
            [("List the documents the PMLP asks for", ActionOwner.Mentor), ("Go to the PMLP office together", ActionOwner.Mentee),
                ("Register with the NVA online", ActionOwner.Mentee)]),
        new(GoalArea.HealthAndHabits, null, "Register with a family doctor and keep the monthly GP appointments",
            "She has a family doctor and goes to her appointments on her own",
            [("Find a family doctor who takes new patients and speaks Russian", ActionOwner.Mentor), ("Register with the practice", ActionOwner.Mentee)]),
        new(GoalArea.LabourMarketOrientation, null, "Get back into digital marketing work",
            "A Latvian CV, a portfolio of her Kharkiv projects and two applications",
            [("Collect screenshots and results of three client projects", ActionOwner.Mentee), ("Ask the NVA about its digital marketing course", ActionOwner.Mentor)]),
    ];

    public static readonly DemoGoal[] FatimaGoals =
    [
        new(GoalArea.LabourMarketOrientation, null, "Choose a retraining path and apply for the spring intake",
            "The application to the practical nurse programme is submitted",
            [("Compare the practical nurse and early childhood education programmes", ActionOwner.Mentee), ("Visit the vocational college's open day together", ActionOwner.Mentor),
                ("Ask the TE Office whether she keeps her unemployment benefit while studying", ActionOwner.Mentee)]),
        new(GoalArea.ParentingAndFamily, null, "Plan a week where studies fit around the children",
            "A weekly plan with her husband's shifts, school, day care and study hours",
            [("Ask the day-care centre about longer hours", ActionOwner.Mentee)]),
    ];

    // ------------------------------------------------------------ meetings

    public static readonly DemoMeetingNote FirstMeeting = new(
        MeetingTopic.Other | MeetingTopic.LabourMarketOrientation,
        "First meeting: we got to know each other, talked about our families and what she hopes from the mentoring. We chose the goals for "
        + "the support plan and agreed to meet on the same weekday each week.",
        "She brings her certificates next time; I bring a few job adverts to look at together.",
        "Very motivated, a little shy at first. Speaks more freely in English than in the local language for now.");

    /// <summary>Notes of later meetings, by the area they worked on.</summary>
    public static readonly Dictionary<GoalArea, DemoMeetingNote[]> Notes = new()
    {
        [GoalArea.LabourMarketOrientation] =
        [
            new(MeetingTopic.LabourMarketOrientation,
                "Went through three job adverts and what they really ask for. Practised a two-minute introduction about her work experience.",
                "She rewrites the introduction; I send her two adverts from my network."),
            new(MeetingTopic.LabourMarketOrientation,
                "Worked on the CV together: shortened it to two pages, put the most recent job first and added a local phone number. Talked "
                + "about how job interviews go here: punctuality, questions about salary, asking questions at the end.",
                "She sends the CV to the recruiter; we practise interview questions next time.",
                "She undersells her experience. Encourage her to talk about the team she led."),
            new(MeetingTopic.LabourMarketOrientation | MeetingTopic.RightsAndObligations,
                "Went to {office} together for her first appointment. She now has a job-search plan and knows which courses she can apply for.",
                "She chooses one course before the next meeting."),
        ],
        [GoalArea.HealthAndHabits] =
        [
            new(MeetingTopic.HealthAndHabits,
                "Talked about sleep and stress since the move. We found the health centre's booking line and the hours it answers.",
                "She books a GP appointment; we meet at the library next week.",
                "She seemed tired and low today. If it goes on, mention the counselling service again and tell the coordinator (with her consent)."),
            new(MeetingTopic.HealthAndHabits | MeetingTopic.CityOrientation,
                "Walked together to the swimming hall and checked the women-only hours. She would like to go with her neighbour.",
                "She tries the swimming hour on Saturday and tells me how it went."),
        ],
        [GoalArea.ParentingAndFamily] =
        [
            new(MeetingTopic.ParentingAndFamily,
                "Talked about the children's school and how to reach the class teacher. Wrote a short message to the teacher together.",
                "She sends the message; I find out whether the school offers an interpreter for parents' evenings."),
            new(MeetingTopic.ParentingAndFamily | MeetingTopic.CityOrientation,
                "Visited a day-care centre near her home and asked about free places and the application dates.",
                "Fill in the day-care application before the end of the month."),
        ],
        [GoalArea.RightsAndObligations] =
        [
            new(MeetingTopic.RightsAndObligations,
                "Read her work contract together: hours, notice period, holiday pay. Went through the pay slip line by line.",
                "She asks her employer about the missing evening allowance.",
                "The employer may not be paying the collective agreement's rates. Keep an eye on it."),
            new(MeetingTopic.RightsAndObligations,
                "Made a list of the documents for the residence permit renewal and booked the appointment at {migration} online.",
                "She collects the documents and scans them before the next meeting."),
        ],
        [GoalArea.CityOrientation] =
        [
            new(MeetingTopic.CityOrientation,
                "Took the tram to the central library together and got her a library card. She found the language café on Thursdays.",
                "She goes to the language café on her own this week."),
            new(MeetingTopic.CityOrientation | MeetingTopic.Other,
                "Talked about what she misses from home and what she likes about {city}. She would like to find a choir or a sewing club.",
                "I look for a sewing club near her home."),
        ],
    };

    /// <summary>Notes a mentee writes when she logs the meeting herself.</summary>
    public static readonly DemoMeetingNote[] MenteeNotes =
    [
        new(MeetingTopic.LabourMarketOrientation,
            "We looked at jobs on the {office} website together. My mentor explained what a fixed-term contract and a trial period are.",
            "I apply to one job this week and send my mentor the link."),
        new(MeetingTopic.CityOrientation | MeetingTopic.HealthAndHabits,
            "We went to the library together and I got a library card. Now I know where the language café is, and the health centre is on the same street.",
            "I go to the language café on Thursday."),
        new(MeetingTopic.RightsAndObligations,
            "We read my rental contract together. I understand the deposit and the notice period now.",
            "I ask the landlord for a written receipt for the deposit."),
        new(MeetingTopic.ParentingAndFamily,
            "We talked about my daughter's school. My mentor showed me how to read the messages from the teacher and how to answer.",
            "I answer the teacher's message about the school trip."),
    ];

    public static readonly DemoMeetingNote[] SamiraMeetings =
    [
        new(MeetingTopic.Other | MeetingTopic.LabourMarketOrientation,
            "First meeting, over coffee at Oodi. Samira told me about the family bakery in Aleppo and the two employees she managed. We agreed "
            + "on her goals: a job in a bakery, Finnish for work, and knowing the rules for a café-bakery of her own one day.",
            "Samira brings her diploma and CV; I ask two bakers I know about openings.",
            "Very clear about what she wants. Her Finnish is basic but she is not afraid to use it.",
            "Oodi Central Library, Töölönlahdenkatu 4, Helsinki"),
        new(MeetingTopic.LabourMarketOrientation,
            "Rewrote the CV in Finnish and English with the bakery experience first. Looked at five bakery and kitchen adverts and chose two to "
            + "apply to: the bakery in Kallio and the hotel breakfast kitchen.",
            "Samira sends both applications this week; I check the cover letter on Sunday."),
        new(MeetingTopic.RightsAndObligations | MeetingTopic.LabourMarketOrientation,
            "Went through what a café-bakery needs: the hygiene passport (done!), registering the food premises with the city's environment "
            + "services, a business ID and taxes. Booked a free advice session at NewCo Helsinki. The bakery invited her to an interview.",
            "Advice session at NewCo next month. Interview practice next time."),
        new(MeetingTopic.LabourMarketOrientation,
            "Practised the bakery interview: early shifts, hygiene, working in a team, what she would bake first. She asked good questions "
            + "about the trial period.",
            "Interview on Thursday; she calls me afterwards.",
            "She still talks down her management experience. Remind her before the interview."),
    ];

    public static readonly DemoMeetingNote[] TatianaMeetings =
    [
        new(MeetingTopic.RightsAndObligations | MeetingTopic.Other,
            "First meeting at Tilts. Tatiana told me what she needs most: the residence permit renewal, a doctor, and a cheaper flat. We listed "
            + "the documents the PMLP asks for.",
            "Tatiana collects the documents; we go to the PMLP office together on Monday.",
            "Tired and anxious about her mother in Kharkiv. Mentioned the Red Cross psychological support line.",
            "Tilts, Brīvības iela 88, Rīga"),
        new(MeetingTopic.RightsAndObligations,
            "Went with Tatiana to the PMLP office: the renewal application is in. Registered her with the State Employment Agency online.",
            "NVA appointment next week; she asks about the digital marketing course.",
            Place: "PMLP office, Čiekurkalna 1. līnija 1, Rīga"),
        new(MeetingTopic.HealthAndHabits | MeetingTopic.CityOrientation,
            "Found a family doctor in Teika who takes new patients and speaks Russian; Tatiana registered. Took the bus route there together.",
            "First GP appointment on her own; I call her after it.",
            Place: "Family doctor's practice, Teika, Rīga"),
        new(MeetingTopic.LabourMarketOrientation,
            "Looked at her Kharkiv projects and chose three for a portfolio. The NVA offers a digital marketing course in the spring.",
            "Tatiana writes a short description of each project in English; I help with the Latvian CV."),
    ];

    public static readonly DemoMeetingNote[] FatimaMeetings =
    [
        new(MeetingTopic.Other | MeetingTopic.LabourMarketOrientation,
            "First meeting, at Silta ry. Fatima told me about her years at home with the children and her wish to retrain. We agreed to compare "
            + "the practical nurse and early childhood education programmes.",
            "Fatima looks at both programmes online; I find the open day dates.",
            "Speaks Finnish better than she thinks. Keep the meetings in Finnish.",
            "Silta ry, Hämeentie 31, 00500 Helsinki"),
        new(MeetingTopic.LabourMarketOrientation | MeetingTopic.ParentingAndFamily,
            "Went to the vocational college's open day together. Fatima chose the practical nurse programme and we planned how her week would "
            + "work with the children's school and day care.",
            "Fatima fills in the application; she asks the day-care centre about longer hours.",
            Place: "Vocational college, Helsinki (open day)"),
        new(MeetingTopic.LabourMarketOrientation,
            "Checked the application together before she sent it. Talked about the entrance test and how to prepare.",
            "Practice questions for the entrance test next time."),
    ];

    /// <summary>The Auroras group's sessions, in order.</summary>
    public static readonly DemoMeetingNote[] GroupSessions =
    [
        new(MeetingTopic.Other | MeetingTopic.LabourMarketOrientation,
            "First session: introductions, each member's career story and her goal for the three months. We agreed on the group's rules: "
            + "confidentiality, being on time, and telling the group when you cannot come.",
            "Everyone writes her goal in one sentence and brings it next time.",
            "Two members are quiet in Finnish; switch to English when needed."),
        new(MeetingTopic.LabourMarketOrientation,
            "Finnish recruitment culture: open applications, the hidden job market, LinkedIn profiles. Everyone updated her LinkedIn headline "
            + "during the session.",
            "Each member contacts one person in her field before the next session."),
        new(MeetingTopic.LabourMarketOrientation | MeetingTopic.RightsAndObligations,
            "A guest from an HR department explained how they read CVs and what a Finnish work contract contains. Members swapped CVs in pairs "
            + "for feedback.",
            "Send the improved CV to the mentor for a last look."),
        new(MeetingTopic.LabourMarketOrientation | MeetingTopic.CityOrientation,
            "Networking practice: introducing ourselves in Finnish and English, then planning who goes to the employers' evening at the "
            + "university. Three members already have interviews.",
            "Employers' evening next week; meet at the entrance at 17.45."),
    ];

    /// <summary>Private notes a mentor keeps after a meeting.</summary>
    public static readonly string[] PrivateNotes =
    [
        "She is more confident than at the start; ready to apply on her own soon.",
        "Worried about money this month. Mentioned the food bank and the social services counsellor.",
        "Ask the coordinator whether the programme can pay for an interpreter at the next check-in.",
    ];
}
