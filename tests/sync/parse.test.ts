import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseSyncFile, serializeSyncFile } from '../../lib/sync';
import { SCHEMA_PATH, syncFileJsonSchema } from '../../lib/sync/schema';
import { syncFile, withMemberReplaced } from './arbitraries';
import { exampleText as example } from './example';

const valid = () => JSON.parse(example);
const errorsOf = (value: unknown) => {
  const result = parseSyncFile(typeof value === 'string' ? value : JSON.stringify(value));
  if (result.ok) throw new Error('accepted');
  return result.errors;
};

describe('the published sync file', () => {
  it('schema is the one generated from the zod model (run `npm run schema`)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(syncFileJsonSchema());
  });

  it('example is valid, canonical, and has English, Vietnamese and a tombstone', () => {
    const result = parseSyncFile(example);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(serializeSyncFile(result.file)).toBe(example);
    expect(result.file.pages.length).toBeGreaterThan(2);
    expect(result.file.tombstones.length).toBeGreaterThan(0);
    expect(result.file.annotations.some((a) => /[ạ-ỹ]/.test(a.note))).toBe(true);
    expect(result.file.annotations.some((a) => a.tags.length > 0)).toBe(true);
  });
});

describe('parseSyncFile', () => {
  it.each([
    ['not JSON', '{"format": "gloss-sync",', ''],
    ['not an object', '[1, 2]', ''],
    ['another format', JSON.stringify({ ...valid(), format: 'hypothesis' }), 'format'],
    ['a newer version', JSON.stringify({ ...valid(), version: 2 }), 'version'],
    ['deep nesting', '['.repeat(200_000) + ']'.repeat(200_000), ''],
  ])('rejects %s', (_name, text, path) => {
    expect(errorsOf(text)[0]?.path).toBe(path);
  });

  it('names the bad field: wrong type, a date that is not a date, end before start', () => {
    const file = valid();
    file.annotations[1].colour = 7;
    file.annotations[2].updatedAt = '2026-02-30T10:00:00.000Z';
    file.annotations[0].selectors[1] = { type: 'TextPositionSelector', start: 9, end: 3 };
    expect(errorsOf(file).map((e) => e.path)).toEqual([
      'annotations[0].selectors[1].end',
      'annotations[1].colour',
      'annotations[2].updatedAt',
    ]);
  });

  it('normalises what the model normalises, record by record: tags in NFD become NFC', () => {
    const file = valid();
    file.annotations[1].tags = [' nhân   quyền '.normalize('NFD')];
    const result = parseSyncFile(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.file.annotations[1]?.tags).toEqual(['nhân quyền'.normalize('NFC')]);
    expect(result.file.annotations[0]).toEqual(valid().annotations[0]);
  });

  it('rejects a 50 MB note without echoing it', () => {
    const file = valid();
    file.annotations[0].note = 'x'.repeat(50_000_000);
    const errors = errorsOf(file);
    expect(errors[0]?.path).toBe('annotations[0].note');
    expect(JSON.stringify(errors).length).toBeLessThan(1000);
  });

  it('rejects __proto__ keys and leaves Object.prototype alone', () => {
    const text = example.replace('"colour":', '"__proto__":{"polluted":true},"colour":');
    expect(errorsOf(text)[0]?.path).toMatch(/^annotations\[\d\]$/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects duplicate ids, live or tombstone, and page ids not derived from the url', () => {
    const file = valid();
    file.annotations.push(file.annotations[0]);
    file.tombstones.push({ ...file.tombstones[0] });
    file.pages[0].url += '?other';
    const paths = errorsOf(file).map((e) => e.path);
    expect(paths).toContain(`annotations[${file.annotations.length - 1}].id`);
    expect(paths).toContain(`tombstones[${file.tombstones.length - 1}].id`);
    expect(paths).toContain('pages[0].id');
  });

  it('never throws on arbitrary text and answers with paths', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseSyncFile(text);
        return !result.ok && result.errors.length > 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on valid files with one value replaced by garbage', () => {
    const garbage = fc.oneof(fc.anything(), fc.string(), fc.constant('__proto__'));
    fc.assert(
      fc.property(syncFile, fc.nat(), garbage, (file, n, value) => {
        const result = parseSyncFile(withMemberReplaced(file, n, value));
        // Some garbage is valid (an empty tag list, another string); the rest is named.
        return (
          result.ok ||
          result.errors.every((e) => typeof e.path === 'string' && e.message.length > 0)
        );
      }),
      { numRuns: 2000 },
    );
  });
});
