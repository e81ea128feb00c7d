/**
 * The HTML report in a real browser (Debian's chromium through playwright-core): every quote
 * clickable to its details, a screenshot, and a hostile article that runs nothing. The screenshot
 * goes to a temporary folder; `npm run screenshot` (UPDATE_SCREENSHOT=1) writes the README's
 * `docs/report.png` instead, so a test run leaves the working tree as it was.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { checkArticle } from '../src/report/check-article.js';
import { renderHtml } from '../src/report/html.js';
import { ReferenceIndex } from '../src/verify/reference-index.js';

const CHROMIUM = '/usr/bin/chromium';
// CI installs chromium (.ci/run), so there a missing browser fails the test instead of skipping it.
const describeWithBrowser = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;
const read = (name: string) => readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'quotecheck-browser-'));

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Opens a page, recording requests, dialogs and CSP violations. */
async function open(html: string, name: string) {
  const path = join(tmp, name);
  writeFileSync(path, html);
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`file://${path}`);
  return { page, requests, dialogs, errors, url: `file://${path}` };
}

describeWithBrowser('HTML report in Chromium', () => {
  test('the bundled article: every quote highlighted and clickable to its details', async () => {
    const check = checkArticle(read('article.txt'), { index: new ReferenceIndex([{ id: 'council-meeting', text: read('transcript.txt') }]) });
    expect(check.quotes.length).toBeGreaterThanOrEqual(8);
    const { page, requests, errors, url } = await open(renderHtml(check, { name: 'examples/data/article.txt' }), 'report.html');
    expect(await page.locator('mark.q').count()).toBe(check.quotes.length);
    for (let i = 0; i < check.quotes.length; i++) {
      const mark = page.locator(`#q${i}`);
      expect(await mark.isVisible()).toBe(true);
      const open = page.locator(`#card-${i} details`);
      expect(await open.evaluate((element) => (element as unknown as { open: boolean }).open)).toBe(false);
      await mark.click();
      expect(await open.evaluate((element) => (element as unknown as { open: boolean }).open)).toBe(true);
      expect(await page.locator(`#card-${i}`).getAttribute('class')).toContain('active');
      const details = await open.innerText();
      const verdict = check.quotes[i]!.verification!.verdict;
      expect(details).toContain(`Verdict\n${verdict}`);
    }
    // For the README: a fresh page with the card of the misattributed quote open.
    const misattributed = check.quotes.findIndex((quote) => quote.verification?.speakerCheck === 'mismatch');
    expect(misattributed).toBeGreaterThanOrEqual(0);
    await page.reload();
    await page.locator(`#q${misattributed}`).click();
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    const shot = process.env.UPDATE_SCREENSHOT ? new URL('../docs/report.png', import.meta.url).pathname : join(tmp, 'report.png');
    await page.screenshot({ path: shot });
    expect(readFileSync(shot).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(new Set(requests)).toEqual(new Set([url]));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a hostile article: the page loads, nothing of it runs, it shows as text', async () => {
    const hostile = [
      'Harbor board meets <script>window.pwned = 1; alert("script")</script> tonight.',
      '',
      '"<img src=x onerror="window.pwned = 2; alert(1)"> is not a picture," said <b onmouseover="window.pwned=3">Mallory Vance</b>.',
      '',
      '"</style><style>body{display:none}</style> stays text," Vance said. <a href="javascript:window.pwned=4">click</a>',
      '',
      '"<svg onload="window.pwned=5"></svg><iframe src="javascript:alert(2)"></iframe>," she said.',
    ].join('\n');
    const check = checkArticle(hostile, { index: new ReferenceIndex([{ id: '<script>alert(3)</script>', text: '<img src=y onerror="window.pwned=6"> is not a picture.' }]) });
    const { page, requests, dialogs, errors, url } = await open(renderHtml(check, { name: '<script>alert(4)</script>' }), 'hostile.html');
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    const article = await page.locator('article').textContent();
    expect(article).toBe(hostile);
    expect(await page.locator('article img, article script, article b, article a, article svg, article iframe, article style').count()).toBe(0);
    expect(await page.locator('body').isVisible()).toBe(true);
    if (check.quotes.length > 0) {
      await page.locator('#q0').click();
      expect(await page.locator('#card-0 details').evaluate((element) => (element as unknown as { open: boolean }).open)).toBe(true);
      await page.locator('#card-0 .who').hover();
    }
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
