/**
 * Judges a reply the way a visitor-side check would: by the text that arrives,
 * not by the bot's internals. A reply is right for an entry when it contains
 * the entry's FAQ text; for a list item, when it also contains none of the
 * other items' texts. Fallbacks, small talk and out-of-range answers must show
 * no FAQ text at all.
 */
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import { normalizeText } from '../text/normalize';
import { MESSAGES } from '../conversation/messages';
import { EntryReplies } from '../conversation/entryReplies';
import { LANGUAGES } from '../matching/matcher';
import type { Observed } from '../bot/botDriver';

/** Everything a visitor sees of the bot's replies to one message, flattened. */
export interface Verdict {
  ok: boolean;
  reason?: string;
}

/**
 * What a visitor got from one message, worst last:
 * - `right`: the reply shows what was expected;
 * - `oneClick`: it does not, but one of its buttons leads there;
 * - `abstained`: it shows no wrong FAQ text (asked back, fell back) and no button leads there;
 * - `wrong`: it shows the FAQ text of another entry (a visitor who is misled).
 * Showing the list that holds the expected item is not wrong: the item is in it.
 */
export type Outcome = 'right' | 'oneClick' | 'abstained' | 'wrong';

/** What the out-of-range answer says, in both languages (MESSAGES.outOfRange). */
const OUT_OF_RANGE = /bestaat niet|does not exist/;

export class Judge {
  private readonly fallbackOpeners = Object.values(MESSAGES)
    .flatMap((m) => [m.fallback(true), m.fallback(false), m.noWords(undefined)])
    .map(opening);
  /**
   * "Volgende" on the last item gets "that was the last item of …": the answer to an item past
   * either end of the list, as honest as "number ten does not exist" (MESSAGES.endOfList, startOfList).
   */
  private readonly pastTheEnd = Object.values(MESSAGES)
    .flatMap((m) => [m.endOfList(''), m.startOfList('')])
    .map(opening);
  /** The small-talk replies, "help" with this knowledge's example questions. */
  private readonly smallTalk: string[];

  constructor(private readonly knowledge: KnowledgeBase) {
    const replies = new EntryReplies(knowledge);
    this.smallTalk = LANGUAGES.flatMap((language) => {
      const m = MESSAGES[language];
      return [...Object.values(m.smallTalk), m.help(replies.topicQuestions(language))];
    }).map(normalizeText);
  }

  /**
   * Whether the reply shows the FAQ text of an entry that is neither the expected one nor one
   * that holds it (its list, the answer it was cut from).
   */
  showsWrongEntry(observed: Observed, expect: string): string | undefined {
    const text = ` ${normalizeText(observed.texts.join('\n'))} `;
    const shown = this.knowledge.entries.filter((e) => this.texts(e).some((t) => text.includes(` ${t} `)));
    // An entry shown only because the text of an entry that holds it is shown does not count apart.
    const outermost = shown.filter((e) => !shown.some((o) => o !== e && this.holds(o, e)));
    const allowed = new Set([expect, ...this.holders(expect)]);
    return outermost.find((e) => !allowed.has(e.id))?.id;
  }

  judge(observed: Observed, expect: string, { english = false } = {}): Verdict {
    const seen = ` ${normalizeText([...observed.texts, ...observed.buttons.flatMap((b) => [b.title, b.value])].join('\n'))} `;
    const text = ` ${normalizeText(observed.texts.join('\n'))} `;
    const shown = this.knowledge.entries.filter((e) => this.texts(e).some((t) => text.includes(` ${t} `)));
    if (expect === 'fallback' || expect === 'smalltalk' || expect === 'out-of-range') {
      if (shown.length > 0)
        return { ok: false, reason: `shows FAQ text of ${shown.map((e) => e.id).join(', ')}` };
      // "The sixth characteristic of services" gets "there are five, so number six does not exist":
      // as honest a "the FAQ does not have that" as the fallback itself.
      if (
        expect === 'fallback' &&
        !this.fallbackOpeners.some((o) => text.includes(o)) &&
        !OUT_OF_RANGE.test(text)
      )
        return { ok: false, reason: 'no fallback' };
      if (expect === 'smalltalk' && !this.smallTalk.some((s) => text.includes(s)))
        return { ok: false, reason: 'no small-talk reply' };
      if (
        expect === 'out-of-range' &&
        !OUT_OF_RANGE.test(text) &&
        !this.pastTheEnd.some((o) => text.includes(o))
      )
        return { ok: false, reason: 'no out-of-range answer' };
      return { ok: true };
    }
    const entry = this.knowledge.require(expect);
    if (!this.texts(entry).some((t) => text.includes(` ${t} `))) {
      return {
        ok: false,
        reason: `missing text of ${expect}; shows ${shown.map((e) => e.id).join(', ') || 'no entry'}`,
      };
    }
    const siblings = this.siblings(entry).filter((s) =>
      this.texts(s, true).some((t) => seen.includes(` ${t} `)),
    );
    if (siblings.length > 0)
      return { ok: false, reason: `also shows ${siblings.map((s) => s.id).join(', ')}` };
    if (
      english &&
      entry.translation_en &&
      !text.includes(` ${normalizeText(entry.translation_en.answer)} `)
    ) {
      if (
        !entry.translation_en.examples ||
        !text.includes(` ${normalizeText(entry.translation_en.examples)} `)
      ) {
        return { ok: false, reason: 'not answered in English' };
      }
    }
    return { ok: true };
  }

  /**
   * The FAQ text that identifies an entry: its answer, or its examples. For
   * the check that other items are absent, an item's own one-line text (the
   * part after "|", or the list line itself) counts too, wherever it appears.
   */
  private texts(entry: KnowledgeEntry, asSibling = false): string[] {
    const texts = [entry.answer, ...(entry.examples ? [entry.examples] : [])].map(normalizeText);
    if (asSibling) {
      const body = entry.answer.split('\n\n').slice(1).join(' ');
      texts.push(normalizeText(body));
      if (entry.title.split(' ').length > 2) texts.push(normalizeText(entry.title));
    }
    return texts.filter(Boolean);
  }

  /** The entries whose text holds this one's: its list, the answer it was cut from, and theirs. */
  private holders(id: string): string[] {
    const entry = this.knowledge.get(id);
    const up = entry?.partOf;
    return up ? [up, ...this.holders(up)] : [];
  }

  private holds(outer: KnowledgeEntry, inner: KnowledgeEntry): boolean {
    return this.holders(inner.id).includes(outer.id);
  }

  private siblings(entry: KnowledgeEntry): KnowledgeEntry[] {
    const parent = entry.parent ? this.knowledge.get(entry.parent) : undefined;
    return parent ? parent.items.filter((id) => id !== entry.id).map((id) => this.knowledge.require(id)) : [];
  }
}

/** The first sentence of a message, normalised: enough to recognise it. */
function opening(message: string): string {
  return normalizeText(message.split(/[.:!?]/)[0] ?? message);
}
