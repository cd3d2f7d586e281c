/**
 * Two words a visitor writes apart are read as the one word the knowledge uses ("relatie beheerder"):
 * which words join is remembered per knowledge (its spelling corrector), so a reload to knowledge
 * that does not use the word stops joining them.
 */
import { describe, expect, it } from 'vitest';
import { listDeps } from '../helpers/listKnowledge';

/** A list of roles with one item, titled as given. */
function roles(item: string) {
  return listDeps({ id: 'rollen', title: 'Rollen', answer: `${item}.`, itemNouns: ['rol'] }, [
    { id: 'rol', title: item, answer: `${item} doet het werk.` },
  ]);
}

const words = (deps: ReturnType<typeof roles>) =>
  deps.matcher.analyze('wat doet de relatie beheerder', 'nl').map((t) => t.word);

describe('joined words after a reload', () => {
  it('joins the words where the knowledge uses the joined word, and no longer after a reload to one that does not', () => {
    expect(words(roles('Relatiebeheerder'))).toContain('relatiebeheerder');
    expect(words(roles('Kassier'))).not.toContain('relatiebeheerder');
  });
});
