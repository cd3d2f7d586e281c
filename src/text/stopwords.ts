/**
 * Words that say nothing about which FAQ entry is meant, per language.
 *
 * natural does not export its Dutch stopword list, so the Dutch list is the
 * Snowball list (snowballstem.org/algorithms/dutch/stop.txt) plus common forms
 * visitors write, and the words of prepositional phrases ("ten opzichte van", "met betrekking tot",
 * "naar aanleiding van"). "Frame" words are the way people wrap a question ("wat
 * betekent…", "kun je uitleggen…", "what does … mean"): they are not stopwords in
 * general text, but in a question to this FAQ they carry no topic.
 */
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords';
import type { Language } from './language';

const DUTCH_STOPWORDS =
  `aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen
door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is
ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op
over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie wil worden wordt zal ze
zelf zich zij zijn zo zonder zou jij jou jouw jullie wij we mijn onze hen hun dat wel nee ok oke dan welke welk
waarom waarin waarop waarmee waardoor wanneer hoezo hé he eh uhm zou zouden kun kunt mag mogen moeten moet moeten
gaat gaan doe doet deed word ben bent hebt waar zoals volgens echt gewoon misschien namelijk daarbij daarvan daarop
daarin daarover daaraan eraan erbij ervan erin erop erover hierbij hiervan hierover hiermee jouw jullie je
ten opzichte aanzien behoeve betreft betrekking aanleiding behulp
`
    .split(/\s+/)
    .filter(Boolean)
    // Clipped forms visitors write, without their apostrophe once normalised: 'n (een), 't (het), 'k (ik),
    // m'n, z'n, d'r: a letter the knowledge does not know would weigh as an unknown word.
    .concat('n t k m z d r'.split(' '))
    // Flemish forms of the same function words ("nen echte ondernemer", "gij", "allez", "awel", "da"
    // for "dat"): Dutch visitors from Belgium write them, and unknown they would weigh against every
    // answer.
    .concat('nen ne den gij allez awel da wa ni amai'.split(' '))
    // Chat abbreviations of function words: ff (even), mss (misschien), idd (inderdaad), ajb (alsjeblieft),
    // wrm (waarom), vr (voor), vd (van de), mn (m'n), zn (z'n), ns (eens: "lijst nog ns").
    .concat('ff mss idd ajb wrm zon vr vd mn zn ns'.split(' '))
    // Pointing words natural's list lacks ("wat heb je daarvoor nodig?"): they point back at the topic.
    .concat(
      'daarvoor daarna daaruit daardoor daarom hiervoor hierna hierop hierin ervoor erna eruit waarvoor waarbij via'.split(
        ' ',
      ),
    )
    // Chat sounds: "lol", "yo", "xd" say nothing about the question; nor do "iedereen", "niemand".
    .concat('lol yo xd iedereen niemand'.split(' '))
    // Reflexives: "herken ik wel in mezelf" says who, not what.
    .concat('mezelf jezelf zichzelf onszelf uzelf hunzelf'.split(' '));

// The company's own name says nothing about the question: every question here is put to Quanta NpM.
const DUTCH_FRAME =
  `betekent betekenen betekenis bedoelt bedoel bedoeld bedoelen verstaan verstaat verstaan houdt
houd hou inhoud inhoudt inhouden uitleg uitleggen leg legt vertel vertellen vertelt graag weten precies eigenlijk
opnoemen opsommen opsomming listen noem nou even alsjeblieft alstublieft aub svp pls plz vraag vragen vroeg zeggen zegt noem noemen geef geven beschrijf toon
omschrijf omschrijving definitie definieer begrip term info informatie? toelichting toelichten uitgelegd
allemaal zoal eens soms iemand dingen ding sprake spreken kort korte lang beetje snap snappen begrijp begrijpen
hoor heet heten genoemd ermee mee daarmee bijvoorbeeld hallo hoi beste quanta npm
goeiendag goeiedag goedendag goedemorgen goedemiddag goedenavond hey hee geachte heer mevrouw
benieuwd nieuwsgierig afvragen jammer helaas wsl wss mss
dames heren behelst behelzen vernemen vernam gaarne zoudt derhalve teneinde dienaangaande alvorens alsmede
aangaande omtrent hieromtrent voorts dientengevolge`
    .split(/\s+/)
    .filter((w) => w && !w.endsWith('?'));

const ENGLISH_FRAME = `mean means meaning meant explain explained explanation tell describe definition define
please pls plz pleas know want like would could can exactly actually really kind sort thing things about regarding
what's whats whats' does did do called call hello hi involve involves involved entail entails quanta npm
mention mentions mentioned hey dear sir madam us lol yo xd sorry according btw
curious wonder wondering teh u ur one ones seriously honestly basically literally`
  .split(/\s+/)
  .filter(Boolean);

/**
 * What is left of an English contraction once its apostrophe is gone ("isn't" → "isn t", "don't" →
 * "don t"), and the forms typed without it ("isnt", "dont"); natural's list has the single letters. Not
 * "ll", "ve", "re": a word split in two known parts would lose its first ("review" → "re view"). "Isn't that just a fancy word for working hard?" weighed "isn" as a topic word,
 * which an alternative phrased "why isn't offering a service …" shares (visitors-co).
 */
const ENGLISH_CONTRACTIONS =
  `isn aren wasn weren don doesn didn haven hasn hadn shouldn wouldn couldn mustn needn
isnt arent wasnt werent dont doesnt didnt havent hasnt shouldnt wouldnt couldnt cant wont`
    .split(/\s+/)
    .filter(Boolean);

/**
 * The sounds of someone thinking aloud, typed or dictated ("what does the um coordinator hat
 * involve", "welke eh pet"): unknown to the knowledge, each weighed against every answer (visitors-cx,
 * dictated questions). In both languages' frame words, not their function words, so they tell
 * nothing about which language a message is in.
 */
const HESITATIONS = `um umm uhm uh uhh erm er eh ehm euh`.split(' ');

const sets: Record<Language, { stop: Set<string>; frame: Set<string> }> = {
  nl: { stop: new Set(DUTCH_STOPWORDS), frame: new Set([...DUTCH_FRAME, ...HESITATIONS]) },
  en: {
    stop: new Set([...naturalStopwords, ...ENGLISH_CONTRACTIONS]),
    frame: new Set([...ENGLISH_FRAME, ...HESITATIONS]),
  },
};

/** True for words that are dropped before matching in this language. */
export function isStopword(word: string, language: Language): boolean {
  return sets[language].stop.has(word) || sets[language].frame.has(word);
}

/** Function words only (no frame words): the strongest signal of which language a text is in. */
export function isFunctionWord(word: string, language: Language): boolean {
  return sets[language].stop.has(word);
}

export function stopwordList(language: Language): string[] {
  return [...sets[language].stop, ...sets[language].frame];
}

/** The function words only (no frame words), as a list. */
export function functionWordList(language: Language): string[] {
  return [...sets[language].stop];
}
