// A windowed list: rows have known heights, only the rows in view (plus a few) are in the
// DOM, so 100,000 annotations cost what a screenful costs. Keyboard: one row is tabbable
// (roving tabindex); arrows, Page Up/Down, Home and End move between rows.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  count: number;
  /** Height of a row in pixels; the row's CSS must keep to it. */
  heightOf: (index: number) => number;
  /** A row's content; its first button or link gets focus, tabbable only when `tabbable`. */
  renderRow: (index: number, tabbable: boolean) => ComponentChildren;
  label: string;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
  class?: string;
}

/** The row at a vertical position: binary search over the row offsets. */
export function rowAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

const FOCUSABLE = 'button, a[href], input, select, textarea';

export function VirtualList({
  count,
  heightOf,
  renderRow,
  label,
  overscan = 6,
  class: className,
}: VirtualListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [active, setActive] = useState(0);
  // The row to focus once it is rendered (kept in a ref: an effect of an earlier render may run
  // after the key press, and must focus the row asked for, not the one it saw).
  const focusTarget = useRef<number | undefined>();

  const offsets = useMemo(() => {
    const list = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) list[i + 1] = list[i]! + heightOf(i);
    return list;
  }, [count, heightOf]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // Before layout (or where there is none) the window's height is the best guess.
    const measure = () => setViewport(element.clientHeight || window.innerHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const current = Math.min(active, Math.max(0, count - 1));

  useEffect(() => {
    const target = focusTarget.current;
    if (target === undefined) return;
    const button = scroller.current
      ?.querySelector<HTMLElement>(`[data-row="${target}"]`)
      ?.querySelector<HTMLElement>(FOCUSABLE);
    if (!button) return;
    focusTarget.current = undefined;
    button.focus();
  });

  function moveTo(index: number) {
    const element = scroller.current;
    const target = Math.max(0, Math.min(count - 1, index));
    if (element) {
      const top = offsets[target]!;
      const bottom = offsets[target + 1]!;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (bottom > element.scrollTop + viewport) element.scrollTop = bottom - viewport;
      setScrollTop(element.scrollTop);
    }
    focusTarget.current = target;
    setActive(target);
  }

  function onKeyDown(event: KeyboardEvent) {
    const page = Math.max(1, rowAt(offsets, scrollTop + viewport) - rowAt(offsets, scrollTop));
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target === undefined || count === 0) return;
    event.preventDefault();
    moveTo(target);
  }

  function onFocusIn(event: FocusEvent) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (row) setActive(Number(row.dataset.row));
  }

  const first = Math.max(0, rowAt(offsets, scrollTop) - overscan);
  const last = Math.min(count, rowAt(offsets, scrollTop + viewport) + 1 + overscan);
  const indices: number[] = [];
  // The tabbable row stays in the DOM even when scrolled away, so Tab always reaches the list.
  if (count > 0 && current < first) indices.push(current);
  for (let i = first; i < last; i++) indices.push(i);
  if (count > 0 && current >= last) indices.push(current);

  return (
    <div
      ref={scroller}
      class={className}
      style={{ overflowY: 'auto', position: 'relative' }}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLElement).scrollTop)}
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
    >
      <div
        role="list"
        aria-label={label}
        style={{ position: 'relative', height: `${offsets[count]}px` }}
      >
        {indices.map((i) => (
          <div
            key={i}
            role="listitem"
            data-row={i}
            aria-posinset={i + 1}
            aria-setsize={count}
            style={{
              position: 'absolute',
              top: `${offsets[i]}px`,
              left: 0,
              right: 0,
              height: `${heightOf(i)}px`,
            }}
          >
            {renderRow(i, i === current)}
          </div>
        ))}
      </div>
    </div>
  );
}
