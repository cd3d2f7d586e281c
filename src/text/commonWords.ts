/**
 * Everyday words that are neither stopwords nor topics: the verbs, adverbs and
 * vague nouns a visitor wraps a question in ("hoe zat het ook alweer met die
 * petten", "wat gebeurt er als…", "how does that work"). The FAQ's own text
 * rarely uses most of them, so without this list they would count as words the
 * knowledge does not know, which weigh heavily against every answer (they
 * mark out-of-scope questions). They keep a small weight, because some do
 * carry meaning in a question ("doen staat voorop").
 */
import type { Language } from './language';

const DUTCH = `
zitten zit zat zaten gezeten staan sta staat stond stonden gestaan liggen ligt lag lagen gelegen
gaan ga ging gingen gegaan komen kom komt kwam kwamen gekomen houden hield hielden gehouden
krijgen krijg krijgt kreeg kregen gekregen nemen neem neemt nam namen genomen gaf gaven gegeven
laten laat liet lieten gelaten zien zie ziet zag zagen gezien weten weet wist wisten geweten
vind vindt vinden vond vonden gevonden denken denk denkt dacht dachten gedacht horen hoort hoorde hoorden
lijken lijkt leek leken geleken blijven blijf blijft bleef bleven gebleven werden geworden
mocht mochten konden wilde wilden wou moest moesten zei zeiden gezegd gemaakt deed deden gedaan
hebt had hadden gehad geweest gebeuren gebeurt gebeurde gebeurd passen past paste heten heette
brengen brengt bracht gebracht kijken kijk kijkt keek keken gekeken lukt lukken lukte gelukt
snappen snap snapt begrijp begrijpt zoeken zoek zoekt zocht gezocht hoor gehoord lezen lees leest
las lazen gelezen proberen probeer probeert probeerde probeerden geprobeerd
omgaan omgaat omga omging omgingen omgegaan
hoi hallo hee goedemorgen goedemiddag goedenavond bedankt dank dankje dankjewel dankuwel merci oke okee
alweer weer steeds nog toch even gewoon ongeveer heel erg best goed vaak soms nooit telkens zomaar
meteen gauw alvast pas net juist vooral zelfs eens straks later vroeger ooit ergens niks helemaal
iemand niemand sommige weinig minder heleboel hele zulk zulke zoiets daarom echt tegenwoordig
ding dingen dingetje zaak manier keer keren tijd jaar jaren dag dagen week mensen persoon
vervullen vervult vervulde grondslag stuk stukje deel soort eigenlijk beetje opzetten opzet zet draag draagt dragen concreet concrete concreter
school opdracht schoolopdracht scriptie afstudeerscriptie werkstuk schrijf schrijft schrijven paper papers
klas klassen les leerling leerlingen leraar lerares juf meester scholier scholieren
opgezet student studenten hoorde groot grote grootste voornaamste google
dom domme stom stomme
meestal doorgaans normaal normaliter meestentijds gemiddeld waarschijnlijk wellicht simpelweg letterlijk
redelijk tamelijk nogal behoorlijk momenteel vandaag onlangs laatst recent recentelijk specifiek
afhangt afhangen afhing
klopt kloppen klopte klopten uberhaupt lijst lijstje lijstjes nut nuttig
daadwerkelijk werkelijk
zorg zorgt zorgen zorgde zorgden gezorgd terecht bepalend
ene toevallig toevallige
faq faqs beschrijft beschrijven beschreven
not kwijt degene mis mist gemist bijna verderop ontbreekt checkt check gedoe afvraagt klinkt overal liefst vergeet vergeten verklaart snel flink handig handige bedoeling ipv
tov mbt oa dwz ivm evt bijv
leven veertig zulke zulk rijk
financier financiers
regelt regelen
sluit sluiten aansluiten aansluit aansluitend
ambetant ambetante plezant plezante goesting seffens efkes zijt nie ferm wreed
poot poten
uiteindelijk nauwelijks logisch zeg noemde ie
`;

const ENGLISH = `
get gets got getting go goes went gone going come comes came coming keep keeps kept take takes took
taken put puts say says said tell tells told think thinks thought see sees saw seen seeing look looks
looked find finds found seem seems seemed happen happens happened work works worked thing things
stuff way ways time times kind sort bit lot lots wear wears wearing really actually basically just still again ever
never always often sometimes anyway something someone anyone everything people guy guys good
deal deals dealt dealing handle handles handled handling hear hears heard hearing read reads try tries tried
trying use uses used using hi hello hey thanks thank cheers ok okay concretely ppl
key main quick question questions thesis paper essay assignment homework sound sounds familiar
class classes lesson pupil pupils teacher teachers classroom
site refer refers referring student students exchange big biggest google
silly dumb stupid sentence briefly
usually typically generally normally mostly commonly specifically particularly especially probably perhaps
maybe definitely certainly simply honestly literally totally pretty fairly somewhat kinda sorta gonna wanna
precisely currently nowadays today recently lately though tho nobody somebody anybody everybody noone
point points page faq faqs covers cover covered describes describe
allowed allow allows supposed fix fixed constantly whatever overall
honorary kindly grateful funder funders
im theres let anymore almost ll roughly tbh alright afterwards barely
nice whoops woops oops
volgens jullie eigenlijk alsjeblieft zeg maar precies tussen
`;

const sets: Record<Language, ReadonlySet<string>> = {
  nl: new Set(DUTCH.split(/\s+/).filter(Boolean)),
  en: new Set(ENGLISH.split(/\s+/).filter(Boolean)),
};

/**
 * A number on its own ("havo 4", "30 jaar", "3 vrijwilligers") counts something in the visitor's story.
 * The alternatives that name an item by its number ("kenmerk nummer 4") made "Ik maak een les voor
 * havo 4" the fourth trait; a number that picks an item is read by the ordinal intent, before matching.
 */
const NUMBER = /^\d+$/;

/**
 * A number from eleven up written as a word ("vijftien jaar", "twenty volunteers") counts something in
 * the story too. Split into two words the knowledge knows, "vijftien" was "vijf" and "tien", and
 * matched the five characteristics of services (visitors-cu). Not "vijf", "zes", "negen": those count
 * a list's items ("de negen petten").
 */
const SPELLED_NUMBER = new RegExp(
  [
    '^(elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)$',
    '^((een|twee|drie|vier|vijf|zes|zeven|acht|negen)en)?(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$',
    '^(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$',
    '^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$',
  ].join('|'),
);

export function isCommonWord(word: string, language: Language): boolean {
  return sets[language].has(word) || NUMBER.test(word) || SPELLED_NUMBER.test(word);
}
