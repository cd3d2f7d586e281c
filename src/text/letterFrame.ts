/**
 * "Geachte dames en heren, … Met vriendelijke groet, T. Bakker": visitors who write as in a letter
 * wrap the question in a salutation and a closing with their name. Neither says what is asked, and
 * their words are no words of the knowledge: "heren" was read as "heen", "groet" as "groot", and a
 * signature's name is an unknown word that weighs against every answer (visitors-ck). Both are taken
 * off before matching; a message that is only a greeting or a goodbye is left whole for small talk.
 */

/**
 * A salutation that opens the message: "Geachte heer, mevrouw,", "Geachte dames en heren,", "Beste
 * mensen van Quanta,", "Dear Sir or Madam,". Up to four words after the opening word, ending in a
 * comma, colon or line break; "mevrouw" or "madam" may follow a first comma. Not "Beste manier om …?":
 * no comma or colon closes it.
 */
const SALUTATION =
  /^\s*(?:geachte|beste|dear)(?:\s+[^\s,:;!?]+){1,4}\s*(?:,\s*(?:mevrouw|mevr\.?|madam|heren)\s*)?[,:\n]\s*/i;

/**
 * A closing, from where it opens a sentence or line to the end: "Met vriendelijke groet(en), J. de Wit",
 * "Hoogachtend, mr. G. Hendriks", "Mvg", "Groeten, Els", "Kind regards, Ann", "Yours sincerely". Only when what follows
 * it is a signature: a few words and no question.
 */
const CLOSING =
  /(?:^|[.!?,;\n]\s*)((?:met\s+)?(?:vriendelijke|hartelijke|collegiale|beste|warme)\s+groet(?:en)?|groet(?:en|jes)?|hoogachtend|mvg|m\.v\.g\.?|(?:with\s+)?(?:kind|best|warm|warmest|kindest)\s+regards|regards|yours\s+(?:sincerely|faithfully|truly)|sincerely)\b([^?]*)$/i;

/** The most words a signature may have after the closing ("dr. ir. J.P. van der Berg, directeur"). */
const MAX_SIGNATURE_WORDS = 8;

/** The text without a letter's salutation and closing; the text itself when nothing would be left. */
export function withoutLetterFrame(text: string): string {
  let body = text.replace(SALUTATION, '');
  const closing = CLOSING.exec(body);
  // Cut where the closing's words begin, keeping the sentence's own full stop or question mark.
  if (closing && words(closing[2]!) <= MAX_SIGNATURE_WORDS)
    body = body.slice(0, closing.index + closing[0].indexOf(closing[1]!));
  return hasLetter(body) ? body.trim() : text;
}

/**
 * Whether the text has a word (words(text) > 0): a letter is never a space, so the text has one
 * exactly when it has a letter. Asked of every message: splitting it and testing each word was
 * most of what taking off the frame cost (2026-12-07, respond() profiled on the bench questions).
 */
function hasLetter(text: string): boolean {
  return LETTER.test(text);
}
const LETTER = /\p{L}/u;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
