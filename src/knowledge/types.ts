/**
 * The knowledge base as the rest of the program sees it. Plain data: nothing here
 * knows about YAML, botbuilder or matching.
 */

/** A curated English translation of an entry's Dutch FAQ text. */
export interface EnglishTranslation {
  title: string;
  question: string;
  answer: string;
  examples?: string;
}

/** One entry exactly as it is stored in `knowledge/*.yaml`. */
export interface StoredEntry {
  id: string;
  /** Short label, used on buttons. */
  title: string;
  /** The FAQ's question, or for list items a curated question about the item. */
  question: string;
  /** For list items: the id of the list entry and the 1-based position in it. */
  parent?: string;
  position?: number;
  /** The FAQ's own words (Markdown). */
  answer: string;
  /** The examples ("Bijvoorbeeld: …") that belong to a list item, in the FAQ's own words. */
  examples?: string;
  /** One of the main questions of the FAQ page: offered as a topic in the welcome and fallback. */
  topic?: boolean;
  /** `excerpt`: a passage staff cut from another entry's answer; kept by the importer. */
  origin?: 'excerpt';
  /** Alternative phrasings written by staff. */
  alternatives?: string[];
  alternatives_en?: string[];
  /**
   * The concept lexicon: words and short phrases a visitor uses for what this entry is about
   * when they do not know the FAQ's terms ("centen", "boekhouding" for the treasurer).
   * Matched like the answer text, with more weight; written by staff.
   */
  concepts?: string[];
  concepts_en?: string[];
  /**
   * For a list: what one of its items is called ("pet", "kenmerk"; "hat"), singular. "Welke pet
   * gaat over geld?" asks for one item of the list whose items are called "pet".
   */
  itemNouns?: string[];
  itemNouns_en?: string[];
  /** Related entries offered after this one ("meer"). */
  followUps?: string[];
  translation_en?: EnglishTranslation;
}

/** Where an entry was read from, for error messages. */
export interface SourceLocation {
  file: string;
  line: number;
}

export interface KnowledgeEntry extends StoredEntry {
  location: SourceLocation;
  /** Ids of the items of a list, in order; empty for entries that are not lists. */
  items: string[];
  /** The entry whose answer holds this one's: a list item's list, or the answer an excerpt was cut from. */
  partOf?: string;
}

/** Groups of words that mean the same to a visitor, per language. */
export interface SynonymGroups {
  nl: string[][];
  en: string[][];
}

/** Words that mark a question as outside the FAQ (prices, bookings, jobs, …), per language. */
export interface OffTopicWords {
  nl: ReadonlySet<string>;
  en: ReadonlySet<string>;
}

export interface KnowledgeBase {
  readonly entries: readonly KnowledgeEntry[];
  readonly synonyms: SynonymGroups;
  readonly offTopic: OffTopicWords;
  /** The FAQ page text the answers were cut from. */
  readonly sourceText: string;
  get(id: string): KnowledgeEntry | undefined;
  /** The entry with this id; throws when it does not exist (ids come from validated data). */
  require(id: string): KnowledgeEntry;
}
