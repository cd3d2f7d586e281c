/**
 * Chromium from npm, for machines without Debian's chromium: the package
 * @sparticuz/chromium ships a brotli-packed headless-shell Chromium for Linux
 * x64 with the few libraries it links beyond glibc (NSS, NSPR, expat), Open
 * Sans with a fontconfig file, and SwiftShader. The package's own
 * executablePath() is made for AWS Lambda: it unpacks the libraries only
 * there, and into fixed paths in /tmp with an exists-check, so two test
 * workers unpacking at once can launch a half-written binary. Here the files
 * are unpacked into a temporary directory beside their own (named by the
 * package version) and renamed into place in one step: a worker sees the
 * whole tree or none, and the loser of a race drops its copy.
 *
 * Beyond the unpacked files the browser needs only glibc and libgcc_s (Debian's
 * libc6 and libgcc-s1), as long as pages use http and files: the first https
 * request loads NSS's softoken, which also needs libsqlite3.so.0 (libsqlite3-0)
 * and, without it, stops the browser. The browser tests load only loopback
 * http and files.
 */
import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { extract, type ExtractOptions } from 'tar-fs';

export const NPM_CHROMIUM = '@sparticuz/chromium';

/** Where unpacked browsers are kept: git-ignored, and emptied by every `npm ci`. */
export const CACHE_ROOT = path.join(__dirname, '../../node_modules/.cache');

export interface NpmChromiumPackage {
  /** The installed package's directory (its bin/ holds the .br files). */
  dir: string;
  version: string;
}

export interface UnpackedChromium {
  executablePath: string;
  /** The browser's environment: the unpacked libraries and fonts. */
  env: Record<string, string>;
  /** The directory the browser was unpacked into. */
  dir: string;
  /** How long the unpacking took, or undefined when it was already there. */
  unpackMs: number | undefined;
}

/** The installed package, or why it cannot be used here. */
export function findNpmChromium(
  platform: string = process.platform,
  arch: string = process.arch,
): NpmChromiumPackage | string {
  if (platform !== 'linux' || arch !== 'x64') {
    return `${NPM_CHROMIUM} holds a Linux x64 browser and this is ${platform} ${arch}`;
  }
  let entry: string;
  try {
    // The package's exports map hides package.json: resolve its entry point and walk up.
    entry = createRequire(__filename).resolve(NPM_CHROMIUM);
  } catch {
    return `${NPM_CHROMIUM} is not installed (npm ci installs it)`;
  }
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name?: string;
      version: string;
    };
    if (name !== NPM_CHROMIUM) continue;
    if (!existsSync(path.join(dir, 'bin', 'chromium.br'))) return `${dir} has no bin/chromium.br`;
    return { dir, version };
  }
  return `no package.json of ${NPM_CHROMIUM} above ${entry}`;
}

/**
 * The browser unpacked into `<cacheRoot>/npm-chromium-<version>/`:
 * `chromium`, SwiftShader's libraries beside it (where Chromium looks for
 * them), `al2023/lib/` (NSS, NSPR, expat) and `fonts/` (Open Sans with our
 * own fonts.conf: the package's names fixed /tmp and Lambda paths).
 */
export async function unpackNpmChromium(
  pkg: NpmChromiumPackage,
  cacheRoot: string = CACHE_ROOT,
): Promise<UnpackedChromium> {
  const dir = path.join(cacheRoot, `npm-chromium-${pkg.version}`);
  const executablePath = path.join(dir, 'chromium');
  let unpackMs: number | undefined;
  if (!existsSync(executablePath)) {
    const started = Date.now();
    await mkdir(cacheRoot, { recursive: true });
    const partial = await mkdtemp(path.join(cacheRoot, `.npm-chromium-${pkg.version}-`));
    try {
      await unpackInto(pkg, partial);
      await rename(partial, dir);
      unpackMs = Date.now() - started;
    } catch (error) {
      await rm(partial, { recursive: true, force: true });
      // Another worker renamed its complete copy into place first: use that one.
      if (!isTargetTaken(error) || !existsSync(executablePath)) throw error;
    }
  }
  return {
    executablePath,
    env: {
      LD_LIBRARY_PATH: [path.join(dir, 'al2023', 'lib'), dir, process.env.LD_LIBRARY_PATH]
        .filter(Boolean)
        .join(':'),
      FONTCONFIG_PATH: path.join(dir, 'fonts'),
    },
    dir,
    unpackMs,
  };
}

async function unpackInto(pkg: NpmChromiumPackage, target: string): Promise<void> {
  const bin = path.join(pkg.dir, 'bin');
  // All four run to their end before a failure is thrown, so none still writes when the caller cleans up.
  const results = await Promise.allSettled([
    inflate(path.join(bin, 'chromium.br'), createWriteStream(path.join(target, 'chromium'), { mode: 0o755 })),
    inflate(path.join(bin, 'al2023.tar.br'), untar(path.join(target, 'al2023'))),
    inflate(path.join(bin, 'swiftshader.tar.br'), untar(target)),
    inflate(path.join(bin, 'fonts.tar.br'), untar(path.join(target, 'fonts'))),
  ]);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
  await writeFile(path.join(target, 'fonts', 'fonts.conf'), FONTS_CONF, 'utf8');
}

function inflate(brotliFile: string, to: NodeJS.WritableStream): Promise<void> {
  return pipeline(createReadStream(brotliFile), createBrotliDecompress(), to);
}

function untar(dir: string): NodeJS.WritableStream {
  // As root, tar-fs would hand the files to the tarball's owners (uid 1000 and such).
  const options: ExtractOptions & { chown: boolean } = { chown: false };
  return extract(dir, options);
}

function isTargetTaken(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOTEMPTY' || code === 'EEXIST';
}

/**
 * Only the fonts unpacked beside this file, so pages render alike on every
 * machine. No cachedir of our own (fontconfig keeps its defaults,
 * ~/.cache/fontconfig or /var/cache/fontconfig): a relative one is taken as
 * relative to the browser's working directory, not to this file.
 */
const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir prefix="relative">fonts</dir>
</fontconfig>
`;
