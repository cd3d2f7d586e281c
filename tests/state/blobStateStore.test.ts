/** The shared state store against a real Azure Blob Storage emulator: versions, conflicts, recovery. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobStateStore } from '../../src/state/blobStateStore';
import { blobContainer } from '../../src/state/azureBlobs';
import { StateConflictError } from '../../src/state/stateStore';
import { Azurite } from '../helpers/azurite';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await Azurite.start();
}, 60_000);
afterAll(() => azurite?.dispose());

function store(container = 'state-test') {
  return new BlobStateStore(
    blobContainer({ connectionString: azurite.connectionString, timeoutMs: 2000 }, container),
  );
}

describe('BlobStateStore', () => {
  it('reads nothing for a new key, then what was written, with its version', async () => {
    const s = store();
    expect(await s.read('emulator/conversations/a|1')).toBeUndefined();
    const eTag = await s.write(
      'emulator/conversations/a|1',
      { focusId: 'pet-verkoper', note: 'één' },
      undefined,
    );
    expect(await s.read('emulator/conversations/a|1')).toEqual({
      value: { focusId: 'pet-verkoper', note: 'één' },
      eTag,
    });
  });

  it('refuses a write on a version that is no longer current', async () => {
    const s = store();
    const first = await s.write('k-stale', { n: 1 }, undefined);
    await s.write('k-stale', { n: 2 }, first);
    await expect(s.write('k-stale', { n: 3 }, first)).rejects.toBeInstanceOf(StateConflictError);
    expect((await s.read('k-stale'))?.value).toEqual({ n: 2 });
  });

  it('refuses to create an item that another writer created since it was read as absent', async () => {
    const a = store();
    const b = store();
    await a.write('k-create', { by: 'a' }, undefined);
    await expect(b.write('k-create', { by: 'b' }, undefined)).rejects.toBeInstanceOf(StateConflictError);
    expect((await b.read('k-create'))?.value).toEqual({ by: 'a' });
  });

  it('works once the storage is back when it was down at the first use (no failure remembered)', async () => {
    await azurite.stop();
    const s = store('state-late');
    await expect(s.read('k-late')).rejects.toThrow();
    await azurite.restart();
    expect(await s.read('k-late')).toBeUndefined();
    await s.write('k-late', { ok: true }, undefined);
    expect((await s.read('k-late'))?.value).toEqual({ ok: true });
  });

  it('keeps long keys (Teams thread and user ids) apart', async () => {
    const s = store();
    const long = `msteams/conversations/19:${'x'.repeat(1200)}@thread.tacv2;messageid=1`;
    await s.write(`${long}/users/a`, { who: 'a' }, undefined);
    await s.write(`${long}/users/b`, { who: 'b' }, undefined);
    expect((await s.read(`${long}/users/a`))?.value).toEqual({ who: 'a' });
    expect((await s.read(`${long}/users/b`))?.value).toEqual({ who: 'b' });
  });
});
