/**
 * Word lists kept per language (synonyms, out-of-scope words) live in one file
 * per language, `nl.yaml` and `en.yaml`; the language is read from the name.
 */
import type { KnowledgeIssue } from './issues';
import type { KnowledgeFile } from './knowledgeFiles';
import type { Language } from '../text/language';

/** The file's language, or undefined with an issue when its name is not nl.yaml or en.yaml. */
export function languageOfFile(
  file: KnowledgeFile,
  what: string,
  issues: KnowledgeIssue[],
): Language | undefined {
  const language = /(^|\/)(nl|en)\.ya?ml$/.exec(file.file)?.[2] as Language | undefined;
  if (!language) {
    issues.push({
      file: file.file,
      message: `unknown ${what} file`,
      fix: `name ${what} files nl.yaml or en.yaml`,
    });
  }
  return language;
}
