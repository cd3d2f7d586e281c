/**
 * Vitest's global setup: runs once per test run, in the main process, before
 * any test file. When there is no Chromium to test with, it says so in one
 * line; the browser test files then skip themselves (noBrowserToTest), or
 * fail when REQUIRE_BROWSER=1 (.ci/run) forbids skipping them.
 */
import { browserHere, browserRequired, skipLine } from './helpers/chromium';

export default function sayWhetherBrowserTestsRun(): void {
  const choice = browserHere();
  if (choice.from === 'none' && !browserRequired()) console.log(skipLine(choice.why));
}
