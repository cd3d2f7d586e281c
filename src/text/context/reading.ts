/** How a word reads in its sentence: the word to analyse, or undefined when it is dropped. */
export type Reading = string | undefined;
export const DROPPED: Reading = undefined;
