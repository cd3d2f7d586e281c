/**
 * Builds the Teams app package (the zip Teams sideloads or the admin uploads):
 * manifest.json for this deployment and the two icons, all at the zip's root.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import type { KnowledgeBase } from '../knowledge/types';
import { buildManifest, TEAMS_DIR, type TeamsManifest } from './manifest';
import { validateManifest } from './validateManifest';

export async function readBaseManifest(dir = TEAMS_DIR): Promise<TeamsManifest> {
  return JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as TeamsManifest;
}

/** The package as zip bytes; refuses a bot id that is not a GUID and a manifest the schema rejects. */
export async function packageApp(botId: string, knowledge: KnowledgeBase, dir = TEAMS_DIR): Promise<Buffer> {
  const manifest = buildManifest(await readBaseManifest(dir), botId, knowledge);
  const problems = await validateManifest(manifest);
  if (problems.length > 0) throw new Error(`the manifest does not match its schema:\n${problems.join('\n')}`);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  const icons = manifest.icons as { color: string; outline: string };
  for (const icon of [icons.color, icons.outline]) zip.file(icon, await readFile(path.join(dir, icon)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
