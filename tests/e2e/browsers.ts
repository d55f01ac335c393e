// The built extension in real browsers: Chromium through playwright-core, Firefox through
// puppeteer-core (WebDriver BiDi). Both use the browsers installed on the machine; set
// GLOSS_CHROMIUM or GLOSS_FIREFOX to use others.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

/** A document in a tab; Playwright's and Puppeteer's frames both have this shape. */
export interface Frame {
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** What the tests need of a tab; Playwright's and Puppeteer's pages both have this shape. */
export interface Tab extends Frame {
  goto(url: string): Promise<unknown>;
  frames(): Frame[];
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  keyboard: {
    type(text: string): Promise<void>;
    press(key: string): Promise<void>;
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
  };
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  newTab(): Promise<Tab>;
  /** Chromium only: the DevTools protocol of a tab, for benchmarks. */
  cdp?(tab: Tab): Promise<(method: string, params?: object) => Promise<unknown>>;
  /** Opens an extension page (e.g. `sidepanel.html?tabId=3`) and waits until it has rendered. */
  openExtensionPage(path: string, ready: string): Promise<Tab>;
  close(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');
const GECKO_ID = 'gloss@gloss-reader.org';
const FIREFOX_UUID = '6f1e0d2c-3b4a-4c5d-8e9f-0a1b2c3d4e5f';

export const browserPath: Record<BrowserName, string> = {
  chromium: process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.GLOSS_FIREFOX ?? '/usr/bin/firefox-esr',
};

function requireBuild(dir: string, name: BrowserName) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}: run \`npm run build\` first.`);
  }
  if (!existsSync(browserPath[name])) {
    const variable = name === 'chromium' ? 'GLOSS_CHROMIUM' : 'GLOSS_FIREFOX';
    const apt = name === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(
      `${name} not found at ${browserPath[name]}: install it (apt-get install ${apt}) or set ${variable} to its path.`,
    );
  }
}

/** Polls `check` until it returns a truthy value; fails with `what` after `ms`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  ms = 15_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

const rendered = (tab: Tab, selector: string) =>
  waitFor(`${selector} to render`, () =>
    tab.evaluate((s) => document.querySelector(s) !== null, selector),
  );

export interface LaunchOptions {
  /** Without the extension, as a baseline for benchmarks. */
  extension?: boolean;
  /** The browser's UI language, which the extension's UI follows. */
  lang?: 'en' | 'vi';
}

export async function launchChromium({
  extension = true,
  lang = 'en',
}: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = join(root, '.output/chrome-mv3');
  requireBuild(dir, 'chromium');
  const profile = mkdtempSync(join(tmpdir(), 'gloss-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath.chromium,
    headless: true,
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
    locale: lang,
    env: { ...process.env, LANGUAGE: lang },
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    args: [
      ...(extension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = extension
    ? (context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 })))
    : null;
  const id = worker ? new URL(worker.url()).host : '';
  return {
    name: 'chromium',
    newTab: async () => (await context.newPage()) as unknown as Tab,
    cdp: async (tab) => {
      const session = await context.newCDPSession(tab as unknown as Page);
      return (method, params) => session.send(method as 'Performance.enable', params);
    },
    async openExtensionPage(path, ready) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      await rendered(page as unknown as Tab, ready);
      return page as unknown as Tab;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox({ lang = 'en' }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = join(root, '.output/firefox-mv3');
  requireBuild(dir, 'firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath.firefox,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'intl.locale.requested': lang === 'vi' ? 'vi' : 'en-US',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    },
  });
  await browser.installExtension(dir);
  return {
    name: 'firefox',
    newTab: async () => (await browser.newPage()) as unknown as Tab,
    async openExtensionPage(path, ready) {
      const page = (await browser.newPage()) as unknown as Tab;
      // Firefox may never report an extension page's navigation as finished: wait for content.
      void page.goto(`moz-extension://${FIREFOX_UUID}/${path}`).catch(() => {});
      await rendered(page, ready);
      return page;
    },
    close: () => browser.close(),
  };
}

export function launch(name: BrowserName, options?: LaunchOptions): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
