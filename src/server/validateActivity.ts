/**
 * Checks that a request body is a Bot Framework activity the bot can handle
 * before botbuilder sees it, so malformed input gets a 400 that says what is
 * wrong instead of an exception deep in the adapter.
 */
export type ActivityCheck = { ok: true } | { ok: false; status: number; message: string };

const MAX_ID = 1024;
const DELIVERY_MODES = ['normal', 'notification', 'expectReplies', 'ephemeral'];

export function validateActivity(body: unknown, maxTextChars: number): ActivityCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return bad('the body must be a JSON object: a Bot Framework activity');
  }
  const a = body as Record<string, unknown>;
  const problem =
    requiredString(a, 'type', 64) ??
    requiredString(a, 'channelId', 256) ??
    serviceUrl(a.serviceUrl, a.deliveryMode) ??
    account(a, 'conversation') ??
    account(a, 'from') ??
    account(a, 'recipient') ??
    optionalString(a, 'id', MAX_ID) ??
    optionalString(a, 'locale', 64) ??
    optionalString(a, 'textFormat', 64) ??
    optionalString(a, 'replyToId', MAX_ID) ??
    timestamp(a, 'timestamp') ??
    timestamp(a, 'localTimestamp') ??
    oneOf(a, 'deliveryMode', DELIVERY_MODES) ??
    list(a, 'attachments') ??
    list(a, 'entities') ??
    members(a, 'membersAdded') ??
    members(a, 'membersRemoved') ??
    text(a.text, maxTextChars);
  return problem ?? { ok: true };
}

function bad(message: string, status = 400): ActivityCheck {
  return { ok: false, status, message };
}

function requiredString(a: Record<string, unknown>, field: string, max: number): ActivityCheck | undefined {
  const value = a[field];
  if (typeof value !== 'string' || value.trim() === '')
    return bad(`"${field}" is required and must be a non-empty string`);
  return value.length > max ? bad(`"${field}" is longer than ${max} characters`) : undefined;
}

function optionalString(a: Record<string, unknown>, field: string, max: number): ActivityCheck | undefined {
  const value = a[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return bad(`"${field}" must be a string`);
  return value.length > max ? bad(`"${field}" is longer than ${max} characters`) : undefined;
}

function serviceUrl(value: unknown, deliveryMode: unknown): ActivityCheck | undefined {
  if (value === undefined && deliveryMode === 'expectReplies') return undefined;
  if (typeof value !== 'string')
    return bad('"serviceUrl" is required: the Bot Connector address replies go to');
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return bad('"serviceUrl" must be an http(s) URL');
  } catch {
    return bad('"serviceUrl" is not a valid URL');
  }
  return undefined;
}

function account(a: Record<string, unknown>, field: string): ActivityCheck | undefined {
  const value = a[field];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return bad(`"${field}" is required and must be an object with an "id"`);
  }
  const id = (value as Record<string, unknown>).id;
  if (typeof id !== 'string' || id.trim() === '')
    return bad(`"${field}.id" is required and must be a non-empty string`);
  if (id.length > MAX_ID) return bad(`"${field}.id" is longer than ${MAX_ID} characters`);
  const name = (value as Record<string, unknown>).name;
  return name !== undefined && name !== null && typeof name !== 'string'
    ? bad(`"${field}.name" must be a string`)
    : undefined;
}

function timestamp(a: Record<string, unknown>, field: string): ActivityCheck | undefined {
  const value = a[field];
  if (value === undefined || value === null) return undefined;
  return typeof value !== 'string' || Number.isNaN(Date.parse(value))
    ? bad(`"${field}" must be an ISO 8601 date`)
    : undefined;
}

function oneOf(a: Record<string, unknown>, field: string, allowed: string[]): ActivityCheck | undefined {
  const value = a[field];
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' && allowed.includes(value)
    ? undefined
    : bad(`"${field}" must be one of ${allowed.join(', ')}`);
}

function list(a: Record<string, unknown>, field: string): ActivityCheck | undefined {
  const value = a[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return bad(`"${field}" must be an array`);
  return value.every((v) => typeof v === 'object' && v !== null)
    ? undefined
    : bad(`every item of "${field}" must be an object`);
}

function members(a: Record<string, unknown>, field: string): ActivityCheck | undefined {
  const value = a[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return bad(`"${field}" must be an array`);
  const valid = value.every(
    (m) => typeof m === 'object' && m !== null && typeof (m as Record<string, unknown>).id === 'string',
  );
  return valid ? undefined : bad(`every item of "${field}" must be an object with a string "id"`);
}

function text(value: unknown, max: number): ActivityCheck | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return bad('"text" must be a string');
  return value.length > max
    ? bad(`"text" is longer than ${max} characters; please ask a shorter question`, 413)
    : undefined;
}
