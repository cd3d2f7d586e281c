/** A problem found in the knowledge files, phrased for the member of staff who has to fix it. */
export interface KnowledgeIssue {
  file: string;
  line?: number;
  entryId?: string;
  message: string;
  fix: string;
  /** Warnings are reported but do not stop the bot from loading the knowledge. */
  severity?: 'error' | 'warning';
}

export function isError(issue: KnowledgeIssue): boolean {
  return issue.severity !== 'warning';
}

export function formatIssue(issue: KnowledgeIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const entry = issue.entryId ? ` [${issue.entryId}]` : '';
  const label = isError(issue) ? 'error' : 'warning';
  return `${where}${entry} ${label}: ${issue.message}\n    fix: ${issue.fix}`;
}

/** Thrown when the knowledge cannot be loaded; carries every issue found, not just the first. */
export class KnowledgeError extends Error {
  constructor(readonly issues: KnowledgeIssue[]) {
    const errors = issues.filter(isError);
    super(`the knowledge base has ${errors.length} error(s):\n${errors.map(formatIssue).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}
