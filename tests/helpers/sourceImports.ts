/**
 * The program's source files and what each imports, read from the text as
 * written (no compiler, so `import type` counts like any import): what the
 * architecture and layer tests check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every .ts file under `dir`, as a path from the repository root with forward slashes. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const file = path.posix.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(file);
    return d.name.endsWith('.ts') ? [file] : [];
  });
}

/** A statement that imports or re-exports from a module: `import … from`, `import type … from`, `export … from`. */
const FROM = /(?:^|;)\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm;
/** `import './x'`, run for its effects. */
const BARE = /(?:^|;)\s*import\s*['"]([^'"]+)['"]/gm;
/** `import('./x')`, loaded when it is needed. */
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module names a source imports or re-exports, in every form TypeScript writes it. */
export function importedModules(source: string): string[] {
  return [FROM, BARE, DYNAMIC].flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!));
}

/** The module names the file at `file` imports (see importedModules). */
export function importsOf(file: string): string[] {
  return importedModules(readFileSync(file, 'utf8'));
}
