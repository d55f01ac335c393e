import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

function html(source: string): HTMLElement {
  const host = document.createElement('div');
  render(<Markdown source={source} />, host);
  return host;
}

describe('Markdown', () => {
  it('renders emphasis, lists and links', () => {
    const out = html('*quyền* con **người**\n\n- a\n- b\n\n[x](https://example.org)');
    expect(out.querySelector('em')?.textContent).toBe('quyền');
    expect(out.querySelector('strong')?.textContent).toBe('người');
    expect([...out.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['a', 'b']);
    const link = out.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows markup as text and never makes script, handlers or javascript: links', () => {
    const source =
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> [a](javascript:alert(1)) <b onclick="x()">b</b> 1 < 2 & 3';
    const out = html(source);
    expect(out.querySelector('script, img, b, [onerror], [onclick]')).toBeNull();
    expect(out.querySelector('a')).toBeNull();
    expect(out.textContent).toContain('<script>alert(1)</script>');
    expect(out.textContent).toContain('<b onclick="x()">b</b> 1 < 2 & 3');
  });
});
