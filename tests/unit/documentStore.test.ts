import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentKey } from '../../src/data/documentKey';
import { documentStoreVariable, pruneDocumentStore, storedDocument } from '../../src/data/documentStore';

const day = 24 * 60 * 60 * 1000;
const bytes = (...values: number[]) => new Uint8Array(values);

describe('document key', () => {
  const inputs = {
    kind: 'whitepaper.pdf',
    data: { title: 'Pulse', status: 'published', date: new Date('2026-12-01') },
    binaries: [bytes(1, 2, 3)],
  };

  it('is the same for the same inputs, whichever objects hold them', async () => {
    expect(await documentKey(inputs)).toBe(await documentKey({ ...inputs, data: { ...inputs.data }, binaries: [bytes(1, 2, 3)] }));
  });

  it('changes with the kind, the data, the build day and every embedded file', async () => {
    const key = await documentKey(inputs);
    const others = await Promise.all([
      documentKey({ ...inputs, kind: 'summary.pdf' }),
      documentKey({ ...inputs, data: { ...inputs.data, title: 'Pulse 2' } }),
      documentKey({ ...inputs, data: { ...inputs.data, date: new Date('2026-12-02') } }),
      documentKey({ ...inputs, binaries: [bytes(1, 2, 4)] }),
      documentKey({ ...inputs, binaries: [bytes(1, 2, 3), bytes(5)] }),
    ]);
    for (const other of others) expect(other).not.toBe(key);
    expect(new Set(others).size).toBe(others.length);
  });
});

describe('document store', () => {
  let dir: string;
  let previous: string | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gtm-documents-'));
    previous = process.env[documentStoreVariable];
    process.env[documentStoreVariable] = dir;
  });
  afterEach(async () => {
    if (previous === undefined) delete process.env[documentStoreVariable];
    else process.env[documentStoreVariable] = previous;
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a document once and reads it back under the same key', async () => {
    let writes = 0;
    const write = () => {
      writes += 1;
      return Promise.resolve(bytes(7, 8, 9));
    };
    const first = await storedDocument('ab12', 'pdf', write);
    const second = await storedDocument('ab12', 'pdf', write);
    expect(writes).toBe(1);
    expect([...second]).toEqual([...first]);
    expect(await readdir(join(dir, 'ab'))).toEqual(['ab12.pdf']);
  });

  it('writes a document anew under another key', async () => {
    await storedDocument('ab12', 'pdf', () => Promise.resolve(bytes(1)));
    expect([...(await storedDocument('cd34', 'pdf', () => Promise.resolve(bytes(2))))]).toEqual([2]);
  });

  it('always writes when no store is configured', async () => {
    delete process.env[documentStoreVariable];
    let writes = 0;
    const write = () => {
      writes += 1;
      return Promise.resolve(bytes(1));
    };
    await storedDocument('ab12', 'pdf', write);
    await storedDocument('ab12', 'pdf', write);
    expect(writes).toBe(2);
  });

  it('removes documents no build used for a week and keeps the rest', async () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    await storedDocument('ab12', 'pdf', () => Promise.resolve(bytes(1)));
    await storedDocument('cd34', 'pdf', () => Promise.resolve(bytes(2)));
    const old = new Date(now - 8 * day);
    const recent = new Date(now - 6 * day);
    await utimes(join(dir, 'ab', 'ab12.pdf'), old, old);
    await utimes(join(dir, 'cd', 'cd34.pdf'), recent, recent);
    await writeFile(join(dir, 'note.txt'), 'kept');
    await utimes(join(dir, 'note.txt'), recent, recent);
    expect(await pruneDocumentStore(dir, now)).toBe(1);
    expect(await readdir(join(dir, 'ab'))).toEqual([]);
    expect(await readdir(join(dir, 'cd'))).toEqual(['cd34.pdf']);
  });
});
