/**
 * Builds the replies that show knowledge: an answer, a list with its items as
 * buttons, one item with its neighbours, examples, and the buttons that lead
 * to entries. The FAQ text is shown as it is; English adds the curated
 * translation, marked as such, above the Dutch original.
 */
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import type { Language } from '../text/language';
import type { Button, Reply } from './reply';
import { MESSAGES, type ContactDetails } from './messages';
import { keepListNumbers } from './listNumbers';
import { inPageOrder } from '../knowledge/pageOrder';
import { CONTACT_ENTRY_ID } from '../knowledge/faqParser';

export class EntryReplies {
  readonly contact: ContactDetails;
  private readonly topics: KnowledgeEntry[];
  /** The knowledge's lists, in page order. */
  readonly lists: readonly KnowledgeEntry[];
  private readonly faqTexts = new Map<string, string>();

  constructor(private readonly knowledge: KnowledgeBase) {
    this.contact = findContactDetails(knowledge);
    this.topics = inPageOrder(
      knowledge,
      knowledge.entries.filter((e) => e.topic === true),
    );
    this.lists = inPageOrder(
      knowledge,
      knowledge.entries.filter((e) => e.items.length > 0),
    );
  }

  /** Shows an entry: a list with its items as buttons, an item with its neighbours, or an answer. */
  entry(entry: KnowledgeEntry, language: Language): Reply {
    if (entry.items.length > 0) return this.list(entry, language);
    const parent = entry.parent ? this.knowledge.get(entry.parent) : undefined;
    if (parent) return this.item(entry, parent, language);
    const buttons = (entry.followUps ?? []).map((id) => this.button(this.knowledge.require(id), language));
    return {
      kind: 'answer',
      language,
      entryId: entry.id,
      text: this.faqText(entry, language, true),
      buttons,
    };
  }

  /** The examples of a list item on their own ("geef een voorbeeld"). */
  examples(item: KnowledgeEntry, language: Language): Reply {
    const m = MESSAGES[language];
    const translated = language === 'en' ? item.translation_en?.examples : undefined;
    const parts = [`**${m.examplesOf(this.title(item, language))}**`];
    if (translated) parts.push(m.translationNote, translated, m.originalText);
    parts.push(item.examples ?? '');
    return {
      kind: 'examples',
      language,
      entryId: item.id,
      text: keepListNumbers(parts.join('\n\n')),
      buttons: this.neighbours(item, language),
    };
  }

  button(entry: KnowledgeEntry, language: Language): Button {
    const t = language === 'en' ? entry.translation_en : undefined;
    return { title: t?.title ?? entry.title, value: t?.question ?? entry.question };
  }

  /** The main questions of the FAQ page, in page order. */
  topicButtons(language: Language): Button[] {
    return this.topics.map((e) => this.button(e, language));
  }

  /** The titles of the FAQ page's main questions, in page order: what the welcome names. */
  topicTitles(language: Language): string[] {
    return this.topics.map((e) => this.title(e, language));
  }

  /** The main questions themselves, in page order: examples of what to ask. */
  topicQuestions(language: Language): string[] {
    return this.topics.map((e) => this.button(e, language).value);
  }

  /** The titles of the knowledge's lists, in page order: what an ordinal without a list is pointed to. */
  listTitles(language: Language): string[] {
    return this.lists.map((e) => this.title(e, language));
  }

  /**
   * Buttons for the next and previous item and the whole list. They do not name
   * the neighbours (a reply about one item shows no other item's text); a
   * click says "volgende", which moves from the item in focus.
   */
  neighbours(item: KnowledgeEntry, language: Language): Button[] {
    const m = MESSAGES[language];
    const parent = item.parent ? this.knowledge.get(item.parent) : undefined;
    if (!parent || item.position === undefined) return [];
    const buttons: Button[] = [];
    if (item.position < parent.items.length) buttons.push(m.next);
    if (item.position > 1) buttons.push(m.previous);
    buttons.push(m.backToList);
    return buttons;
  }

  /**
   * The items of a list as buttons. In English the FAQ's Dutch name follows the
   * translation ("Treasurer (Schatbewaarder)"): the visitor will meet it in the text.
   */
  itemButtons(list: KnowledgeEntry, language: Language): Button[] {
    return list.items.map((id) => {
      const item = this.knowledge.require(id);
      const button = this.button(item, language);
      return button.title === item.title ? button : { ...button, title: `${button.title} (${item.title})` };
    });
  }

  title(entry: KnowledgeEntry, language: Language): string {
    return (language === 'en' ? entry.translation_en?.title : undefined) ?? entry.title;
  }

  private list(list: KnowledgeEntry, language: Language): Reply {
    const text = `${this.faqText(list, language, false)}\n\n${MESSAGES[language].listPrompt}`;
    return { kind: 'answer', language, entryId: list.id, text, buttons: this.itemButtons(list, language) };
  }

  private item(item: KnowledgeEntry, parent: KnowledgeEntry, language: Language): Reply {
    const context = MESSAGES[language].itemContext(
      item.position ?? 0,
      parent.items.length,
      this.title(parent, language),
    );
    const text = `_${context}_\n\n${this.faqText(item, language, true)}`;
    return { kind: 'answer', language, entryId: item.id, text, buttons: this.neighbours(item, language) };
  }

  /**
   * The entry's FAQ text (with its examples); in English the translation first, then the original.
   * The same for every turn that shows the entry, so it is built once per entry (this object lives as
   * long as the knowledge it was made for).
   */
  private faqText(entry: KnowledgeEntry, language: Language, withExamples: boolean): string {
    const key = `${entry.id}\n${language}\n${withExamples}`;
    let text = this.faqTexts.get(key);
    if (text === undefined) {
      text = this.buildFaqText(entry, language, withExamples);
      this.faqTexts.set(key, text);
    }
    return text;
  }

  private buildFaqText(entry: KnowledgeEntry, language: Language, withExamples: boolean): string {
    const dutch = [entry.answer, ...(withExamples && entry.examples ? [entry.examples] : [])].join('\n\n');
    const t = language === 'en' ? entry.translation_en : undefined;
    if (!t) return keepListNumbers(dutch);
    const m = MESSAGES.en;
    const english = [t.answer, ...(withExamples && t.examples ? [t.examples] : [])].join('\n\n');
    return keepListNumbers([m.translationNote, english, m.originalText, dutch].join('\n\n'));
  }
}

/** Phone and e-mail from the contact entry, for the fallback. */
function findContactDetails(knowledge: KnowledgeBase): ContactDetails {
  const text = knowledge.get(CONTACT_ENTRY_ID)?.answer ?? '';
  const email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(text)?.[0];
  const phone = /\bt:\s*([\d][\d\s-]{6,}\d)/i.exec(text)?.[1]?.trim();
  return { ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}
