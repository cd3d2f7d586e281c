/**
 * The bot's own sentences that name the knowledge: the welcome's topics, the
 * examples of "help", the lists an ordinal without a list is pointed to. They
 * take what they name from the knowledge, so any topics must read well.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/conversation/messages';

describe('messages that name the knowledge', () => {
  it('the welcome names every topic on a line of its own, in the order given', () => {
    const text = MESSAGES.nl.welcome(['Sociaal ondernemen', 'Subsidie aanvragen']);
    expect(text).toContain('\n\n- Sociaal ondernemen\n- Subsidie aanvragen\n\n');
    expect(MESSAGES.en.welcome(['Social entrepreneurship'])).toContain('\n\n- Social entrepreneurship\n\n');
  });

  it('the welcome still reads as a sentence without topics', () => {
    expect(MESSAGES.nl.welcome([])).not.toContain('over:');
    expect(MESSAGES.en.welcome([])).not.toContain('about:');
  });

  it('names lists quoted, joined with "of" / "or"', () => {
    expect(MESSAGES.nl.noList(['A', 'B', 'C'])).toContain('bijvoorbeeld "A", "B" of "C".');
    expect(MESSAGES.en.noList(['A', 'B'])).toContain('for example "A" or "B".');
    expect(MESSAGES.nl.noList(['A'])).toContain('bijvoorbeeld "A".');
    expect(MESSAGES.nl.noList([])).toMatch(/Vraag eerst naar een lijst\.$/);
  });

  it('help gives at most three of the questions as examples', () => {
    const text = MESSAGES.nl.help(['Vraag 1?', 'Vraag 2?', 'Vraag 3?', 'Vraag 4?']);
    expect(text).toContain('"Vraag 1?", "Vraag 2?" of "Vraag 3?"');
    expect(text).not.toContain('Vraag 4');
    expect(MESSAGES.en.help([])).not.toContain('for example');
  });
});
