import { describe, expect, it, vi } from 'vitest';
import type { PageAnnotations } from '../db/handlers';
import { createPageController, type Backend } from './controller';

function controller(answer: PageAnnotations) {
  const backend: Backend = {
    annotations: vi.fn(async () => answer),
    create: vi.fn(),
    update: vi.fn(),
    report: vi.fn(async () => null),
  };
  const page = createPageController({
    root: () => document.body,
    url: () => 'https://example.com/article',
    registry: { set: vi.fn(), delete: vi.fn() },
    extract: vi.fn(),
    backend,
  });
  return { page, backend };
}

describe('page controller load', () => {
  it('asks the background once when the caller has no answer yet', async () => {
    const { page, backend } = controller({ annotations: [] });
    expect(await page.load()).toBe(0);
    expect(backend.annotations).toHaveBeenCalledTimes(1);
    expect(backend.annotations).toHaveBeenCalledWith('https://example.com/article');
  });

  it('uses the lookup the caller already made, and reports nothing for an empty page', async () => {
    const { page, backend } = controller({ annotations: [] });
    expect(await page.load({ annotations: [] })).toBe(0);
    expect(backend.annotations).not.toHaveBeenCalled();
    expect(backend.report).not.toHaveBeenCalled();
    expect(page.count).toBe(0);
  });
});
