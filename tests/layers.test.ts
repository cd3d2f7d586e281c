/**
 * Layers that point one way: a file under src/ imports from its own folder and
 * from the layers below its own, never from one above. The order is written
 * once, below, lowest first. A folder or root file of src/ that is in no layer
 * fails the test, so a new one is placed when it is made. Like
 * architecture.test.ts for botbuilder, this reads the import lines, so
 * `import type` and `export … from` count as imports too.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedModules, importsOf, sourceFiles } from './helpers/sourceImports';

interface Layer {
  /** What the layer holds, for the failure messages. */
  name: string;
  /** Its folders of src/ (everything in them, subfolders too) and root files of src/. */
  units: string[];
}

/** Lowest first: each layer may import every layer before it. */
const LAYERS: Layer[] = [
  { name: 'foundations', units: ['src/logger.ts', 'src/assetPaths.ts'] },
  // Words: normalising, stemming, small talk, the Language type, redaction.
  { name: 'text', units: ['src/text'] },
  { name: 'knowledge', units: ['src/knowledge'] },
  { name: 'matching', units: ['src/matching'] },
  // The policy's parts: memory, the turn, the replies and every message the bot says.
  { name: 'conversation', units: ['src/conversation'] },
  // One intent per file, and respond(), which tries them in order.
  { name: 'intents', units: ['src/intents'] },
  // From here up: where conversations and records are kept, and how messages travel. The policy never reaches them.
  { name: 'storage', units: ['src/state'] },
  { name: 'records', units: ['src/unanswered', 'src/feedback', 'src/signals'] },
  // Validates settings with the matcher's and the storage's own checks, so it sits above both.
  { name: 'configuration', units: ['src/config.ts'] },
  { name: 'HTTP helpers', units: ['src/http'] },
  // A subfolder is in its folder's layer: src/bot/render, src/bot/teamsTurn and src/server/directline are in their folder's.
  { name: 'adapters', units: ['src/server', 'src/bot', 'src/reload'] },
  { name: 'Web Chat', units: ['src/webchat'] },
  // Run by staff through src/cli, never by the bot.
  { name: 'staff tools', units: ['src/eval', 'src/learning', 'src/report', 'src/teamsAppPackage'] },
  { name: 'composition', units: ['src/sharedStorage.ts'] },
  { name: 'the app', units: ['src/app.ts'] },
  { name: 'entry points', units: ['src/index.ts', 'src/cli'] },
];

/** Imports that go against the order, each with its reason. */
const EXCEPTIONS: { file: string; imports: string; reason: string }[] = [];

const layerOf = new Map(LAYERS.flatMap((layer, at) => layer.units.map((unit) => [unit, at] as const)));

/** The folder of src/ or root file a path is in: src/state/recordLog.ts → src/state, src/config → src/config.ts. */
function unitOf(file: string): string | undefined {
  const [top, first, ...rest] = file.split('/');
  if (top !== 'src' || !first) return undefined;
  const unit = `src/${first}`;
  if (rest.length > 0 || isFolder(unit) || path.posix.extname(unit)) return unit;
  return `${unit}.ts`;
}

function isFolder(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory();
}

interface Import {
  file: string;
  module: string;
  /** The folder or root file the module is in; undefined outside src/. */
  unit: string | undefined;
}

const IMPORTS: Import[] = sourceFiles('src').flatMap((file) =>
  importsOf(file)
    .filter((module) => module.startsWith('.'))
    .map((module) => ({ file, module, unit: unitOf(path.posix.join(path.posix.dirname(file), module)) })),
);

/** What is wrong with an import, or undefined when it keeps the order. */
function breach({ file, unit }: Import): string | undefined {
  const own = layerOf.get(unitOf(file) ?? '');
  const theirs = layerOf.get(unit ?? '');
  // A unit in no layer is reported by its own test, once.
  if (unit === unitOf(file) || own === undefined || theirs === undefined || theirs < own) return undefined;
  const layer = LAYERS[theirs]!;
  if (theirs > own) return `${unit} is in a higher layer (${layer.name})`;
  return `${unit} is in the same layer (${layer.name}), whose units stay apart`;
}

function excepted({ file, unit }: Import): boolean {
  return EXCEPTIONS.some((e) => e.file === file && e.imports === unit);
}

/** The folders and root files of src/ as they are on disk. */
const UNITS = readdirSync('src').map((name) => `src/${name}`);

describe('layers that point one way', () => {
  it.each(UNITS)('%s imports only from itself and the layers below', (unit) => {
    const breaches = IMPORTS.filter((i) => unitOf(i.file) === unit && !excepted(i)).flatMap((i) => {
      const wrong = breach(i);
      return wrong ? [`${i.file} imports '${i.module}': ${wrong}`] : [];
    });
    expect(breaches).toEqual([]);
  });

  it('places every folder and root file of src/ in a layer', () => {
    expect(UNITS.filter((unit) => !layerOf.has(unit))).toEqual([]);
  });

  it('names each folder and root file once, and only those that exist', () => {
    const named = LAYERS.flatMap((layer) => layer.units);
    expect({
      twice: named.filter((unit, at) => named.indexOf(unit) !== at),
      missing: named.filter((unit) => !existsSync(unit)),
    }).toEqual({ twice: [], missing: [] });
  });

  it('keeps no exception that is no longer needed', () => {
    const needed = (e: (typeof EXCEPTIONS)[number]) =>
      IMPORTS.some((i) => i.file === e.file && i.unit === e.imports && breach(i));
    expect(EXCEPTIONS.filter((e) => !needed(e))).toEqual([]);
  });
});

describe('reading imports', () => {
  it('finds every form an import is written in, and none in comments', () => {
    const source = [
      "import type { A } from './a';",
      "import {\n  B,\n  type C,\n} from '../b';",
      "export { D } from './d';",
      "export type * from './e';",
      "import './f';",
      "const g = await import('./g');",
      "/** The answer comes from './h' in a comment. */",
    ].join('\n');
    expect(importedModules(source).sort()).toEqual(['../b', './a', './d', './e', './f', './g']);
  });
});
