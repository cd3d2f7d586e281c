/**
 * Does the question ask what something means for someone, or what follows from
 * it: "wat betekenen die vijf kenmerken van diensten voor een gemeente?", "de
 * consequenties van die dienstkenmerken voor ons", "what do these service
 * characteristics mean for public organisations?". Such a question names a list
 * but does not ask what its items are.
 */
const CONSEQUENCE_WORDS = new Set(
  'gevolg gevolgen consequentie consequenties implicatie implicaties consequence consequences implication implications'.split(
    ' ',
  ),
);
/**
 * What something means (for someone): "wat betekent dat voor …"; also "betekend", the d-for-t
 * misspelling Dutch visitors often make ("wat betekend dit allemaal voor een gemeentelijke
 * instelling?" was read as asking for the whole list in focus).
 */
export const MEANS: ReadonlySet<string> = new Set(
  'betekenen betekent betekend betekende mean means meant imply implies implied'.split(' '),
);
/** ("vr": "voor" as typed in a hurry, visitors-av.) */
const FOR = new Set(['voor', 'vr', 'for']);

/**
 * "voor ons als organisatie", "voor onze instelling", "for us as an organisation": the visitor's own,
 * but an organisation, which is what the FAQ's consequences are about (visitors-bc).
 */
const ORGANISATIONS = new Set([
  'organisatie',
  'organisaties',
  'instelling',
  'instellingen',
  'instantie',
  'instanties',
  'gemeente',
  'gemeenten',
  'gemeentes',
  'overheid',
  'organisation',
  'organisations',
  'organization',
  'organizations',
  'institution',
  'institutions',
  'municipality',
  'municipalities',
  'council',
  'agency',
  'government',
]);
const AS_AN = new Set(['als', 'as', 'an', 'a', 'een']);

/** Whether the words (normalised) name consequences: "Gevolgen voor publieke organisaties". */
export function namesConsequences(words: readonly string[]): boolean {
  return words.some((w) => CONSEQUENCE_WORDS.has(w));
}

/**
 * "ik werk bij de gemeente, wat moeten wij …", "wat betekent dat voor onze instelling": the visitor
 * asks for an organisation, theirs or one they name.
 */
export function speaksForAnOrganisation(words: readonly string[]): boolean {
  return words.some((w) => isOrganisation(w) || WE.has(w));
}

/**
 * "organisatie", and the compounds that name a kind of one: "welzijnsorganisatie", "zorginstellingen",
 * "overheidsorganisatie" (visitors-ea, -dy: the welfare organisation asking what to do with the
 * services' characteristics got the services again).
 */
function isOrganisation(word: string): boolean {
  return ORGANISATIONS.has(word) || ORGANISATION_COMPOUND.test(word);
}
const ORGANISATION_COMPOUND = /.{3,}(organisatie|organisaties|instelling|instellingen|instantie|instanties)$/;
/** Not "ons", "onze": "wat betekent dat voor onze dienst?" asks about the visitor's own service (visitors-u). */
const WE = new Set(['wij', 'we']);

/** Whether the words from `at` on name an organisation ("als organisatie", "organisation"). */
export function namesAnOrganisationAt(words: readonly string[], at: number): boolean {
  let i = at;
  while (AS_AN.has(words[i] ?? '')) i++;
  return isOrganisation(words[i] ?? '');
}

/**
 * "Wat moet een gemeentelijke dienst nou anders doen, gezien al die eigenschappen?", "what should we do
 * differently?": what to change, which is what follows from the list (visitors-bg).
 */
const DO = new Set(['doen', 'aanpakken', 'inrichten', 'organiseren', 'regelen']);

/**
 * "wat moet een welzijnsorganisatie daar nu in de praktijk mee?", "waar moet een zorgorganisatie zoals de
 * mijne dan vooral op letten?", "welke lessen trekken jullie daaruit voor organisaties zoals de onze?":
 * what an organisation is to do with it, mind or learn from it (visitors-ea, -dy, -dz).
 */
const WHAT_TO_DO_WITH =
  /\b(moet|moeten|kan|kunnen)\b.*\b(daar|hier)\b.*\bmee\b|\b(moet|moeten|kan|kunnen)\b.*\b(daarmee|hiermee)\b/;
const MIND_OR_LEARN =
  /\bwaar (\S+ ){1,9}op letten\b|\baandachtspunten\b|\blessen\b|\blessons\b|\b(leren|learn) (daarvan|hiervan|from (this|that|it))\b/;

/** @param words the normalised words of the question */
export function asksForConsequences(words: readonly string[]): boolean {
  const text = words.join(' ');
  // Only for an organisation: "Ik verkoop geen spullen maar advies. Waar moet ik op letten?" asks what
  // a service is, the list (visitors-c, -dq).
  if ((WHAT_TO_DO_WITH.test(text) || MIND_OR_LEARN.test(text)) && speaksForAnOrganisation(words)) return true;
  let meansAt = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (CONSEQUENCE_WORDS.has(word)) return true;
    if ((word === 'anders' && DO.has(words[i + 1] ?? '')) || word === 'differently') return true;
    if (MEANS.has(word)) meansAt = i;
    else if (meansAt >= 0 && FOR.has(word)) return true;
  }
  return false;
}
