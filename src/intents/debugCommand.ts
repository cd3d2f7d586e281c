/** "/debug": staff switch the score view on or off (only when BOT_DEBUG=true). */
import { MESSAGES } from '../conversation/messages';
import { intent } from './types';

export const debugCommand = intent<true>({
  name: 'debugCommand',
  select: (turn) => (/^\/debug\s*$/i.test(turn.text) ? true : undefined),
  handle(turn) {
    const m = MESSAGES[turn.language];
    if (!turn.deps.debugAllowed) {
      return {
        replies: [{ kind: 'notice', language: turn.language, text: m.debugUnavailable, buttons: [] }],
      };
    }
    const debug = !turn.memory.debug;
    return {
      replies: [
        { kind: 'notice', language: turn.language, text: debug ? m.debugOn : m.debugOff, buttons: [] },
      ],
      debug,
    };
  },
});
