/** npm run teams:package as staff run it. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const cli = (script: string, env: Record<string, string>) => runCli(script, [], env);

describe('npm run teams:package', () => {
  it.each([
    ['', /MicrosoftAppId is not set/],
    ['not-a-guid', /MicrosoftAppId "not-a-guid" is not a GUID/],
  ])('refuses MicrosoftAppId=%j with exit code 1', async (appId, message) => {
    const { code, out } = await cli('teamsPackage', { MicrosoftAppId: appId });
    expect(code).toBe(1);
    expect(out).toMatch(message);
  });
});
