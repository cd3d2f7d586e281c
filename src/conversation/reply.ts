import type { Language } from '../text/language';

/** A button: `value` is what the visitor "says" by clicking it (an imBack in Bot Framework terms). */
export interface Button {
  title: string;
  value: string;
}

export type ReplyKind =
  | 'answer' // an entry's FAQ text
  | 'examples' // the examples of a list item
  | 'clarify' // "Bedoelt u …?"
  | 'fallback' // no answer; nearest topics and contact details
  | 'smalltalk'
  | 'welcome'
  | 'notice'; // anything else the bot has to say (out of range, nothing in focus, …)

/** What the bot says, independent of any channel: Markdown text and buttons. */
export interface Reply {
  kind: ReplyKind;
  language: Language;
  text: string;
  buttons: Button[];
  /** The entry whose text this reply shows, if any. */
  entryId?: string;
  /** "Was this answer useful?" with 👍/👎, on replies that show FAQ text. */
  feedback?: FeedbackPrompt;
}

/** A button that sends data rather than words (messageBack / Action.Submit). */
export interface PayloadButton {
  title: string;
  payload: Readonly<Record<string, string>>;
}

export interface FeedbackPrompt {
  question: string;
  options: PayloadButton[];
}
