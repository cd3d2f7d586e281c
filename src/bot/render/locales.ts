import type { Language } from '../../text/language';

/** The locale a reply is marked with, per language the bot speaks. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-US' };
