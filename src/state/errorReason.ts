/** An error as a log line's reason: its name, its code when it has one (ECONNREFUSED), and its message. */
export function errorReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string'
    ? `${error.name} ${code}: ${error.message}`
    : `${error.name}: ${error.message}`;
}
