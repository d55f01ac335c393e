// Types of the peer the benchmark compares with (the package ships none).
declare module 'dom-anchor-text-quote' {
  export interface TextQuote {
    exact: string;
    prefix?: string;
    suffix?: string;
  }
  export function fromRange(root: Node, range: Range): TextQuote;
  export function toRange(root: Node, quote: TextQuote, options?: { hint?: number }): Range | null;
  export function toTextPosition(
    root: Node,
    quote: TextQuote,
    options?: { hint?: number },
  ): { start: number; end: number } | null;
}
