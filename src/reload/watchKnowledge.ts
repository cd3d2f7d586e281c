/**
 * Watches the knowledge directory and calls `onChange` once a burst of changes
 * has settled (editors often write a file several times, or write a temporary
 * file and rename it over the original). chokidar rather than fs.watch: it
 * follows such atomic renames, which leave a plain fs.watch on the old inode,
 * and it reports one consistent event per change across platforms.
 */
import path from 'node:path';
import { watch } from 'chokidar';
import { REVIEW_DIR } from '../knowledge/knowledgeFiles';

export interface KnowledgeWatcher {
  close(): Promise<void>;
}

/** The files the knowledge is made of: the YAML and the FAQ page text in source/. */
const KNOWLEDGE_FILE = /\.(ya?ml|txt)$/;

export interface WatchOptions {
  dir: string;
  onChange: (files: string[]) => void;
  onError: (error: Error) => void;
  debounceMs?: number;
}

export async function watchKnowledge({
  dir,
  onChange,
  onError,
  debounceMs = 300,
}: WatchOptions): Promise<KnowledgeWatcher> {
  // Staff editing their review (accept, reject) is not a change of the knowledge: kb:accept's is.
  const review = path.resolve(dir, REVIEW_DIR);
  const inReview = (file: string) => {
    const resolved = path.resolve(file);
    return resolved === review || resolved.startsWith(`${review}${path.sep}`);
  };
  const watcher = watch(dir, {
    ignoreInitial: true,
    ignored: (file, stats) => inReview(file) || (!!stats?.isFile() && !KNOWLEDGE_FILE.test(file)),
  });
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  watcher.on('all', (_event, file) => {
    changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed];
      changed.clear();
      onChange(files);
    }, debounceMs);
  });
  // An EventEmitter without an 'error' listener would throw and stop the bot; a watch error only ends reloading.
  watcher.on('error', (error) => onError(error as Error));
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  return {
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
