/**
 * Checks for the Azure Storage settings, so a typo stops the start-up with a
 * clear message instead of failing on the first visitor's turn.
 */

/** Returns a reason when the connection string cannot be an Azure Storage one, else undefined. */
export function connectionStringProblem(value: string): string | undefined {
  const pairs = value.split(';').filter((p) => p.trim() !== '');
  const fields = new Map<string, string>();
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) return 'every part must be Key=Value, separated by ;';
    fields.set(pair.slice(0, at).trim().toLowerCase(), pair.slice(at + 1).trim());
  }
  if (fields.get('usedevelopmentstorage') === 'true') return undefined;
  const hasEndpoint =
    fields.has('blobendpoint') || (fields.has('accountname') && fields.has('endpointsuffix'));
  if (fields.has('sharedaccesssignature')) {
    return fields.has('blobendpoint') ? undefined : 'a SharedAccessSignature needs a BlobEndpoint';
  }
  if (!fields.get('accountname') || !fields.get('accountkey'))
    return 'AccountName and AccountKey are required';
  if (!hasEndpoint && !fields.has('defaultendpointsprotocol'))
    return 'DefaultEndpointsProtocol or BlobEndpoint is required';
  return undefined;
}

/** Azure's rule: 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit. */
export function isContainerName(value: string): boolean {
  return /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(value);
}
