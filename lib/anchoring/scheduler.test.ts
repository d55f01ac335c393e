import { describe, expect, it } from 'vitest';
import { createReanchorScheduler, type Timers } from './scheduler';

/** A manual clock: timers fire only when the test advances time. */
function clock() {
  let time = 0;
  let next = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      pending.set(next, { at: time + ms, callback });
      return next++;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    const until = time + ms;
    for (;;) {
      const due = [...pending].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at);
      const first = due[0];
      if (!first) break;
      pending.delete(first[0]);
      time = first[1].at;
      first[1].callback();
    }
    time = until;
  };
  return { timers, now: () => time, advance, pending: () => pending.size };
}

function setup(results: number[], options: { delay?: number; maxWait?: number } = {}) {
  const c = clock();
  const runs: number[] = [];
  const scheduler = createReanchorScheduler({
    run: () => {
      runs.push(c.now());
      return results.shift() ?? 0;
    },
    delay: options.delay ?? 100,
    maxWait: options.maxWait ?? 1000,
    timers: c.timers,
    now: c.now,
  });
  return { c, runs, scheduler };
}

describe('createReanchorScheduler', () => {
  it('does nothing until woken, then runs once after the page is quiet', () => {
    const { c, runs, scheduler } = setup([2, 0]);
    scheduler.poke();
    c.advance(500);
    expect(runs).toEqual([]);
    scheduler.wake();
    c.advance(50);
    scheduler.poke();
    c.advance(50);
    scheduler.poke();
    c.advance(99);
    expect(runs).toEqual([]);
    c.advance(1);
    expect(runs).toEqual([700]);
  });

  it('runs at least every maxWait while the page keeps changing', () => {
    const { c, runs, scheduler } = setup([5, 4, 3]);
    scheduler.wake();
    for (let i = 0; i < 25; i++) {
      c.advance(50);
      scheduler.poke();
    }
    expect(runs).toEqual([1000]);
  });

  it('rests when nothing is left waiting, and wakes again on demand', () => {
    const { c, runs, scheduler } = setup([1, 0, 0]);
    scheduler.wake();
    c.advance(100);
    scheduler.poke();
    c.advance(100);
    expect(runs).toEqual([100, 200]);
    expect(scheduler.awake).toBe(false);
    scheduler.poke();
    c.advance(1000);
    expect(runs).toHaveLength(2);
    expect(c.pending()).toBe(0);
    scheduler.wake();
    c.advance(100);
    expect(runs).toHaveLength(3);
  });

  it('rests after runs that attach nothing: orphans do not cost a run per mutation', () => {
    const { c, runs, scheduler } = setup([3, 3, 3, 3, 3, 3]);
    scheduler.wake();
    for (let i = 0; i < 20; i++) {
      scheduler.poke();
      c.advance(200);
    }
    expect(runs).toHaveLength(4);
    expect(scheduler.awake).toBe(false);
  });

  it('runs at once on flush and never after stop', () => {
    const { c, runs, scheduler } = setup([1, 1]);
    scheduler.wake();
    scheduler.flush();
    expect(runs).toEqual([0]);
    scheduler.poke();
    scheduler.stop();
    scheduler.wake();
    scheduler.poke();
    c.advance(5000);
    expect(runs).toEqual([0]);
    expect(c.pending()).toBe(0);
  });
});
