/**
 * The report in a real browser: Debian's chromium, headless, driven by
 * playwright-core. Opens the report from disk, clicks from the overview to a
 * document, checks its highlights and the citation filter, and takes a
 * screenshot (KAZLEX_REPORT_SCREENSHOT names where to keep it).
 */
import { existsSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import {
  citationsOfDoc,
  markedCitationTexts,
  runSampleCorpus,
  type SampleRun,
} from './sample-run.js';

const CHROMIUM = '/usr/bin/chromium';

// Runs inside the page; the project's TypeScript config has no DOM library.
declare const getComputedStyle: (element: unknown) => { backgroundColor: string };

describe.skipIf(!existsSync(CHROMIUM))('the report in headless chromium', () => {
  let run: SampleRun;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    run = await runSampleCorpus();
    await writeReport('output', { cwd: run.dir });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    if (run) await rm(run.dir, { recursive: true, force: true });
  });

  const reportUrl = (relative: string) =>
    pathToFileURL(path.join(run.out, 'report', relative)).href;

  it('should click from the overview to a document whose citations are highlighted', async () => {
    await page.goto(reportUrl('index.html'));
    expect(await page.locator('h1').textContent()).toBe('Corpus overview');
    expect(await page.locator('svg.chart').count()).toBe(4);
    const ok = run.summary.files.filter((f) => f.status === 'ok');
    expect(await page.locator('a.doc-link').count()).toBe(ok.length);

    const target = ok.find((f) => f.path === 'corpus/kk/ulgi-erezhe.md');
    if (!target) throw new Error('sample corpus changed');
    await Promise.all([
      page.waitForURL(`**/docs/${target.id}.html`),
      page.locator('a.doc-link', { hasText: target.path }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe(target.path);

    const marked = page.locator('pre.source .citation');
    const expected = markedCitationTexts(await citationsOfDoc(run.out, target.id));
    expect(expected.length).toBeGreaterThan(2);
    expect(await marked.allTextContents()).toEqual(expected);
    // Highlighted, not just tagged: a resolved citation gets the green background.
    const background = await page
      .locator('pre.source .citation.resolved')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(216, 240, 216)');
    // Kazakh letters reach the page intact.
    expect(await page.locator('pre.source').textContent()).toContain('Қазақстан Республикасы');

    const shot = process.env.KAZLEX_REPORT_SCREENSHOT ?? path.join(run.dir, 'document.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect((await stat(shot)).size).toBeGreaterThan(20_000);
  });

  it('should follow a citation link to the cited provision within the report', async () => {
    const self = page.locator('pre.source a.citation.kind-self').first();
    const href = await self.getAttribute('href');
    expect(href).toMatch(/#art_\d+__para_\d+$/u);
    await self.click();
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${hash}"]`).count()).toBe(1);
  });

  it('should filter the citations table as the user types', async () => {
    await page.goto(reportUrl('citations.html'));
    const rows = page.locator('#citations tbody tr');
    const total = await rows.count();
    const all = (await readFile(path.join(run.out, 'citations.jsonl'), 'utf8')).trim().split('\n');
    expect(total).toBe(all.length);

    await page.locator('#filter').fill('Конституц');
    const visible = page.locator('#citations tbody tr:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const text of await visible.allTextContents()) expect(text).toContain('Конституц');
    expect(await page.locator('#shown').textContent()).toBe(String(shown));

    await page.locator('#filter').fill('no such citation anywhere');
    expect(await visible.count()).toBe(0);
    await page.locator('#filter').fill('');
    expect(await visible.count()).toBe(total);
  });

  it('should load nothing from the network and raise no script errors', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
