/**
 * Dutch word forms that natural's Porter stemmer leaves apart, brought back to
 * a base form before stemming: diminutives ("centjes" → "cent", "stichtinkje"
 * → "stichting"), participles ("georganiseerd" → "organiseer", "meegewerkt" →
 * "meewerk"), verb endings ("onderscheidt" → "onderscheid", "produceert" →
 * "produceer"), nouns made from verbs ("beheersing" → "beheers") and adjectives
 * made from nouns ("vergankelijkheid" → "vergankelijk"). A rule applies only
 * when what it leaves is a word the knowledge uses (the caller checks), so
 * "markt" never becomes "mark".
 *
 * Compounds ("geldzaken" as "geld" + "zaken") are not split: measured on the
 * development sets, taking the head for the word gained no right answers and
 * let two more out-of-scope questions through ("ondernemingsplan" became
 * the strategist's "plan").
 */

/** Separable verb particles: "meegewerkt" is "mee" + "gewerkt". */
const PARTICLES = [
  'binnen',
  'tegen',
  'aan',
  'af',
  'bij',
  'door',
  'in',
  'mee',
  'na',
  'om',
  'op',
  'over',
  'rond',
  'samen',
  'terug',
  'toe',
  'uit',
  'vast',
  'voor',
  'weg',
];

/**
 * Diminutive endings, singular and plural; -ske(s) is the Flemish one ("een klein zaakske", visitors-ci).
 * Not the Flemish -ke alone: it ends too many adjectives ("sterke", "rijke").
 */
const DIMINUTIVES = [
  'etjes',
  'etje',
  'tjes',
  'tje',
  'pjes',
  'pje',
  'kjes',
  'kje',
  'jes',
  'je',
  'skes',
  'ske',
];

/**
 * The singular diminutives a noun may take ("kenmerk" → "kenmerkje", "rol" → "rolletje", "kwaliteit"
 * → "kwaliteitje"): every ending a Dutch diminutive can have, so some are no words, which no visitor
 * types. For a list's item nouns, where a diminutive still names one item ("dat eerste kenmerkje").
 */
export function singularDiminutives(noun: string): string[] {
  return [`${noun}je`, `${noun}tje`, `${noun}pje`, `${noun}etje`, `${noun}${noun.at(-1) ?? ''}etje`];
}

/** Derivational endings whose removal leaves the word it was made from. */
const DERIVATIONS = ['heid', 'heden', 'ing', 'ingen'];

/** Shortest base form (shorter ones are mostly endings or particles). */
const MIN_PART = 3;

/**
 * Base forms a rule yields for the word, most specific rule first. Each is only a candidate:
 * the caller keeps the first that is a word.
 */
export function baseForms(word: string): string[] {
  const forms: string[] = [];
  // Diminutives: -etje(s), -tje(s), -pje(s), -kje(s) (after -ing: "stichtinkje"), -je(s). Every
  // ending that fits gives a candidate ("centjes": "cen" by -tjes, "cent" by -jes); the caller keeps
  // the one the knowledge uses.
  for (const ending of DIMINUTIVES) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length);
    if (ending.startsWith('k') && stem.endsWith('in')) forms.push(`${stem}g`);
    forms.push(stem);
    // "balletje" → "bal": -etje follows a doubled consonant.
    if (ending.startsWith('etje')) forms.push(stem.replace(/(.)\1$/, '$1'));
  }
  // Participles: ge…d / ge…t / ge…en, also after a particle ("meegewerkt", "uitgestippeld").
  for (const particle of ['', ...PARTICLES]) {
    if (!word.startsWith(`${particle}ge`) || word.length < particle.length + 5) continue;
    const rest = word.slice(particle.length + 2);
    if (/[dt]$/.test(rest)) {
      const root = particle + rest.slice(0, -1);
      forms.push(root, `${root}en`);
      // After one short vowel the consonant doubles before -en: "toegezegd" → "toezeggen", "gelegd" →
      // "leggen" (not "uitgestippeld" → "uitstippellen": the vowel is not a stressed one).
      if (/^[^aeiou]+[aeiou][^aeiouwy]$/.test(rest.slice(0, -1))) forms.push(`${root}${root.at(-1)!}en`);
    }
    if (rest.endsWith('en')) forms.push(particle + rest);
  }
  // Participles of verbs with an unstressed prefix take no ge-: "beoordeeld" → "beoordelen",
  // "vertaald" → "vertalen", "ontwikkeld" → "ontwikkelen".
  if (/^(be|ver|ont|her|er)..+[dt]$/.test(word) && !word.endsWith('heid'))
    forms.push(word.slice(0, -1), `${word.slice(0, -1)}en`);
  // A long vowel is written once before -en: "beoordeel" → "beoordelen", "gemaakt" → "maken".
  for (const form of [...forms]) {
    const infinitive = openSyllableInfinitive(form);
    if (infinitive) forms.push(infinitive);
  }
  // Verb forms: -t / -dt (third person), -de / -te / -den / -ten (past).
  if (/[^aeiou]t$/.test(word) && word.length > 4) forms.push(word.slice(0, -1));
  if (/eert$/.test(word)) forms.push(word.slice(0, -1));
  // The one-syllable verbs and their compounds: "stilstaat" → "stilstaan", "vooruitgaat" → "vooruitgaan",
  // "voldoet" → "voldoen", "toeziet" → "toezien" (visitors-ci). Not the five-letter and shorter "doet", "gaat",
  // "ziet", "staat": stopwords or common words already.
  if (/(aa|oe|ie)t$/.test(word) && word.length > 5) forms.push(`${word.slice(0, -1)}n`);
  const past = /^(.{3,})(de|te|den|ten)$/.exec(word);
  if (past) forms.push(past[1]!);
  for (const ending of DERIVATIONS) {
    if (word.endsWith(ending) && word.length - ending.length >= 4) forms.push(word.slice(0, -ending.length));
  }
  forms.push(...separableParticiples(word));
  return forms.filter((f) => f !== word && f.length >= MIN_PART);
}

/**
 * "wegduwt", "wegduwen" → "weggeduwd": a separable verb as a visitor writes it, as the participle the
 * FAQ uses ("Waar kwetsbaarheid wordt weggeduwd"). Both -d and -t: the caller keeps a known form.
 */
function separableParticiples(word: string): string[] {
  const particle = PARTICLES.find((p) => word.startsWith(p) && !word.startsWith(`${p}ge`));
  if (!particle) return [];
  const rest = word.slice(particle.length);
  const root = /[^aeiou]t$/.test(rest)
    ? rest.slice(0, -1)
    : rest.endsWith('en')
      ? rest.slice(0, -2)
      : undefined;
  if (!root || root.length < 3) return [];
  return [`${particle}ge${root}d`, `${particle}ge${root}t`];
}

/** "beoordeel" → "beoordelen", "loop" → "lopen": a long vowel is written once before -en. */
function openSyllableInfinitive(stem: string): string | undefined {
  const open = /^(.*)(aa|ee|oo|uu)([^aeiou])$/.exec(stem);
  return open ? `${open[1]}${open[2]![0]}${open[3]}en` : undefined;
}

/**
 * The infinitives a present-tense verb may be listed under, for a dictionary that lists verbs so:
 * "loopt" → "lopen", "maakt" → "maken", "legt" → "leggen". Candidates only, like baseForms.
 */
export function infinitiveForms(word: string): string[] {
  const stem = word.endsWith('t') ? word.slice(0, -1) : word;
  const open = openSyllableInfinitive(stem);
  return [`${stem}en`, ...(open ? [open] : []), `${stem}${stem.at(-1)}en`];
}

/**
 * A superlative made from an adjective with a suffix ("belangrijkste", "lastigst", "duurzaamste"),
 * with that adjective as its first group. Only after such a suffix, where no noun ends in "st" as
 * "dienst" and "winst" do.
 */
export const SUPERLATIVE = /^(.+(?:ijk|ig|isch|baar|zaam))ste?$/;

/** Whether the word ranks as a superlative does: "belangrijkste", and those without such a suffix. */
export function isSuperlative(word: string): boolean {
  return SUPERLATIVE.test(word) || OTHER_SUPERLATIVES.has(word);
}
const OTHER_SUPERLATIVES = new Set(['voornaamste', 'grootste', 'beste']);

/** Whether a word has a plural's ending ("petten", "hats"); "die eigenschap" does not. */
export function looksPlural(word: string): boolean {
  return /(?:en|s)$/.test(word);
}
