// The fidelity suite: Gloss's highlights on the sample pages, after every kind of change.
import { expect, it } from 'vitest';
import { fidelity, formatTable, gloss, samplePages } from './harness';

/**
 * The targets: no highlight misplaced, at least 99% correct where the passage survives, every
 * deleted passage an orphan.
 */
const TARGET = { correct: 0.99, misplaced: 0 };

it('re-anchors highlights after every kind of change, and never misplaces one', async () => {
  const table = await fidelity(gloss, samplePages(), 30);
  console.log(formatTable('Gloss fidelity (30 highlights per page and change)', table));
  for (const [name, t] of table) {
    const total = t.correct + t.partial + t.misplaced + t.orphaned;
    expect({ name, misplaced: t.misplaced <= TARGET.misplaced }).toEqual({ name, misplaced: true });
    if (name === 'deleted') {
      expect(t.orphaned + t.misplaced).toBe(total);
    } else {
      expect({ name, correct: t.correct / total >= TARGET.correct }).toEqual({
        name,
        correct: true,
      });
    }
  }
}, 600_000);
