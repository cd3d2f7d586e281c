/** The languages the bot understands and answers in. A leaf: text, knowledge and matching all use it. */
export type Language = 'nl' | 'en';
