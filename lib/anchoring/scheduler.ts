// Re-anchoring on pages that change under the reader: content loaded late, SPA navigations.
// Pure and timer-injected, so the content script drives it from a MutationObserver and URL
// changes while tests drive it with fake timers.

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReanchorOptions {
  /**
   * Re-anchors the annotations not attached yet (reading the page text once) and returns how
   * many are still waiting. Never re-entered.
   */
  run: () => number;
  /** Quiet time after the last poke before running, in ms: a page that streams in runs once. */
  delay?: number;
  /**
   * Longest a stream of pokes can postpone a run, in ms: a page that never stops changing (a
   * ticker, an animation) still gets its highlights.
   */
  maxWait?: number;
  /**
   * Runs in a row that attach nothing before the scheduler rests: orphans whose passage is gone
   * must not cost a page-text read on every mutation of a busy page.
   */
  fruitlessRuns?: number;
  timers?: Timers;
  now?: () => number;
}

export interface ReanchorScheduler {
  /** Annotations are waiting (first load, new annotations, a URL change): start watching. */
  wake(): void;
  /** The page changed (a mutation): re-anchor once it has been quiet for `delay`. */
  poke(): void;
  /** Run now if awake, cancelling the pending run. */
  flush(): void;
  /** Stop for good. */
  stop(): void;
  /** Whether pokes are being acted on (the content script may disconnect its observer if not). */
  readonly awake: boolean;
}

/**
 * Debounced re-anchoring that rests when there is nothing left to do. Each poke (re)starts a
 * quiet period; the run happens when it ends, or after `maxWait` of continuous pokes. Nothing
 * runs without a poke (no polling). The scheduler rests when a run leaves nothing waiting or
 * after `fruitlessRuns` runs that attached nothing; `wake` starts it again.
 */
export function createReanchorScheduler(options: ReanchorOptions): ReanchorScheduler {
  const delay = options.delay ?? 300;
  const maxWait = options.maxWait ?? 2000;
  const fruitlessRuns = options.fruitlessRuns ?? 3;
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const now = options.now ?? (() => Date.now());
  let state: 'resting' | 'awake' | 'stopped' = 'resting';
  let timer: unknown = null;
  let firstPoke = -1;
  let waiting = Infinity;
  let fruitless = 0;

  const cancel = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    firstPoke = -1;
  };

  const fire = () => {
    cancel();
    if (state !== 'awake') return;
    const left = options.run();
    fruitless = left < waiting ? 0 : fruitless + 1;
    waiting = left;
    if (left === 0 || fruitless >= fruitlessRuns) state = 'resting';
  };

  const scheduler: ReanchorScheduler = {
    wake() {
      if (state === 'stopped') return;
      state = 'awake';
      waiting = Infinity;
      fruitless = 0;
      scheduler.poke();
    },
    poke() {
      if (state !== 'awake') return;
      const at = now();
      if (firstPoke < 0) firstPoke = at;
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(fire, Math.max(0, Math.min(delay, firstPoke + maxWait - at)));
    },
    flush() {
      fire();
    },
    stop() {
      state = 'stopped';
      cancel();
    },
    get awake() {
      return state === 'awake';
    },
  };
  return scheduler;
}
