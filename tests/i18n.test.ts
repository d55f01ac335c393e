// The UI is in English and Vietnamese: both catalogues have the same keys and placeholders,
// every Vietnamese message is written, and no text of the UI bypasses t().
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import en from '../public/_locales/en/messages.json';
import vi from '../public/_locales/vi/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

const root = join(__dirname, '..');
/** Names of the product, of citation styles and of file formats: the same in both languages. */
const SAME_IN_BOTH = new Set([
  'sidebarTitle',
  'cite_style_harvard',
  'cite_style_ieee',
  'cite_format_bibtex',
  'cite_format_biblatex',
  'cite_format_ris',
  'cite_format_cslJson',
]);
/** Attributes a reader sees or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt']);
const LETTERS = /\p{L}/u;

const placeholders = (entry: Catalogue[string]) => ({
  declared: Object.keys(entry.placeholders ?? {})
    .map((p) => p.toUpperCase())
    .sort(),
  used: [...new Set(entry.message.match(/\$[A-Z_]+\$/gi) ?? [])]
    .map((p) => p.slice(1, -1).toUpperCase())
    .sort(),
});

/** Text in JSX that does not go through t(): "file:line text" for each. */
export function untranslated(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${fileName}:${line + 1} ${text.trim()}`);
  };
  const literal = (node: ts.Node | undefined) =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      ? node.text
      : undefined;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent)) {
      const text = literal(node.expression);
      if (text && LETTERS.test(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      const text = init && (ts.isJsxExpression(init) ? literal(init.expression) : literal(init));
      if (text && LETTERS.test(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('message catalogues', () => {
  const english = en as Catalogue;
  const vietnamese = vi as Catalogue;

  it('have the same keys', () => {
    expect(Object.keys(vietnamese).sort()).toEqual(Object.keys(english).sort());
  });

  it('declare and use the same placeholders in both languages', () => {
    for (const key of Object.keys(english)) {
      const e = placeholders(english[key]!);
      expect({ key, ...placeholders(vietnamese[key]!) }).toEqual({ key, ...e });
      expect({ key, used: e.used }).toEqual({ key, used: e.declared });
    }
  });

  it('have every Vietnamese message written, not copied from English', () => {
    for (const key of Object.keys(english)) {
      const message = vietnamese[key]?.message ?? '';
      expect({ key, empty: message.trim() === '' }).toEqual({ key, empty: false });
      if (!SAME_IN_BOTH.has(key))
        expect({ key, copied: message === english[key]!.message }).toEqual({ key, copied: false });
    }
  });
});

describe('UI text', () => {
  it('finds text that bypasses t() in JSX text, string children and text attributes', () => {
    const source = `
      const a = <p>Hello <b>{'world'}</b>{t('ok')} · {count}</p>;
      const b = <input placeholder="Search" aria-label={'Find'} title={t('x')} class="big" alt="" />;
      const c = <img alt={\`Logo\`} />;`;
    expect(untranslated('x.tsx', source).map((f) => f.split(' ').slice(1).join(' '))).toEqual([
      'Hello',
      'world',
      'Search',
      'Find',
      'Logo',
    ]);
  });

  it('goes through t() in every component and page', () => {
    const files = [...tsxFiles(join(root, 'components')), ...tsxFiles(join(root, 'entrypoints'))];
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((path) =>
      untranslated(relative(root, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
