import { describe, expect, it } from 'vitest';
import { emojiSmallTalk } from '../../src/text/emojiSmallTalk';

describe('emojiSmallTalk', () => {
  it.each([
    ['👍', 'acknowledge'],
    ['👍👍', 'acknowledge'],
    // a skin tone and a variation selector are the same thumbs and heart
    ['👍🏽', 'acknowledge'],
    ['👌 !', 'acknowledge'],
    ['🙏', 'thanks'],
    ['❤️👍', 'thanks'],
  ])('%j is small talk (%s)', (text, kind) => {
    expect(emojiSmallTalk(text)).toEqual({ kind, language: undefined });
  });

  it.each(['👎', '🤔', '😡👍', '?!', '', 'ok 👍'])('%j is not (words go to the recogniser)', (text) => {
    expect(emojiSmallTalk(text)).toBeUndefined();
  });
});
