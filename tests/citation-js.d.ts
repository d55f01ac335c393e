// The part of citation-js's core (untyped) that the tests use to re-parse RIS.
declare module '@citation-js/core' {
  export const plugins: { input: { chain(input: string): unknown[] } };
}
