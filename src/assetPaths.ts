/**
 * Where the files the pages serve or inline are, from source (tsx) and from
 * the build (dist/) alike: the project's own `public/` files, and files of
 * installed packages whose `exports` map hides them from require.resolve.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The project directory: the first one above this module that holds `marker` (e.g. public/webchat/index.html). */
export function projectDir(marker: string): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, marker))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`${marker} not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/**
 * A file of an installed package (e.g. botframework-webchat's dist/webchat.js): its entry point
 * resolved, then up to the directory whose package.json has the package's name.
 */
export function packageFile(name: string, file: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!isPackage(dir, name)) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`the ${name} package directory was not found`);
    dir = parent;
  }
  return path.join(dir, file);
}

function isPackage(dir: string, name: string): boolean {
  const manifest = path.join(dir, 'package.json');
  return (
    existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name
  );
}
