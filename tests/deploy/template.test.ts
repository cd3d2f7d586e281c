/**
 * Structural checks of the Bicep templates, since no Bicep compiler can be
 * installed here: they parse, every parameter and variable is used, modules
 * get exactly the parameters they declare, secrets are @secure(), and the
 * Web App and the bot are wired to the routes the server really has.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AZURE_DIR,
  at,
  literal,
  modules,
  params,
  parseBicep,
  readBicep,
  referencedNames,
  resources,
  syntaxErrors,
  variableNames,
  type BicepFile,
} from './bicepSource';

function bicepFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? bicepFiles(path.join(dir, d.name))
      : d.name.endsWith('.bicep')
        ? [path.join(dir, d.name)]
        : [],
  );
}

const files = bicepFiles(AZURE_DIR);
const bicep = new Map<string, BicepFile>();
const file = (name: string) => bicep.get(path.join(AZURE_DIR, name))!;
const resource = (f: BicepFile, type: string) => resources(f).filter((r) => r.type.startsWith(`${type}@`));

beforeAll(async () => {
  for (const f of files) bicep.set(f, await readBicep(f));
});

describe('the Bicep templates', () => {
  it('are the main template and its four modules', () => {
    expect(files.map((f) => path.relative(AZURE_DIR, f)).sort()).toEqual(
      [
        'main.bicep',
        'modules/appService.bicep',
        'modules/bot.bicep',
        'modules/monitoring.bicep',
        'modules/storage.bicep',
      ].map((f) => path.join(...f.split('/'))),
    );
  });

  it('have no syntax errors', () => {
    expect(files.flatMap((f) => syntaxErrors(file(path.relative(AZURE_DIR, f))))).toEqual([]);
  });

  it('would report a syntax error (the check can fail)', async () => {
    const broken = await parseBicep(
      "param a string =\nresource r 'A/b@2024-01-01' = {\n  name:\n}\n",
      'broken',
    );
    expect(syntaxErrors(broken).length).toBeGreaterThan(0);
  });

  it.each(files)('%s uses every parameter and variable it declares', (f) => {
    const b = bicep.get(f)!;
    const used = referencedNames(b);
    const declared = [...params(b).map((p) => p.name), ...variableNames(b)];
    expect(declared.filter((name) => !used.has(name))).toEqual([]);
  });

  it.each(files)('%s marks every password, secret or key parameter @secure()', (f) => {
    const insecure = params(bicep.get(f)!).filter(
      (p) => /password|secret|key/i.test(p.name) && !p.decorators.includes('@secure()'),
    );
    expect(insecure.map((p) => p.name)).toEqual([]);
  });

  it('passes each module exactly the parameters it declares, and all it requires', () => {
    for (const m of modules(file('main.bicep'))) {
      const modulePath = path.join(AZURE_DIR, m.path);
      expect(existsSync(modulePath), m.path).toBe(true);
      const declared = params(bicep.get(modulePath)!);
      const passed = [...m.params.keys()];
      expect(
        passed.filter((p) => !declared.some((d) => d.name === p)),
        `${m.name}: unknown`,
      ).toEqual([]);
      const required = declared.filter((d) => !d.hasDefault).map((d) => d.name);
      expect(
        required.filter((r) => !passed.includes(r)),
        `${m.name}: missing`,
      ).toEqual([]);
    }
  });
});

describe('the Web App', () => {
  const appService = () => file('modules/appService.bicep');
  const site = () => resource(appService(), 'Microsoft.Web/sites')[0]!.body;
  const siteConfig = (key: string) => at(site(), 'properties', 'siteConfig', key)?.text;

  it('runs Node 22 LTS on Linux, always on, HTTPS only', () => {
    expect(literal(at(site(), 'kind'))).toBe('app,linux');
    expect(siteConfig('linuxFxVersion')).toBe("'NODE|22-lts'");
    expect(siteConfig('alwaysOn')).toBe('true');
    expect(at(site(), 'properties', 'httpsOnly')?.text).toBe('true');
    const plan = resource(appService(), 'Microsoft.Web/serverfarms')[0]!.body;
    expect(at(plan, 'properties', 'reserved')?.text).toBe('true');
    expect(at(plan, 'sku', 'capacity')?.text).toBe('instanceCount');
  });

  it('probes the health route the server serves', () => {
    expect(siteConfig('healthCheckPath')).toBe("'/healthz'");
    expect(readFileSync('src/server/createServer.ts', 'utf8')).toContain("server.get('/healthz'");
  });

  it('starts the built server the way npm start does, without building (the zip holds no compiler)', () => {
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
      .scripts.start;
    expect(siteConfig('appCommandLine')).toBe(`'${start}'`);
    expect(start).toBe('node dist/src/index.js');
  });

  it('gets the app settings main.bicep builds', () => {
    expect(siteConfig('appSettings')).toBe('appSettings');
    const web = modules(file('main.bicep')).find((m) => m.path === 'modules/appService.bicep')!;
    expect(web.params.get('appSettings')?.text).toBe('appSettings');
  });
});

describe('the Azure Bot', () => {
  const botFile = () => file('modules/bot.bicep');

  it('is an azurebot in the global region, with the identity main.bicep chose', () => {
    const bot = resource(botFile(), 'Microsoft.BotService/botServices')[0]!.body;
    expect(literal(at(bot, 'kind'))).toBe('azurebot');
    expect(literal(at(bot, 'location'))).toBe('global');
    expect(at(bot, 'properties', 'msaAppType')?.text).toBe('appType');
    expect(at(bot, 'properties', 'msaAppId')?.text).toBe('appId');
    expect(at(bot, 'properties', 'endpoint')?.text).toBe('messagingEndpoint');
  });

  it('sends messages to https://<the Web App>/api/messages, the route the server serves', () => {
    const botModule = modules(file('main.bicep')).find((m) => m.path === 'modules/bot.bicep')!;
    expect(botModule.params.get('messagingEndpoint')?.text).toBe(
      "'https://${web.outputs.defaultHostName}/api/messages'",
    );
    expect(readFileSync('src/server/createServer.ts', 'utf8')).toContain("server.post('/api/messages'");
  });

  it('has the Teams, Web Chat and Direct Line channels, each named as its channelName', () => {
    const channels = resource(botFile(), 'Microsoft.BotService/botServices/channels').map((c) => ({
      name: literal(at(c.body, 'name')),
      channelName: literal(at(c.body, 'properties', 'channelName')),
      parent: at(c.body, 'parent')?.text,
    }));
    expect(channels.map((c) => c.channelName).sort()).toEqual([
      'DirectLineChannel',
      'MsTeamsChannel',
      'WebChatChannel',
    ]);
    for (const c of channels)
      expect(c).toEqual({ name: c.channelName, channelName: c.channelName, parent: 'bot' });
  });
});

describe('main.parameters.json', () => {
  const example = () =>
    JSON.parse(readFileSync(path.join(AZURE_DIR, 'main.parameters.json'), 'utf8')) as {
      parameters: Record<string, { value: unknown }>;
    };

  it('sets only parameters main.bicep declares, and every one it requires', () => {
    const declared = params(file('main.bicep'));
    const given = Object.keys(example().parameters);
    expect(given.filter((g) => !declared.some((d) => d.name === g))).toEqual([]);
    expect(declared.filter((d) => !d.hasDefault && !given.includes(d.name))).toEqual([]);
  });

  it('holds no secrets: @secure() parameters are given on the command line', () => {
    const secure = params(file('main.bicep')).filter((p) => p.decorators.includes('@secure()'));
    expect(secure.map((p) => p.name)).toEqual(['appPassword', 'directLineSecret']);
    expect(Object.keys(example().parameters).filter((g) => secure.some((s) => s.name === g))).toEqual([]);
  });
});
