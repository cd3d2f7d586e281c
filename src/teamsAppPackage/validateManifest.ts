/**
 * Checks a Teams manifest against Microsoft's JSON schema for its version,
 * offline: @microsoft/app-manifest ships the schemas and validates with ajv.
 */
import { readFile } from 'node:fs/promises';
import { ManifestUtil, type TeamsAppManifest } from '@microsoft/app-manifest';

/** The bundled schema for a manifestVersion such as "1.22". */
export async function manifestSchema(version: string): Promise<object> {
  if (!/^1\.\d+$/.test(version))
    throw new Error(`manifestVersion "${version}" is not a Teams schema version`);
  const file = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  );
  return JSON.parse(await readFile(file, 'utf8')) as object;
}

/** The schema's complaints about the manifest; empty when it is valid. */
export async function validateManifest(manifest: object): Promise<string[]> {
  const schema = await manifestSchema(String((manifest as { manifestVersion?: unknown }).manifestVersion));
  return ManifestUtil.validateManifestAgainstSchema(
    manifest as unknown as TeamsAppManifest,
    schema as Parameters<typeof ManifestUtil.validateManifestAgainstSchema>[1],
  );
}
