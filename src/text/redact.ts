/**
 * Removes what could identify a person from a visitor's question before it is
 * stored: e-mail addresses, phone numbers and other long numbers (account,
 * citizen service numbers), postcodes and web addresses. Names cannot be
 * recognised reliably and are not removed; the logs store no user ids.
 *
 * Text work, so it sits with the text: the conversation policy redacts what it
 * remembers, and the unanswered, feedback and signals logs what they write.
 */
const PATTERNS: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[e-mail]'],
  [/\bhttps?:\/\/\S+|\bwww\.\S+/gi, '[url]'],
  [/\b[A-Z]{2}\d{2}[A-Z0-9]{4}\d{7,}\b/gi, '[rekeningnummer]'],
  [/(\+|\b)\d[\d\s().-]{7,}\d\b/g, '[nummer]'],
  [/\b\d{4}\s?[A-Z]{2}\b/g, '[postcode]'],
];

/**
 * What every pattern needs: an @, a digit or the start of a web address. Most questions have none,
 * and are then left as they are without running the five patterns (the policy redacts every turn).
 */
const MAY_IDENTIFY = /[@\d]|https?:\/\/|www\./i;

export function redactPersonalData(text: string): string {
  if (!MAY_IDENTIFY.test(text)) return text;
  return PATTERNS.reduce((out, [pattern, label]) => out.replace(pattern, label), text);
}
