/**
 * The Teams app package, offline: the built manifest against Microsoft's
 * schema (bundled in @microsoft/app-manifest), the command menu within Teams'
 * limits and made of questions the bot answers, the icons' sizes read from
 * their PNG headers, and the zip's contents.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import {
  buildManifest,
  MAX_COMMAND_DESCRIPTION,
  MAX_COMMAND_TITLE,
  MAX_COMMANDS,
  PLACEHOLDER_BOT_ID,
  topCommands,
} from '../../src/teamsAppPackage/manifest';
import { packageApp, readBaseManifest } from '../../src/teamsAppPackage/packageApp';
import { validateManifest } from '../../src/teamsAppPackage/validateManifest';
import { colorIcon, outlineIcon } from '../../src/teamsAppPackage/icons';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { respond } from '../../src/intents/respond';
import { newMemory } from '../../src/conversation/memory';

const BOT_ID = '3f2a1b4c-1111-4222-8333-444455556666';
let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = (await loadKnowledge('knowledge')).knowledge;
});

/** Width and height from a PNG's IHDR chunk (bytes 16–23), as Teams reads them. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('Teams manifest', () => {
  it('the committed manifest and the built one match the official schema of their version', async () => {
    const base = await readBaseManifest();
    expect(base.manifestVersion).toBe('1.22');
    expect(await validateManifest(base)).toEqual([]);
    const built = buildManifest(base, BOT_ID, knowledge);
    expect(await validateManifest(built)).toEqual([]);
    expect(built.bots[0]).toMatchObject({ botId: BOT_ID, scopes: ['personal', 'team', 'groupChat'] });
    expect(base.bots[0]!.botId).toBe(PLACEHOLDER_BOT_ID);
  });

  it('the schema check can fail: a broken manifest is reported', async () => {
    const broken = { ...buildManifest(await readBaseManifest(), BOT_ID, knowledge), accentColor: 'teal' };
    delete (broken as Record<string, unknown>).developer;
    const problems = await validateManifest(broken);
    expect(problems.join('\n')).toMatch(/developer/);
    expect(problems.join('\n')).toMatch(/accentColor/);
  });

  it('refuses a bot id that is not a GUID', async () => {
    const base = await readBaseManifest();
    expect(() => buildManifest(base, '', knowledge)).toThrow(/not a GUID/);
    expect(() => buildManifest(base, 'my-bot', knowledge)).toThrow(/MicrosoftAppId "my-bot" is not a GUID/);
  });

  it('the command menu: the topics first, within Teams limits, each a question the bot answers', () => {
    const commands = topCommands(knowledge);
    expect(commands.length).toBeGreaterThanOrEqual(4);
    expect(commands.length).toBeLessThanOrEqual(MAX_COMMANDS);
    const deps = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS);
    const topics = knowledge.entries.filter((e) => e.topic === true).map((e) => e.id);
    const answered = commands.map((c) => {
      expect(c.title.length).toBeLessThanOrEqual(MAX_COMMAND_TITLE);
      expect(c.description.length).toBeLessThanOrEqual(MAX_COMMAND_DESCRIPTION);
      return respond({ text: c.title }, newMemory(), deps).replies[0]?.entryId;
    });
    expect(answered.slice(0, topics.length).sort()).toEqual([...topics].sort());
    expect(answered.every((id) => id !== undefined)).toBe(true);
  });
});

describe('Teams icons', () => {
  it('the committed icons are 192×192 (colour) and 32×32 (outline)', async () => {
    expect(pngSize(await readFile('deploy/teams/color.png'))).toEqual({ width: 192, height: 192 });
    expect(pngSize(await readFile('deploy/teams/outline.png'))).toEqual({ width: 32, height: 32 });
  });

  it('the outline icon is white on transparent, the colour icon opaque; both are what the script draws', async () => {
    const outline = PNG.sync.read(await readFile('deploy/teams/outline.png'));
    const alphas = new Set<number>();
    for (let i = 0; i < outline.data.length; i += 4) {
      if (outline.data[i + 3]! > 0) expect([...outline.data.subarray(i, i + 3)]).toEqual([255, 255, 255]);
      alphas.add(outline.data[i + 3]!);
    }
    expect(alphas.has(0)).toBe(true);
    expect(alphas.has(255)).toBe(true);
    const color = PNG.sync.read(await readFile('deploy/teams/color.png'));
    for (let i = 3; i < color.data.length; i += 4) expect(color.data[i]).toBe(255);
    expect(PNG.sync.read(outlineIcon()).data.equals(outline.data)).toBe(true);
    expect(PNG.sync.read(colorIcon()).data.equals(color.data)).toBe(true);
  });
});

describe('teams:package', () => {
  it('zips manifest.json and the two icons at the root, with the bot id filled in', async () => {
    const zip = await JSZip.loadAsync(await packageApp(BOT_ID, knowledge));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {
      bots: { botId: string; commandLists: unknown[] }[];
    };
    expect(manifest.bots[0]!.botId).toBe(BOT_ID);
    expect(manifest.bots[0]!.commandLists).toHaveLength(1);
    expect(pngSize(await zip.file('outline.png')!.async('nodebuffer')).width).toBe(32);
  });
});
