/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): self time per function,
 * highest first, so BENCHMARKS.md can say where the time of a turn goes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTime {
  /** function name, file (relative to node_modules or the project) and line */
  where: string;
  ms: number;
  /** Share of all samples, 0–1. */
  share: number;
}

export async function readCpuProfile(file: string): Promise<CpuProfile> {
  return JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
}

/** A span of the monotonic clock in microseconds (process.hrtime, which V8's profiler also uses). */
export interface Window {
  fromUs: number;
  toUs: number;
}

/**
 * Samples per profile node, only those taken inside the window when one is
 * given (e.g. the load test, not the start-up before it).
 */
function hitsPerNode(profile: CpuProfile, window?: Window): Map<number, number> {
  const hits = new Map<number, number>();
  if (!window || !profile.samples || !profile.timeDeltas) {
    for (const node of profile.nodes) if (node.hitCount) hits.set(node.id, node.hitCount);
    return hits;
  }
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas![i] ?? 0;
    if (time >= window.fromUs && time <= window.toUs) hits.set(id, (hits.get(id) ?? 0) + 1);
  });
  return hits;
}

function addUp(profile: CpuProfile, key: (node: ProfileNode) => string, window?: Window) {
  const hits = hitsPerNode(profile, window);
  const total = [...hits.values()].reduce((sum, n) => sum + n, 0);
  const byKey = new Map<string, number>();
  for (const node of profile.nodes) {
    const n = hits.get(node.id);
    if (n) byKey.set(key(node), (byKey.get(key(node)) ?? 0) + n);
  }
  return { total, sorted: [...byKey].sort((a, b) => b[1] - a[1]) };
}

/** Self time per function (nodes of the same function and line added up), highest first. */
export function topSelfTime(
  profile: CpuProfile,
  top = 15,
  window?: Window,
  root = process.cwd(),
): SelfTime[] {
  const { total, sorted } = addUp(profile, (n) => describe(n.callFrame, root), window);
  const interval = (profile.endTime - profile.startTime) / 1000 / (profile.samples?.length || 1);
  return sorted.slice(0, top).map(([where, hits]) => ({ where, ms: hits * interval, share: hits / total }));
}

/** Share of samples in code under each top-level area: our src, node_modules packages, Node itself. */
export function selfTimeByArea(
  profile: CpuProfile,
  window?: Window,
  root = process.cwd(),
): { area: string; share: number }[] {
  const { total, sorted } = addUp(profile, (n) => areaOf(n.callFrame, root), window);
  return sorted.map(([area, hits]) => ({ area, share: hits / total }));
}

function describe(frame: ProfileNode['callFrame'], root: string): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  return `${name} ${shortPath(frame.url, root)}:${frame.lineNumber + 1}`;
}

function shortPath(url: string, root: string): string {
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const modules = file.lastIndexOf('node_modules/');
  if (modules >= 0) return file.slice(modules + 'node_modules/'.length);
  return path.isAbsolute(file) ? path.relative(root, file) : file;
}

function areaOf(frame: ProfileNode['callFrame'], root: string): string {
  if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const file = shortPath(frame.url, root);
  if (file.startsWith('node:')) return 'node (built-in modules)';
  const parts = file.split('/');
  if (parts[0] === 'dist' && parts[1] === 'src') return `our code: src/${parts[2] ?? ''}`;
  if (parts[0] === 'dist' && parts[1] === 'bench') return 'bench harness';
  const scoped = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  return scoped;
}
