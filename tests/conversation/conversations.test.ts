/**
 * Conversations as tables, through the real bot on botbuilder's TestAdapter:
 * each row is what the visitor says (or clicks) and what the reply must and
 * must not contain.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { MESSAGES } from '../../src/conversation/messages';
import { listTitles, titleOf, topicQuestions } from '../helpers/knowledgeText';
import { BotConversation } from '../../src/bot/botDriver';
import type { ConversationDeps } from '../../src/conversation/turn';
import type { UnansweredRecord } from '../../src/unanswered/unansweredLog';
import { playConversation, type Row } from '../helpers/conversationTable';

let deps: ConversationDeps;
let debugDeps: ConversationDeps;

beforeAll(async () => {
  const { knowledge } = await loadKnowledge('knowledge');
  deps = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS);
  debugDeps = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS, true);
});

const STRATEEG = 'U zet de koers uit die de beste garantie biedt';
const VERKENNER = 'U ontwikkelt zicht op uw werkterrein';
const VERKOPER = 'U motiveert anderen om toch vooral met u in zee te gaan';
const RELATIE = 'U zorgt er voor dat uw relaties met collega’s';
const PARTNER = 'U denkt mee met uw relaties.';
const SCHAT = 'U hebt oog voor de balans van kosten en opbrengsten.';
const VISIE = 'Een ambitie gaat hand in hand met een idee';
const INFORMATIE = 'Kennis van het werkterrein, de markt en doelgroepen';
const VERGANKELIJK = 'voorraadvorming onmogelijk is';
const SAMENVALLEN = 'Diensten komen tot stand door de interactie en samenwerking';
const SOCIAAL_ONDERNEMEN = 'Sociaal ondernemers creëren maatschappelijke meerwaarde';
const VERGANKELIJK_EXAMPLE = 'Een persoonlijk advies houdt op te bestaan als de cliënt vertrekt';
const PERSOONSGEBONDEN = 'Productie en consumptie vallen bij veel diensten en ideeën samen in de interactie';
const GEVOLGEN = 'Gebrek aan kennis bij de hulpverlener van zijn (potentiële) afnemers';
const DIENSTEN = 'Diensten hebben vijf algemene kenmerken';
const SPECIALIST = 'U versterkt uw professionele kracht';
const GEVOLGEN_EN = 'A lack of knowledge on the part of the care provider';
const DIENSTEN_EN = 'Services have five general characteristics';
const SOCIAL_OPENING = SOCIAAL_ONDERNEMEN;
const TRAITS = 'Persoonlijke drijfveer is een sterk gevoelde eigen verantwoordelijkheid';

const COORDINATOR = 'U draagt er zorg voor dat alles wat nodig is om gemaakte afspraken na te komen';
const VITAL_EN = 'Vital craftspeople stay connected to their personal, deeply felt convictions';
const CONTACT = 'Wilhelmina Druckerweg 7, 4105 EP Culemborg';
const OOG_VOOR_GELD = 'Oog voor geld';
const VITAAL = 'Vitale vakmensen blijven in verbinding met hun persoonlijke';
const AFNEMER_EN = 'The service provider depends on the way in which the customer';
const AFNEMER = 'De dienstverlener is afhankelijk van de wijze waarop de afnemer';
const STRATEGIST_EN = 'You set out the course that offers the best guarantee';
const TRAITS_EN = 'An ambition goes hand in hand with an idea about a course to steer';

const scripts: [name: string, rows: Row[]][] = [
  [
    'a title in quotation marks is what is asked about, whatever else the message names',
    [
      [
        {
          say: "m'n coördinator had het laatst steeds over 'sociaal ondernemen'. Wat moet ik me daarbij voorstellen?",
        },
        [SOCIAAL_ONDERNEMEN],
        [COORDINATOR],
      ],
      // the remark quotes what is to be explained: no follow-up on the answer before
      [
        {
          say: "My Dutch colleague keeps talking about 'vitaal vakmanschap'. What does that mean in plain English?",
        },
        [VITAL_EN],
      ],
    ],
  ],
  [
    'a passage quoted from an answer is what is asked about, also where the message names its list',
    [
      [
        {
          say: 'Bij de kenmerken lees ik "doen staat voorop". Wat betekent dat voor een sociaal ondernemer?',
        },
        ['Altijd worden de stappen gezet die nodig zijn om doelstellingen te realiseren'],
        [SOCIAAL_ONDERNEMEN],
      ],
      [{ say: "wat bedoelen jullie met 'afspraak is immers afspraak'?" }, [COORDINATOR]],
      // two words name a term rather than quote a passage: not the one answer that holds them
      [{ say: 'My director keeps using the term "vital professionals". Is that one of yours?' }, [VITAL_EN]],
    ],
  ],
  [
    "Quanta's own advisers are not the partner hat's advising, nor is a list asked for with a typo one of its items",
    [
      [{ say: 'Wie zijn de adviseurs van Quanta NpM?' }, ['geen antwoord op'], [PARTNER]],
      [{ say: 'Welke pet hoort bij een adviseur die meedenkt?' }, [PARTNER]],
      [{ say: 'welke eigeschappen heb je nodig als socaal ondernemer' }, [VISIE, INFORMATIE]],
    ],
  ],
  [
    'a compound the FAQ does not use, of words it does ("hulp-traject", "hulpverlening-s-traject"), reads as its parts',
    [
      [
        { say: 'hoe laat ik mensen vooraf zien wat ze te wachten staat in een hulptraject' },
        ['Hierdoor ontstaat er bij de afnemer in meer of mindere mate onzekerheid'],
      ],
      // a business plan is no strategist's plan: 'ondernemingsplan' is an out-of-scope word
      [{ say: 'kunnen jullie mijn ondernemingsplan nakijken?' }, ['geen antwoord op'], [STRATEEG]],
      // 'positieve gezondheid' (a care concept the FAQ never mentions) is an out-of-scope phrase: not
      // the competitor's "op een positieve manier onderscheiden"
      [
        { say: 'Wat is positieve gezondheid?' },
        ['geen antwoord op'],
        ['U zoekt naar mogelijkheden om uzelf'],
      ],
    ],
  ],
  [
    'an item named by its title in a question that names its list in passing is the item; a question for the list stays the list',
    [
      [{ say: 'Wat doet de verkoper in het model van de negen petten?' }, [VERKOPER], [STRATEEG]],
      [
        { say: 'Bij de zes kenmerken van een sociaal ondernemer staat onafhankelijkheid. Wat betekent dat?' },
        [TRAITS],
        [VISIE],
      ],
      [{ say: 'Welke petten zijn er naast de verkoper?' }, [STRATEEG, VERKOPER]],
    ],
  ],
  [
    'the other items of the list of an item shown ("en de andere?", "are there more like that?") are its list',
    [
      [{ say: 'Wat betekent het dat diensten ontastbaar zijn?' }, ['Hierdoor ontstaat er bij de afnemer']],
      [{ say: 'zijn er nog meer van dat soort dingen?' }, [DIENSTEN]],
      [{ say: 'Wat betekent het dat diensten ontastbaar zijn?' }, ['Hierdoor ontstaat er bij de afnemer']],
      [{ say: 'en de andere?' }, [DIENSTEN]],
    ],
  ],
  [
    'an organisation judged by the one colleague a visitor met is the person-bound service ("die ene": everyday words)',
    [
      [
        {
          say: 'waarom beoordelen mensen onze hele organisatie eigenlijk op die ene collega die ze toevallig spraken',
        },
        [PERSOONSGEBONDEN],
        ['U zoekt naar mogelijkheden om uzelf'],
      ],
    ],
  ],
  [
    'the traits asked for in other words than "social entrepreneur": the list kin to what the words are about',
    [
      [
        {
          say: 'Welke eigenschappen heb je volgens jullie nodig als je een bedrijf met een maatschappelijk doel wilt runnen?',
        },
        [VISIE, INFORMATIE],
        [DIENSTEN],
      ],
      [
        { say: 'What traits typically describe people who run businesses with a social mission?' },
        [TRAITS_EN],
      ],
    ],
  ],
  [
    'setting one thing against another, or asking whether it makes a difference, is no one item',
    [
      [
        {
          say: 'Wij zijn een stichting voor schuldhulpverlening en leveren geen spullen maar begeleiding. Waarom zou dat verschil uitmaken voor onze aanpak?',
        },
        [DIENSTEN],
        [AFNEMER],
      ],
      [
        {
          say: 'Wij verkopen zowel koffiebonen als baristatrainingen. Waarom maakt het uit of iets een dienst of een fysiek product is?',
        },
        [DIENSTEN],
      ],
      // "het verschil tussen die twee" compares what the story named: "twee" is no ordinal (the second characteristic)
      [
        {
          say: "Wij hebben een winkeltje met jam, maar ons werk is vooral begeleiding, en die moet je anders benaderen dan zo'n potje jam. Wat is het verschil tussen die twee?",
        },
        [],
        [SAMENVALLEN],
      ],
      // a customer's doubt about a service not yet had is the intangible, not the co-producing customer
      [
        { say: 'Waarom twijfelen klanten vaak aan een dienst die ze nog niet hebben gekregen?' },
        ['Hierdoor ontstaat er bij de afnemer in meer of mindere mate onzekerheid'],
        [AFNEMER],
      ],
      // certificates and speakers are no part of the FAQ, whatever topic they are about
      [
        { say: 'Kan ik bij jullie een certificaat in vitaal vakmanschap halen?' },
        ['geen antwoord op'],
        [VITAAL],
      ],
      // what the customer tells is the customer co-producing, not the person-bound service
      [{ say: 'Waarom hangt de kwaliteit van hulp ook af van wat de klant zelf vertelt?' }, [AFNEMER]],
    ],
  ],
  [
    'a story, then a question that only points back: the story says what it asks about',
    [
      // "hoe komt dat" alone says nothing: not the entry phrased "Hoe komt een sociaal ondernemer tot …"
      [
        {
          say: 'Ik zit in de cliëntenraad van een GGZ-instelling. We merken dat de kwaliteit van de hulp erg afhangt van welke medewerker je treft en hoe het er daar uitziet. Hoe komt dat volgens jullie?',
        },
        [PERSOONSGEBONDEN],
      ],
    ],
  ],
  [
    'a comparison in the story is not what is asked: the question after it is',
    [
      [
        {
          say: "Good afternoon. I'm a researcher looking at how social entrepreneurs differ from regular business owners. What personal qualities do they typically have, according to you?",
        },
        [TRAITS_EN],
      ],
    ],
  ],
  [
    'a remark, then "kun je dat uitleggen?" with no answer shown before: it explains the remark',
    [
      [
        {
          say: 'Een collega zei dat dat precies laat zien dat een dienst aan personen gebonden is. Kun je dat uitleggen?',
        },
        [PERSOONSGEBONDEN],
      ],
    ],
  ],
  [
    'two traits compared "bij de kenmerken": the traits, though "verschil" is a word of the services',
    [
      [
        { say: 'Wat is het verschil tussen visie en beweging bij de kenmerken?' },
        [TRAITS, VISIE],
        [DIENSTEN],
      ],
    ],
  ],
  [
    'a noun two lists share names the list whose own words the question uses, when nothing is in focus',
    [
      // "typische eigenschappen" is the traits' phrasing; "dienstverlening" names the services.
      [{ say: 'wat zijn de typische eigenschappen van dienstverlening?' }, [DIENSTEN], [TRAITS]],
    ],
  ],
  [
    'what an organisation must do now it knows it delivers help, not goods: the consequences, not the list',
    [
      // Staff's "Wij leveren geen spullen maar hulp. Maakt dat verschil?" matches the list far better
      // than anything matches the consequences; what is asked is what follows from it.
      [
        {
          say: 'Ik werk bij een gemeente. Wat moeten wij anders doen nu we weten dat we hulp leveren en geen spullen?',
        },
        [GEVOLGEN],
        [DIENSTEN],
      ],
    ],
  ],
  [
    '"wat betekent dit allemaal voor ons" after an item: what follows from the whole list, not the item',
    [
      [{ say: 'Wat is het vijfde kenmerk van diensten?' }, [PERSOONSGEBONDEN]],
      [
        { say: 'en wat betekent dit allemaal voor een organisatie zoals de onze?' },
        [GEVOLGEN],
        [PERSOONSGEBONDEN],
      ],
    ],
  ],
  [
    'asked for another language, what was shown comes again in it',
    [
      [{ say: 'in English please' }, [MESSAGES.en.noFocus]],
      [{ say: 'de derde pet' }, [VERKOPER]],
      [
        { say: "sorry, my Dutch isn't great. can you explain that one in English?" },
        ['You motivate others to really team up with you', '3 of 9'],
      ],
      [{ say: 'kan dat ook in het Nederlands?' }, [VERKOPER]],
    ],
  ],
  [
    '"ik heb nog een vraag" announces a question, it is no step in the list',
    [
      [{ say: 'de derde pet' }, [VERKOPER]],
      [{ say: 'daar heb ik nog een vraag over' }, [], [RELATIE]],
    ],
  ],
  [
    'a list, then ordinals, next and previous',
    [
      [{ say: 'Wat zijn de negen petten?' }, [STRATEEG, SCHAT, MESSAGES.nl.listPrompt]],
      [{ say: 'de tweede' }, [VERKENNER, '2 van 9'], [STRATEEG, VERKOPER]],
      [{ say: 'nummer 4' }, [RELATIE], [VERKENNER]],
      [{ say: 'en de vorige?' }, [VERKOPER], [RELATIE]],
      [{ say: 'de laatste' }, [SCHAT]],
      [{ say: 'volgende' }, [MESSAGES.nl.endOfList(titleOf('negen-petten'))], [SCHAT]],
    ],
  ],
  [
    'a remark, then a step or an example: the last sentence says where to go',
    [
      [{ say: 'Wat zijn de negen petten?' }, [STRATEEG]],
      [{ say: 'nummer 4' }, [RELATIE]],
      [{ say: 'haha, klinkt als mijn baan. en de pet ervoor?' }, [VERKOPER], [RELATIE]],
      [{ say: 'Wat is het vijfde kenmerk van diensten?' }, [PERSOONSGEBONDEN]],
      // not after a question of its own
      [{ say: 'Wat kost een training? En de volgende?' }, [MESSAGES.nl.fallback(false).split(':')[0]!]],
    ],
  ],
  [
    'the plural of the list in focus points back at it; of another list, it is a new topic',
    [
      [{ say: 'Wat zijn de negen petten?' }, [STRATEEG]],
      // why they matter: the list's own words, not a fallback
      [
        { say: 'waarom zijn die petten eigenlijk nuttig?' },
        [MESSAGES.nl.nothingMore(titleOf('negen-petten')), 'Als sociaal ondernemer zet u'],
      ],
      [{ say: 'de zevende' }, [SPECIALIST]],
      // after one hat, the plural still means the hats
      [
        { say: 'waarom zou ik al die petten eigenlijk gebruiken?' },
        [MESSAGES.nl.nothingMore(titleOf('negen-petten')), 'Als sociaal ondernemer zet u'],
      ],
      [{ say: 'de zevende' }, [SPECIALIST]],
      [
        { say: 'Waarom zijn die petten eigenlijk nuttig?' },
        [MESSAGES.nl.nothingMore(titleOf('negen-petten')), 'Als sociaal ondernemer zet u'],
      ],
      [{ say: 'Wat zijn de kenmerken van een sociaal ondernemer?' }, [VISIE]],
      [{ say: 'en de petten?' }, ['Als sociaal ondernemer zet u']],
      [{ say: 'Sociaal ondernemen, wat is dat nou weer?' }, [SOCIAAL_ONDERNEMEN]],
      // a remark, then the same explained again
      [
        { say: 'Klinkt als managementpraat. Kun je het gewoon in normale taal uitleggen?' },
        [MESSAGES.nl.nothingMore(titleOf('sociaal-ondernemen')), SOCIAAL_ONDERNEMEN],
      ],
      // the difference named by the items' noun, in the singular: the consequences, not the list
      [
        {
          say: 'Good morning. What does the difference between services and products mean for public organisations like our municipality?',
        },
        [GEVOLGEN_EN],
        [DIENSTEN_EN],
      ],
    ],
  ],
  [
    'a click on an item button, then the next-button and an item by name',
    [
      [{ say: 'Welke rollen heeft een sociaal ondernemer?' }, [STRATEEG]],
      [{ click: 'Strateeg' }, [STRATEEG], [VERKENNER]],
      [{ click: 'Volgende ›' }, [VERKENNER], [STRATEEG]],
      [{ say: 'en de partner?' }, [PARTNER]],
      [{ click: 'Hele lijst' }, [STRATEEG, SCHAT]],
    ],
  ],
  [
    'focus moves to the list shown last',
    [
      [{ say: 'Wat karakteriseert een sociaal ondernemer?' }, [VISIE, INFORMATIE]],
      [{ say: 'de tweede' }, [INFORMATIE], [VISIE]],
      [{ say: 'Waarin verschillen diensten van producten?' }, ['Diensten hebben vijf algemene kenmerken']],
      [{ say: 'de vierde' }, [VERGANKELIJK, VERGANKELIJK_EXAMPLE], [PERSOONSGEBONDEN]],
      [
        { say: 'geef eens een voorbeeld' },
        [MESSAGES.nl.examplesOf('Het aanbod is vergankelijk'), VERGANKELIJK_EXAMPLE],
        [PERSOONSGEBONDEN],
      ],
      [{ say: 'de zesde' }, ['heeft 5 onderdelen, dus nummer 6 bestaat niet']],
    ],
  ],
  [
    'an ordinal inside the question, out of range, and an ambiguous one',
    [
      [{ say: 'Wat is de zesde pet?' }, [PARTNER], [STRATEEG]],
      [{ say: 'Wat houdt het vierde kenmerk van diensten in?' }, [VERGANKELIJK]],
      [{ say: 'Wat is de tiende pet?' }, ['heeft 9 onderdelen, dus nummer 10 bestaat niet']],
      // Only the traits have a sixth "kenmerk" (services have five): no need to ask which list.
      [
        { say: 'het zesde kenmerk' },
        ['De samenwerking wordt gezocht met diegenen'],
        [MESSAGES.nl.clarifyOrdinal('zesde')],
      ],
    ],
  ],
  [
    'an ordinal whose noun names two lists, and words that name one of them',
    [
      // "kenmerk" names the traits and the services' characteristics, "sociaal ondernemer" the traits
      // (and the hats' question): the list whose own words the question uses most is meant.
      [
        { say: 'zesde en laatste kenmerk van de sociaal ondernemer?' },
        ['De samenwerking wordt gezocht met diegenen'],
        [MESSAGES.nl.clarifyOrdinal('zesde')],
      ],
    ],
  ],
  [
    "ordinals in visitors' own ways: misspelt, a bare number, the middle one",
    [
      [{ say: 'wat is de derrde pett' }, [VERKOPER], [MESSAGES.nl.clarifyOrdinal('derde')]],
      [{ say: 'wat is de 8 pet van de negen' }, ['U zoekt naar mogelijkheden om uzelf']],
      [{ say: 'middelste van de negen petten?' }, ['U draagt er zorg voor dat alles wat nodig is']],
      // six traits: two share the middle, and the visitor picks one
      [
        { say: 'wat is het middelste kenmerk van een sociaal ondernemer' },
        [MESSAGES.nl.twoInTheMiddle(6, titleOf('kenmerken-sociaal-ondernemer'))],
      ],
      [{ say: 'de tweede' }, ['Een sociaal ondernemer heeft een goed oog voor de balans']],
    ],
  ],
  [
    'everyday words around an ordinal name no list: the one in focus is meant',
    [
      [{ say: 'kenmerken van diensten' }, ['Diensten hebben vijf algemene kenmerken']],
      [
        { say: 'de derde, hoe zit dat' },
        ['De dienstverlener is afhankelijk van de wijze'],
        ['Persoonlijke drijfveer is een sterk gevoelde'],
      ],
      // why it matters: what the FAQ shows of it in practice, its examples
      [{ say: 'en waarom is dat zo belangrijk?' }, ['School, ouder of kind verstrekken de hulpverlener']],
    ],
  ],
  [
    'thanks or a greeting before a question: the question is answered',
    [
      [{ say: 'bedankt, wat is een pet' }, [STRATEEG, SCHAT]],
      [{ say: 'hoi, wat is vitaal vakmanschap' }, ['Vitale vakmensen blijven in verbinding']],
    ],
  ],
  [
    '"snap ik niet" asks about what is shown; with nothing shown, a question about a list is a question',
    [
      [{ say: 'ik snap niet wat een pet is' }, [STRATEEG, SCHAT]],
      [{ say: 'de tweede' }, [VERKENNER]],
      [{ say: 'hmm snap ik niet' }, [MESSAGES.nl.nothingMore(titleOf('pet-verkenner')), VERKENNER]],
      // 'n (een) is a clipped article, not a word the knowledge does not know
      [{ say: 'wat zijn de negen pette van n sociaal ondernemr' }, [STRATEEG, SCHAT]],
    ],
  ],
  [
    "a list named by its items' plural leads to its items, not another list's",
    [
      [
        { say: 'Hoort een beetje financieel inzicht ook bij de kenmerken van een sociaal ondernemer?' },
        ['Een sociaal ondernemer heeft een goed oog voor de balans'],
        [SCHAT],
      ],
    ],
  ],
  [
    'a comparison with something the FAQ does not describe falls back',
    [
      [
        { say: 'Wat is het verschil tussen een sociale onderneming en een ANBI?' },
        [MESSAGES.nl.fallback(true).split('.')[0]!],
        ['Sociaal ondernemers creëren maatschappelijke meerwaarde'],
      ],
      [
        { say: "What's the difference between a social enterprise and a charity?" },
        [MESSAGES.en.fallback(true).split('.')[0]!],
        ['Social entrepreneurs create social added value'],
      ],
      // A second question that compares what the first asked about ("that") is a doubt: the first is answered.
      [
        { say: "What do you mean by vital craftsmanship? Isn't that just a fancy word for working hard?" },
        [VITAL_EN],
        [MESSAGES.en.fallback(true).split('.')[0]!],
      ],
      // But not when the first asks about something the FAQ does not describe either.
      [
        { say: 'Wat verstaan jullie onder positieve gezondheid? Is dat niet hetzelfde als vitaliteit?' },
        [],
        [VITAAL],
      ],
      // "intrapreneur" is an out-of-scope word (knowledge/out-of-scope): two things, one the FAQ does not
      // know. It falls back, offering social entrepreneurship among the nearest topics.
      [
        { say: 'What is the difference between a social entrepreneur and a social intrapreneur?' },
        [MESSAGES.en.fallback(true).split('.')[0]!],
      ],
      // Both sides are the FAQ's: answered.
      [
        { say: 'Wat is het verschil tussen diensten en producten?' },
        ['Het onderscheid tussen producten en diensten'],
        [MESSAGES.nl.fallback(true).split('.')[0]!],
      ],
      // Both sides known in English, one misspelt as Dutch reads it: still the FAQ's.
      [
        { say: 'services vs prodcuts diff?' },
        ['Het onderscheid tussen producten en diensten'],
        [MESSAGES.nl.fallback(true).split('.')[0]!],
      ],
      // "soc" is the chat abbreviation of "sociaal"/"social"
      [{ say: 'kenmerken soc ondernemer pls' }, [TRAITS], [MESSAGES.nl.fallback(true).split('.')[0]!]],
      // "verschil" names the services' items ("welk verschil …?"), but a difference compared is none of
      // them: the whole list, not the intangible that "vastpakken" describes.
      [
        {
          say: 'wat is eigenlijk het verschil tussen iets verkopen wat je kunt vastpakken en iets als advies of hulp geven',
        },
        ['Het onderscheid tussen producten en diensten'],
        ['Hierdoor ontstaat er bij de afnemer'],
      ],
      // Misspelt, and one side shares a word ("physical") with one characteristic: still the whole list.
      [
        { say: 'whats the diffrence between providing a service and making a physical product' },
        ['The distinction between products and services'],
      ],
    ],
  ],
  [
    'whether what the visitor describes belongs to a list is answered with the item it describes',
    [
      [
        {
          say: 'ik draai een infolijn en we beantwoorden elke dag weer nieuwe vragen vanaf nul. is dat typisch voor een dienst?',
        },
        [VERGANKELIJK],
        [DIENSTEN],
      ],
      [
        {
          say: 'Hoort het bij het karakter van sociaal ondernemers dat ze bruggen slaan naar andere organisaties om iets voor elkaar te krijgen?',
        },
        ['De samenwerking wordt gezocht met diegenen die nodig zijn'],
        [TRAITS],
      ],
    ],
  ],
  [
    'what follows for an organisation is the entry the FAQ follows the list with, when its title names consequences',
    [
      [
        { say: 'Ik werk bij een gemeente. Wat zijn voor ons de consequenties van die dienstkenmerken?' },
        [GEVOLGEN],
      ],
    ],
  ],
  [
    'how two named things differ is answered with the list about that difference, not its best item',
    [
      [
        { say: 'wat is het verschil tussen iets verkopen wat je kunt vastpakken en mensen hulp bieden' },
        [DIENSTEN],
      ],
      // one side points back at the hat shown: two items compared, the other one is meant
      [{ say: 'Welke pet gaat over de centjes?' }, [SCHAT]],
      [{ say: 'wat is het verschil tussen die en de verkoper?' }, [VERKOPER], [SCHAT]],
    ],
  ],
  [
    'a belonging question that names the list is no request for the whole list (visitors-cp, -cq)',
    [
      // "zien … als typerend" asks whether it belongs, as "is dat typisch" does
      [
        {
          say: 'Wij financieren graag oprichters die zich persoonlijk aanspreekbaar voelen op het resultaat en niet naar anderen wijzen. Zien jullie dat ook als typerend voor een maatschappelijk ondernemer?',
        },
        [TRAITS],
        [VISIE],
      ],
    ],
  ],
  [
    'a belonging question whose list gets a head start to a full score is still answered with the item',
    [
      [
        {
          say: 'Moet je als startende ondernemer met een maatschappelijk doel al weten welke richting je op wilt? Hoort dat bij de eigenschappen die zo iemand typeren?',
        },
        [VISIE],
        [INFORMATIE],
      ],
    ],
  ],
  [
    'an English belonging question whose words ask for the list is answered with the item',
    [
      [
        {
          say: 'We prefer doers over talkers. Is getting things done part of what characterises a social entrepreneur?',
        },
        ['The steps needed to achieve objectives are always taken'],
        [TRAITS_EN],
      ],
    ],
  ],
  [
    'an item of a list by a name none of its items has falls back; a name its items know is answered',
    [
      // "van een …" says whose trait, not its name: no "idealist" trait is asked for (first: no list in focus yet).
      [
        {
          say: 'Op de centjes letten als eigenschap van een idealist? Dat past toch helemaal niet bij elkaar?',
        },
        [OOG_VOOR_GELD],
        [MESSAGES.nl.fallback(true).split('.')[0]!],
      ],
      [{ say: 'What does the leader hat stand for?' }, [MESSAGES.en.fallback(true).split('.')[0]!]],
      [{ say: 'de pet van de leider, wat houdt die in?' }, [MESSAGES.nl.fallback(true).split('.')[0]!]],
      [
        { say: 'Wat betekent het kenmerk creativiteit van een sociaal ondernemer?' },
        [MESSAGES.nl.fallback(true).split('.')[0]!],
      ],
      [{ say: 'de pet van de boekhouding' }, [SCHAT]],
      // An article after the noun starts another phrase: no "bit aggressive" hat is asked for.
      [
        { say: "Isn't a competitor hat a bit aggressive for a social business?" },
        ['distinguish yourself in a positive way'],
        [MESSAGES.en.fallback(true).split('.')[0]!],
      ],
      [
        { say: "what's the treasure keeper hat about" },
        ['You keep an eye on the balance of costs and revenues'],
      ],
      // "kwaliteit" names the traits, but "dienst" the services: no trait is asked for by name.
      [
        { say: 'hoe hangt de kwaliteit van een dienst af van de medewerker die hem levert?' },
        [PERSOONSGEBONDEN],
        [MESSAGES.nl.fallback(true).split('.')[0]!],
      ],
      // Nor a care organisation, which the entry the FAQ follows the services with is about.
      [
        { say: 'hangt de kwaliteit van een zorgorganisatie af van haar medewerkers?' },
        [PERSOONSGEBONDEN],
        [MESSAGES.nl.fallback(true).split('.')[0]!],
      ],
    ],
  ],
  [
    'going back to an earlier list: of two lists the words name, not the one just left',
    [
      [{ say: 'Wat kenmerkt een sociaal ondernemer?' }, [VISIE, INFORMATIE]],
      [
        { say: 'En hoe zit het met diensten tegenover producten?' },
        ['Het onderscheid tussen producten en diensten'],
      ],
      [{ say: 'de vierde dan' }, [VERGANKELIJK]],
      [{ say: 'terug naar die kenmerken' }, [VISIE, INFORMATIE], [VERGANKELIJK]],
      [{ say: 'de tweede' }, [INFORMATIE, '2 van 6']],
      [{ say: 'terug naar de petten' }, [STRATEEG, SCHAT]],
      [{ say: 'terug naar de eerste' }, [STRATEEG, '1 van 9']],
    ],
  ],
  [
    'a few keywords with an off-topic one fall back; the FAQ term alone is answered',
    [
      [{ say: 'Vitaal vakmanschap cursus?' }, [MESSAGES.nl.fallback(true).split('.')[0]!]],
      [{ say: 'Negen petten pdf' }, [MESSAGES.nl.fallback(true).split('.')[0]!], [STRATEEG]],
      [{ say: 'negen petten' }, [STRATEEG, SCHAT]],
    ],
  ],
  [
    'an item noun two lists share ("kenmerk") counts the items of the list on screen',
    [
      [{ say: 'verschil dienst en product?' }, [DIENSTEN]],
      [{ say: 'laatste kenmerk' }, [PERSOONSGEBONDEN], ['De samenwerking wordt gezocht']],
      [{ say: 'wat typeert een sociaal ondernemer' }, [VISIE]],
      [{ say: 'laatste kenmerk' }, ['De samenwerking wordt gezocht'], [PERSOONSGEBONDEN]],
      // a list named besides the noun is that list, whatever is on screen
      [{ say: 'derde kenmerk van diensten' }, ['De dienstverlener is afhankelijk van de wijze']],
    ],
  ],
  [
    'chat style: greetings before a question, "begin bij de eerste", Flemish and acknowledgements around follow-ups',
    [
      [{ say: 'goeiendag, wa zijn de negen petten?' }, [STRATEEG, SCHAT]],
      [{ say: 'wat typeert een sociaal ondernemer' }, [VISIE]],
      [{ say: 'begin maar bij de eerste' }, [VISIE, '1 van 6']],
      [{ say: 'amai, en wa is de volgende?' }, [INFORMATIE]],
      [{ say: 'idd logisch. en die ervoor?' }, [VISIE, '1 van 6']],
      // what is wished of the item is no word that names a list
      [{ say: 'vertel meer over de derde' }, ['**Onafhankelijkheid**']],
    ],
  ],
  [
    'an item of one list asked for by pointing at an entry of another: by its title, when that settles it',
    [
      [{ say: 'wat typeert een sociaal ondernemer' }, [VISIE]],
      [{ say: 'welke van die kenmerken gaat over geld?' }, ['Oog voor geld']],
      [{ say: 'en bij jullie petten, welke pet hoort daarbij?' }, [SCHAT, '9 van 9']],
      // "Visie" names no hat: the list, to choose from
      [{ say: 'wat is visie als kenmerk?' }, [VISIE]],
      [{ say: 'welke pet hoort daarbij?' }, [STRATEEG, SCHAT]],
    ],
  ],
  [
    'a step from an item the words name, whatever is in focus; words that name no item are a question',
    [
      [{ say: 'wat typeert een sociaal ondernemer' }, [VISIE]],
      [{ say: 'welke pet komt na de strateeg?' }, [VERKENNER, '2 van 9']],
      [{ say: 'wat komt er voor de schatbewaarder' }, ['8 van 9']],
      [{ say: 'en de volgende?' }, [SCHAT]],
      [{ say: 'what happens after the diagnosis?' }, [MESSAGES.en.fallback(true).split('.')[0]!]],
    ],
  ],
  [
    '"wat vind je van …" asks an opinion: the verb is no topic, so it does not lead to "waar vind ik jullie?"',
    [
      [{ say: 'Wat vind je van het weer vandaag?' }, [MESSAGES.nl.fallback(true).split('.')[0]!]],
      [{ say: 'wat vind jij van de negen petten' }, [STRATEEG, SCHAT]],
      [{ say: 'Waar vind ik jullie?' }, ['info@quantanpm.nl']],
    ],
  ],
  [
    'how to reach Quanta is answered with the contact details, whatever else the question names',
    [
      [{ say: 'Wat betekent het dat productie en consumptie samenvallen?' }, [SAMENVALLEN]],
      [{ say: 'Hoe neem ik contact met jullie op voor een gesprek?' }, ['info@quantanpm.nl'], [SAMENVALLEN]],
    ],
  ],
  [
    'what the characteristics of services mean for someone is not the list of them',
    [
      [{ say: 'Wat betekenen die vijf kenmerken van diensten voor bijvoorbeeld een gemeente?' }, [GEVOLGEN]],
      [{ say: 'Wat zijn de vijf kenmerken van diensten?' }, [DIENSTEN]],
      // named by the list's title, not its items' noun
      [
        {
          say: 'Wat heeft het onderscheid tussen diensten en producten voor gevolgen voor publieke organisaties?',
        },
        [GEVOLGEN],
        [DIENSTEN],
      ],
      // what it means for the visitor's own service: the item the sentence before describes
      [
        {
          say: 'Ik beman een infolijn en elke beller krijgt weer een nieuw antwoord, je kunt niks vooraf klaarzetten. Wat betekent dat voor onze dienst?',
        },
        [VERGANKELIJK],
      ],
    ],
  ],
  [
    'a fact about Quanta itself falls back; what the words mean is answered',
    [
      [
        { say: 'Is Quanta zelf ook een sociale onderneming?' },
        [MESSAGES.nl.fallback(true).split('.')[0]!],
        [SOCIAAL_ONDERNEMEN],
      ],
      [{ say: 'Wat is een sociale onderneming?' }, [SOCIAAL_ONDERNEMEN]],
    ],
  ],
  [
    'a term the FAQ names only in an example is not explained by that entry',
    [
      [{ say: 'Wat is een indicatiestelling precies?' }, [MESSAGES.nl.fallback(true).split('.')[0]!]],
      // A term the entry's own text holds is answered.
      [{ say: 'wat is voorraadvorming' }, [VERGANKELIJK]],
      [{ say: 'wat houdt de partnerpet in' }, [PARTNER]],
    ],
  ],
  [
    'an ordinal of the items of someone the FAQ does not describe',
    [
      [
        { say: 'Wat is de tweede eigenschap van een goede manager?' },
        [MESSAGES.nl.fallback(true).split('.')[0]!],
        [INFORMATIE],
      ],
      // "trait" names the traits and the services' characteristics, never the hats ("relationship manager")
      [{ say: 'what is the second trait of a good manager' }, [MESSAGES.en.clarifyOrdinal('second')]],
    ],
  ],
  [
    '"meer" goes on to what the FAQ says next',
    [
      [{ say: 'Wat is sociaal ondernemen?' }, ['Sociaal ondernemers creëren maatschappelijke meerwaarde']],
      [{ say: 'meer' }, [VISIE, INFORMATIE]],
    ],
  ],
  [
    'more about what was shown stays on it; a bare "meer" goes on to what the FAQ says next',
    [
      [{ say: 'Wat is sociaal ondernemen?' }, [SOCIAAL_ONDERNEMEN]],
      [{ say: 'kun je daar meer over vertellen?' }, [SOCIAAL_ONDERNEMEN], [VISIE]],
      [{ say: 'meer' }, [VISIE, INFORMATIE]],
    ],
  ],
  [
    'what was shown, asked about for the visitor after a remark about themselves',
    [
      [{ say: 'wat is de pet van de verkoper?' }, [VERKOPER]],
      [
        { say: 'ja dat vind ik echt moeilijk. wat betekent dat voor mij?' },
        [VERKOPER],
        [VERGANKELIJK, SAMENVALLEN, DIENSTEN],
      ],
    ],
  ],
  [
    'the list an item belongs to, asked in Flemish ("da", "toon ze maar")',
    [
      [{ say: 'wat is de pet van de verkoper?' }, [VERKOPER]],
      [{ say: 'is da deel van een groter rijtje? toon ze maar allemaal' }, [STRATEEG, SCHAT], [VITAAL]],
    ],
  ],
  [
    '"the other list" with a number: the list shown before the one in focus, back and forth',
    [
      [{ say: 'wat zijn de negen petten?' }, [STRATEEG]],
      [{ say: 'welke eigenschappen heeft een sociaal ondernemer?' }, [TRAITS]],
      [{ say: 'en die andere lijst, nummer 4' }, [RELATIE], [OOG_VOOR_GELD]],
      [{ say: 'en in het andere rijtje de eerste?' }, [VISIE], [STRATEEG]],
      [{ say: 'en in de vorige lijst nummer 2?' }, [VERKENNER], [INFORMATIE]],
    ],
  ],
  [
    'follow-ups with nothing in focus',
    [
      [{ say: 'de tweede' }, [MESSAGES.nl.clarifyOrdinal('tweede')]],
      [{ say: 'meer' }, [MESSAGES.nl.noFocus]],
      // "next" has nothing to count from, not even the items just offered
      [{ say: 'volgende' }, [MESSAGES.nl.noList(listTitles('nl'))]],
    ],
  ],
  [
    'English: translation first, original Dutch text after, follow-ups in English',
    [
      [
        { say: 'What are the nine hats of a social entrepreneur?' },
        [MESSAGES.en.translationNote, 'You set out the course', STRATEEG],
      ],
      [{ say: 'the third one' }, ['Salesperson', 'You motivate others', VERKOPER], [STRATEEG]],
      [{ say: 'next' }, ['Relationship manager', RELATIE]],
    ],
  ],
  [
    'small talk gets a social reply in the visitor’s language',
    [
      [{ say: 'hallo!' }, [MESSAGES.nl.smallTalk.greeting]],
      [{ say: 'wie ben jij?' }, [MESSAGES.nl.smallTalk.who]],
      [{ say: 'wat kan ik je vragen?' }, [MESSAGES.nl.help(topicQuestions('nl'))]],
      [{ say: 'thanks a lot!' }, [MESSAGES.en.smallTalk.thanks]],
      [{ say: 'doei' }, [MESSAGES.nl.smallTalk.goodbye]],
    ],
  ],
  [
    'a greeting inside a question does not hide the question',
    [[{ say: 'Hallo, wat doet de schatbewaarder?' }, [SCHAT], [MESSAGES.nl.smallTalk.greeting]]],
  ],
  [
    'compliments and "are you a person?" get a social reply, never an FAQ entry',
    [
      [{ say: 'wat een slimme assistent zeg' }, [MESSAGES.nl.smallTalk.compliment]],
      [{ say: 'this chatbot is really useful' }, [MESSAGES.en.smallTalk.compliment]],
      [{ say: 'spreek ik nu met een computer of met een mens?' }, [MESSAGES.nl.smallTalk.who]],
      [{ say: 'is this a human or a bot?' }, [MESSAGES.en.smallTalk.who]],
      [{ say: 'cheers mate' }, [MESSAGES.en.smallTalk.thanks]],
    ],
  ],
  [
    'a visitor who scolds the bot gets an apology and the contact details; one who asks its opinion, the honest fallback',
    [
      [{ say: 'wat zijn de vijf kenmerken van diensten?' }, ['Diensten en ideeën zijn ontastbaar']],
      [{ say: 'wat een slechte service hier' }, [MESSAGES.nl.smallTalk.complaint, '0345 - 532 187']],
      [{ say: 'you are pretty useless' }, [MESSAGES.en.smallTalk.complaint, 'info@quantanpm.nl']],
      [{ say: 'wat vind jij ervan?' }, ['Daar kan ik in onze veelgestelde vragen geen antwoord op vinden']],
    ],
  ],
  [
    'a question after thanks, help or hello is answered as a question',
    [
      [{ say: 'bedankt! en wat doet de schatbewaarder?' }, [SCHAT], [MESSAGES.nl.smallTalk.thanks]],
      [
        { say: 'help, wat zijn de negen petten?' },
        [STRATEEG, SCHAT],
        [MESSAGES.nl.help(topicQuestions('nl'))],
      ],
      [
        { say: 'thanks, what is vital craftsmanship?' },
        ['Vital craftspeople stay connected'],
        [MESSAGES.en.smallTalk.thanks],
      ],
      [
        { say: 'hoi, wat kost een training?' },
        ['Daar heb ik helaas geen antwoord op'],
        [MESSAGES.nl.smallTalk.greeting],
      ],
      [{ say: 'is een robot ook een sociaal ondernemer?' }, [], [MESSAGES.nl.smallTalk.who]],
    ],
  ],
  [
    'visitors who open with themselves, leave out the question mark, or name a list in passing',
    [
      // the question after a clause about the visitor is read on its own too ("paper" is no "papier")
      [
        {
          say: 'hoi! ik ben student bestuurskunde en moet een paper schrijven, wat houdt sociaal ondernemen eigenlijk in?',
        },
        [SOCIAL_OPENING],
      ],
      // a question after the story that says too little on its own is not matched alone ("raad" is the partner's)
      [{ say: 'ik run een buurthuis, wat raad je aan?' }, ['geen antwoord op'], [PARTNER]],
      [
        {
          say: 'hoi! ik ben student bestuurskunde en moet een paper schrijven, wat houdt sociaal ondernemen eigenlijk in?',
        },
        [SOCIAL_OPENING],
      ],
      // "zijn daar kenmerken van?" asks for the traits, not for the entry in focus again
      [
        { say: 'oke en wat maakt iemand nou een sociaal ondernemer? zijn daar kenmerken van?' },
        [TRAITS],
        [SOCIAL_OPENING],
      ],
      // an ordinal in the story and another in the question: the question's, on the list in focus
      // (not the hats, whose strategist the story's "richting" would name)
      [
        { say: 'Dat eerste punt, een idee over de richting hebben, heb ik wel. En het tweede?' },
        [INFORMATIE],
        [STRATEEG],
      ],
      // a diminutive of the item noun still names one item
      [{ say: 'Dat eerste kenmerkje, kunt u dat wat eenvoudiger uitleggen?' }, [VISIE]],
      // "welke petten zijn er nog meer?" after one hat: the hats, not the entry after them
      [{ say: 'de tweede pet' }, [VERKENNER]],
      // thanks before a step is the step, not small talk
      [{ say: 'bedankt, de volgende graag' }, [VERKOPER], [MESSAGES.nl.smallTalk.thanks]],
      [{ say: 'welke petten zijn er nog meer?' }, [STRATEEG, SCHAT], [TRAITS]],
      // the roles of the visitor's own staff, in the story, are no unknown item of the hats
      [
        {
          say: 'Wij willen als gemeente de rol van onze ambtenaren opnieuw bekijken. Welke rollen onderscheiden jullie bij een sociaal ondernemer?',
        },
        [STRATEEG, SCHAT],
      ],
      // thanks beside a remark that names a trait ("aan de slag"): thanks, not the trait
      [{ say: 'Dank je, ik ga aan de slag.' }, [MESSAGES.nl.smallTalk.thanks], [STRATEEG, SCHAT]],
      // no question mark: the sentence that opens with a question word is the question
      [
        {
          say: 'hey, ik wil een buurtkeuken opzetten. wat is sociaal ondernemen precies, dan weet ik of t bij mij past',
        },
        [SOCIAL_OPENING],
      ],
    ],
  ],
  [
    'everyday words for an item, a misspelt item noun, and roles that are the hats',
    [
      // "die pet" read as English is "those" and a form of "hat": it named the list, not the hat for money
      [{ say: 'en die pet met het geld?' }, [SCHAT], [STRATEEG]],
      [{ say: 'Welke van de negen rollen let op wat er uitgaat tegenover wat er binnenkomt?' }, [SCHAT]],
      // the misspelt noun still asks for one trait, not the hat the other words match
      [
        { say: 'welke eigenschp van een sociaal ondernemr gaat over weten welke kant je op wilt' },
        [VISIE],
        [STRATEEG],
      ],
      [
        { say: 'dus ik moet goed met cijfers kunnen omgaan? dat is niet echt mijn ding' },
        [OOG_VOOR_GELD],
        [SCHAT],
      ],
    ],
  ],
  [
    'doubts about the answer shown explain it again; "maakt dat uit?" asks what difference it makes',
    [
      [{ say: 'Wat is vitaal vakmanschap?' }, [VITAAL]],
      [{ say: 'Klinkt als managementpraat. Is dat niet overdreven?' }, [VITAAL], [SCHAT]],
      [
        {
          say: 'Goedemiddag. Wij zijn een kleine thuiszorgorganisatie en mijn collega zegt dat wij geen producten maar diensten verkopen. Maakt dat eigenlijk uit?',
        },
        [DIENSTEN],
        [SOCIAAL_ONDERNEMEN],
      ],
    ],
  ],
  [
    'which languages the bot speaks, and an item asked for in another language',
    [
      [{ say: 'Hi! Do you speak English?' }, [MESSAGES.en.smallTalk.languages]],
      [{ say: 'spreekt u ook Engels?' }, [MESSAGES.nl.smallTalk.languages]],
      [{ say: 'Welke kenmerken hebben diensten?' }, [DIENSTEN]],
      [{ say: 'Sorry, my Dutch is not great. Can you explain the third one in English?' }, [AFNEMER_EN]],
      [
        { say: 'Sorry, could you continue in English? What kind of traits does such an entrepreneur need?' },
        [TRAITS_EN],
      ],
      [{ say: 'the first one please' }, [TRAITS_EN]],
      // a word quoted from the answer on screen asks about that answer, not the strategist's "course"
      [{ say: "what do you mean by 'course' there?" }, [TRAITS_EN], [STRATEGIST_EN]],
    ],
  ],
  [
    'asking to meet Quanta in everyday words gets the contact details',
    [
      [
        {
          say: 'Wij zijn een zorgcoöperatie uit Tiel en willen graag eens met jullie om tafel zitten. Hoe regel ik dat?',
        },
        [CONTACT],
        [MESSAGES.nl.fallback(true).split('.')[0]!],
      ],
      [
        { say: 'Can I book an appointment with one of your consultants?' },
        [CONTACT],
        [MESSAGES.en.fallback(true).split('.')[0]!],
      ],
    ],
  ],
  [
    '"zorg" as the care sector is not the coordinator who "draagt zorg voor"',
    [
      [
        {
          say: 'Ik werk bij een zorgcoöperatie. Welke van de rollen gaat over dat je echt goed moet zijn in de zorg zelf?',
        },
        [],
        [COORDINATOR],
      ],
    ],
  ],
  [
    '"is dat terecht?" asks whether something is fair, not where to go (the contact entry\'s "terecht kunnen")',
    [
      [
        {
          say: 'Onze cliënten beoordelen de hele coöperatie op die ene hulp die bij ze thuis komt. Is dat terecht?',
        },
        [PERSOONSGEBONDEN],
        [CONTACT],
      ],
    ],
  ],
  [
    '"noem alle eigenschappen …" asks for the whole list, whatever else it describes',
    [
      [
        {
          say: 'Noem alle eigenschappen die typisch zijn voor iemand die een probleem in de samenleving wil oplossen.',
        },
        [TRAITS],
      ],
    ],
  ],
  [
    'how one thing is "anders dan" another is the list about that difference, not the item the words describe',
    [[{ say: 'waarin is een dienst anders dan iets wat je kunt vastpakken?' }, [DIENSTEN]]],
  ],
  [
    'a doubt about what the sentence before names ("is dat niet gewoon …?") is answered with that',
    [
      [
        { say: "Ik hoorde iets over negen petten. Is dat niet gewoon weer zo'n consultantsmodelletje?" },
        ['Als sociaal ondernemer zet u'],
      ],
    ],
  ],
  [
    'going against the rules ("regels") is not the coordinator\'s "regelen"',
    [
      [
        { say: 'mag je als verpleegkundige tegen de regels in gaan als je clienten daar beter van worden?' },
        ['bereid zijn vreedzaam te vechten'],
        [COORDINATOR],
      ],
    ],
  ],
  [
    '"hele lijst" right after a fallback is the list of the first topic it offered',
    [
      [
        {
          say: 'Als fysio merk ik dat het resultaat erg afhangt van hoe goed de patiënt zelf meewerkt en vertelt wat er speelt. Zeggen jullie daar iets over?',
        },
        [MESSAGES.nl.fallback(true).split('.')[0]!],
      ],
      [{ say: 'Hele lijst' }, [DIENSTEN]],
    ],
  ],
  [
    'what "typifies" someone is what characterises them: the traits',
    [[{ say: 'what typifies people who run a business for society?' }, [TRAITS_EN]]],
  ],
  [
    'typos still match',
    [
      [{ say: 'wat doet de stratteeg' }, [STRATEEG]],
      [{ say: 'waarom zijn dienste vergankelik' }, [VERGANKELIJK]],
      [{ say: 'wat is de kordinator pet' }, ['U draagt er zorg voor dat alles wat nodig is']],
    ],
  ],
];

describe.each(scripts)('conversation: %s', (_name, rows) => {
  it('replies as expected at every step', async () => {
    await playConversation(deps, rows);
  });
});

describe('fallback', () => {
  it('admits it has no answer, offers topics and contact details, and records the question', async () => {
    const records: Omit<UnansweredRecord, 'time'>[] = [];
    const conversation = new BotConversation(deps, { record: (r) => Promise.resolve(void records.push(r)) });
    await conversation.start();
    const observed = await conversation.say('Wat kost een workshop bij jullie?');
    const text = observed.texts.join('\n');
    expect(text).toContain('Daar heb ik helaas geen antwoord op');
    expect(text).toContain('0345 - 532 187');
    expect(text).toContain('info@quantanpm.nl');
    expect(observed.buttons.length).toBeGreaterThan(0);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ text: 'Wat kost een workshop bij jullie?', language: 'nl' });
    expect(records[0]!.conversationId).toBeTruthy();
  });

  it('does not record answered questions or small talk', async () => {
    const records: unknown[] = [];
    const conversation = new BotConversation(deps, { record: (r) => Promise.resolve(void records.push(r)) });
    await conversation.start();
    await conversation.say('Wat is vitaal vakmanschap?');
    await conversation.say('bedankt!');
    expect(records).toEqual([]);
  });
});

describe('consequences for an organisation', () => {
  it('offers them when the list they follow was held back as the question was asked', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    // withNamedLists held the services back for a question of consequences, and only the candidates
    // left were looked at for what follows them: the consequences were not among the topics offered.
    const reply = await conversation.say(
      'ik werk bij de gemeente, wat moeten wij concreet anders doen als we hulp en advies aanbieden',
    );
    expect(reply.buttons.map((b) => b.title)).toContain(titleOf('gevolgen-publieke-organisaties'));
  });
});

describe('knowledge: the words that separate topics', () => {
  it('a course to take is out of scope; the strategist still sets the course', async () => {
    const course = await new BotConversation(deps).say('is there a course where i can learn this?');
    expect(course.texts.join()).toContain(MESSAGES.en.fallback(true).split('.')[0]!);
    expect(course.texts.join()).not.toContain(STRATEGIST_EN);
    const steer = await new BotConversation(deps).say('Who sets the course?');
    expect(steer.texts.join()).toContain(STRATEGIST_EN);
  });

  it.each([
    [
      'What characteristics do services have?',
      'is there empirical evidence for these five points? any studies i could look at?',
      'en',
    ],
    ['Wat is sociaal ondernemen?', 'Op welke bronnen baseren jullie het model van de negen petten?', 'nl'],
  ] as const)(
    'a source or evidence for what the FAQ says is something it does not give: %j, %j',
    async (before, text, language) => {
      const conversation = new BotConversation(deps);
      await conversation.say(before);
      const reply = await conversation.say(text);
      expect(reply.texts.join()).toContain(MESSAGES[language].fallback(true).split('.')[0]!);
    },
  );

  it('whose items a list holds is no question of its own: the qualities of a changemaker show the traits, not social entrepreneurship', async () => {
    const reply = await new BotConversation(deps).say('kwaliteiten van een changemaker ondernemer');
    expect(reply.texts.join()).toContain(TRAITS);
    expect(reply.texts.join()).not.toContain(SOCIAAL_ONDERNEMEN);
  });

  it('setting a multi-year policy is the strategist', async () => {
    const reply = await new BotConversation(deps).say(
      'Wij moeten als bestuur ons meerjarenbeleid vaststellen. Welke pet hoort daarbij?',
    );
    expect(reply.texts.join()).toContain(STRATEEG);
  });

  it('selling a thing is the contrast of services: offered, not the salesperson answered', async () => {
    const reply = await new BotConversation(deps).say('wat maakt hulpverlening anders dan een ding verkopen');
    expect(reply.texts.join()).not.toContain(VERKOPER);
    expect(reply.buttons.map((b) => b.title)).toContain(titleOf('diensten-en-producten'));
  });
});

describe('clarification', () => {
  it('asks which list is meant, and "de eerste" picks the first option', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const ask = await conversation.say('het tweede kenmerk');
    expect(ask.texts.join()).toContain(MESSAGES.nl.clarifyOrdinal('tweede'));
    expect(ask.buttons).toHaveLength(2);
    const first = ask.buttons[0]!;
    const picked = await conversation.say('de eerste');
    const direct = await new BotConversation(deps).say(first.value);
    expect(picked.texts).toEqual(direct.texts);
  });

  it('asks which of the topics just offered an example is wished of, before the main topics', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const fell = await conversation.say(
      'ik werk bij de gemeente. waarom is het zo lastig om inwoners vooraf te laten zien wat ze aan onze ondersteuning hebben?',
    );
    const offered = fell.buttons.map((b) => b.value);
    expect(offered.length).toBeGreaterThan(0);
    const example = await conversation.say('heb je een voorbeeldje');
    expect(example.texts.join()).toContain(MESSAGES.nl.whichOffered);
    expect(example.buttons.map((b) => b.value).slice(0, offered.length)).toEqual(offered);
    expect(example.buttons.map((b) => b.value)).toEqual(expect.arrayContaining(topicQuestions('nl')));
  });

  // An item shown before the fallback has faded: the example is not of it (visitors-dg).
  it("asks the same after a fallback that followed an item, instead of giving that item's example", async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    await conversation.say('Wat zijn de negen petten?');
    const strategist = await conversation.say('de eerste');
    expect(strategist.texts.join()).toContain(STRATEEG);
    const fell = await conversation.say(
      'ik werk bij de gemeente. waarom is het zo lastig om inwoners vooraf te laten zien wat ze aan onze ondersteuning hebben?',
    );
    expect(fell.buttons.length).toBeGreaterThan(0);
    const example = await conversation.say('heb je een voorbeeldje');
    expect(example.texts.join()).toContain(MESSAGES.nl.whichOffered);
  });

  it('asks which item was meant, the likeliest first, when items fit but none clearly enough', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const reply = await conversation.say(
      'Which hat is about the money, so that we still exist in ten years?',
    );
    expect(reply.texts.join()).toContain(MESSAGES.en.clarify);
    expect(reply.texts.join()).not.toContain(MESSAGES.en.fallback(true));
    const hats = deps.knowledge.require('negen-petten').items;
    const treasurer = deps.knowledge.require('pet-schatbewaarder').translation_en!.question;
    expect(reply.buttons[0]!.value).toBe(treasurer);
    // every hat stays offered: the likeliest may not be the one meant
    expect(reply.buttons).toHaveLength(hats.length);
  });

  it('offers the item at that place in each list when no list is on screen or named', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const fifth = await conversation.say('de vijfde, wat houdt die in?');
    expect(fifth.texts.join()).toContain(MESSAGES.nl.clarifyOrdinal('vijfde'));
    expect(fifth.buttons.map((b) => b.value)).toEqual(
      ['kenmerk-beweging', 'pet-coordinator', 'dienst-persoonsgebonden'].map(
        (id) => deps.knowledge.require(id).question,
      ),
    );
    // only the hats have a ninth: one option, still asked, as no list was named
    const ninth = await conversation.say('nummer 9');
    expect(ninth.texts.join()).toContain(MESSAGES.nl.clarify);
    expect(ninth.buttons.map((b) => b.value)).toEqual([
      deps.knowledge.require('pet-schatbewaarder').question,
    ]);
  });
});

describe('staff debug view', () => {
  it('is not available without BOT_DEBUG', async () => {
    const conversation = new BotConversation(deps);
    const reply = await conversation.say('/debug');
    expect(reply.texts).toEqual([MESSAGES.nl.debugUnavailable]);
    expect((await conversation.say('Wat is vitaal vakmanschap?')).texts.join()).not.toContain('```');
  });

  it('toggles the candidates and their scores under each reply', async () => {
    const conversation = new BotConversation(debugDeps);
    expect((await conversation.say('/debug')).texts).toEqual([MESSAGES.nl.debugOn]);
    const withScores = (await conversation.say('Wat is vitaal vakmanschap?')).texts.join();
    expect(withScores).toMatch(/1\. vitaal-vakmanschap 1\.000/);
    expect((await conversation.say('/debug')).texts).toEqual([MESSAGES.nl.debugOff]);
    expect((await conversation.say('Wat is vitaal vakmanschap?')).texts.join()).not.toContain('```');
  });
});
