import fc from 'fast-check';
import { LIMITS } from '../../lib/model';
import { SyncAnnotation } from '../../lib/model/sync-file';
import { canonicalJson } from '../../lib/sync/canonical';
import { isPlainAnnotation } from '../../lib/sync/fast-path';
import { annotation, withMemberReplaced } from './arbitraries';

/** Values that sit on the edges of the model's rules. */
const edgy = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    -1,
    0,
    1.5,
    2 ** 53,
    NaN,
    null,
    '',
    ' ',
    'x ',
    ' x',
    'a  b',
    'nhân quyền'.normalize('NFD'),
    'x'.repeat(LIMITS.tag + 1),
    '2026-02-30T00:00:00.000Z',
    '2026-01-01T00:00:00+01:00',
    '00000000-0000-0000-0000-000000000000',
    'ABCDEF01-2345-4678-9ABC-DEF012345678',
    'yellow',
    [],
    [
      { type: 'TextQuoteSelector', exact: 'x' },
      { type: 'TextPositionSelector', start: 3, end: 3 },
    ],
    4,
    [{ type: 'TextQuoteSelector', exact: '' }],
    ['a', 'a'],
    [' a'],
    ['a', 'nhân quyền'.normalize('NFD')],
  ),
);

/** Valid annotations as read from a JSON file. */
const plain = annotation.map((record) => JSON.parse(JSON.stringify(record)) as unknown);

/** A valid annotation with one value replaced or a key added, as read from a JSON file. */
const mutated = fc
  .tuple(annotation, fc.nat(), edgy, fc.boolean())
  .map(
    ([record, n, value, addKey]) =>
      JSON.parse(withMemberReplaced(record, n, value, addKey)) as unknown,
  );

describe('the fast path for annotations', () => {
  it('accepts only what zod accepts, and only in the form zod outputs', () => {
    fc.assert(
      fc.property(fc.oneof(plain, mutated), (value) => {
        if (!isPlainAnnotation(value)) return true;
        const result = SyncAnnotation.safeParse(value);
        return result.success && canonicalJson(result.data) === canonicalJson(value);
      }),
      { numRuns: 5000 },
    );
  });

  it('is taken for ordinary valid annotations', () => {
    fc.assert(
      fc.property(plain, (value) => isPlainAnnotation(value)),
      { numRuns: 500 },
    );
  });
});
