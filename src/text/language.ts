/**
 * The languages the bot understands and answers in. A leaf in the lowest
 * domain layer, so text, knowledge, matching and everything above import it
 * from here and none of them has to reach up for it.
 */
export type Language = 'nl' | 'en';
