// The three modules of natural the bot uses, imported one by one: `import natural from 'natural'`
// loads the whole library (classifiers, WordNet, taggers and their JSON data), which took about
// a second of every start and tens of MB of memory (measured by the cold-start bench).
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl' {
  const stemmer: { stem(word: string): string };
  export = stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const stemmer: { stem(word: string): string };
  export = stemmer;
}
declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}
