import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Matching, type ProgrammeReport, STATUSES, type StrategyComparison } from '../../src/index';
import { SAMPLE_JOURNALS, SAMPLES } from '../../src/samples/index';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const artifacts = join(root, 'test/e2e/artifacts');
const CHROMIUM = '/usr/bin/chromium';
const HOSTILE = '<img src=x onerror=alert(1)>';

const CASES = [
  { name: 'bank', cohort: 'bank.json', journal: 'bank-journal.json', asOf: '2027-04-12' },
  { name: 'public-office', cohort: 'office.json', journal: 'office-journal.json', asOf: '2027-04-12' },
  { name: 'g500', cohort: 'g500.json', journal: undefined, asOf: undefined },
] as const;
type Case = (typeof CASES)[number];

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

let dir = '';
let profile = '';
let browser: BrowserContext | undefined;
/** Every run of the CLI, by its arguments joined with spaces: made in `beforeAll`, side by side. */
const runs = new Map<string, Run>();

/** Runs the built CLI as a user would, stdout and stderr piped. */
function run(args: ReadonlyArray<string>): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, out, err) => done({ code: error === null ? 0 : Number(error.code ?? 1), out, err }),
    );
  });
}

/** The output of a run made in `beforeAll`. */
function ran(args: ReadonlyArray<string>): Run {
  const result = runs.get(args.join(' '));
  if (result === undefined) throw new Error(`not run: ${args.join(' ')}`);
  return result;
}

/** The command line that writes a case's report: without `--matching`, so it matches and compares first. */
function reportArgs(c: Case): ReadonlyArray<string> {
  const progress = c.journal === undefined ? [] : ['--journal', c.journal, '--as-of', c.asOf ?? ''];
  return ['report', c.cohort, ...progress, '--out', `${c.name}.html`];
}

const jsonArgs = (c: Case): ReadonlyArray<ReadonlyArray<string>> => [
  ['match', c.cohort, '--format', 'json'],
  ['compare', c.cohort, '--format', 'json'],
];

/** What a page did while it was open: its console errors, its requests, its dialogs. */
interface Visit {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
  readonly dialogs: string[];
}

async function open(file: string): Promise<Visit> {
  if (browser === undefined) throw new Error('the browser did not start');
  const page = await browser.newPage();
  const visit: Visit = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') visit.errors.push(m.text());
  });
  page.on('pageerror', (e) => visit.errors.push(e.message));
  page.on('dialog', (d) => {
    visit.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => visit.requests.push(r.url()));
  await page.goto(pathToFileURL(join(dir, file)).href, { waitUntil: 'load' });
  return visit;
}

/** Every chart of the page with its rendered size. */
function chartSizes(page: Page): Promise<ReadonlyArray<{ id: string; width: number; height: number }>> {
  return page.$$eval('svg.chart', (svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      return { id: svg.getAttribute('data-chart') ?? '', width: box.width, height: box.height };
    }),
  );
}

/** The number a figure of the page carries (`data-value`), found by a CSS selector. */
async function figure(page: Page, selector: string): Promise<number> {
  const value = await page.getAttribute(selector, 'data-value');
  if (value === null) throw new Error(`no figure at ${selector}`);
  return Number(value);
}

beforeAll(async () => {
  if (!existsSync(cli))
    throw new Error('dist/cli.js is missing: run `npm run build` before the end-to-end tests');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  dir = mkdtempSync(join(tmpdir(), 'rm-report-'));
  profile = mkdtempSync(join(tmpdir(), 'rm-chromium-'));
  mkdirSync(artifacts, { recursive: true });
  const bank = structuredClone(SAMPLES.bank) as { mentees: Array<{ name?: string }> };
  const first = bank.mentees[0];
  if (first !== undefined) first.name = HOSTILE;
  writeFileSync(join(dir, 'bank.json'), JSON.stringify(bank));
  writeFileSync(join(dir, 'office.json'), JSON.stringify(SAMPLES['public-office']));
  writeFileSync(join(dir, 'bank-journal.json'), JSON.stringify(SAMPLE_JOURNALS.bank));
  writeFileSync(join(dir, 'office-journal.json'), JSON.stringify(SAMPLE_JOURNALS['public-office']));
  const generated = await run([
    'generate',
    '--mentors',
    '500',
    '--mentees',
    '500',
    '--seed',
    '11',
    '--out',
    'g500.json',
  ]);
  expect(generated.code).toBe(0);
  const commands = CASES.flatMap((c) => [reportArgs(c), ...jsonArgs(c)]);
  const [results, context] = await Promise.all([
    Promise.all(commands.map(run)),
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }),
  ]);
  browser = context;
  commands.forEach((args, i) => {
    const result = results[i];
    if (result !== undefined) runs.set(args.join(' '), result);
  });
});

afterAll(async () => {
  await browser?.close();
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
  if (profile !== '') rmSync(profile, { recursive: true, force: true });
});

const MATCHING_CHARTS = [
  'strategies-totalscore',
  'strategies-minscore',
  'strategies-goalcoverage',
  'strategies-blockingpairs',
  'score-distribution',
  'mentor-load',
  'goal-coverage',
];
const PROGRESS_CHARTS = ['sessions-per-week', 'statuses-over-time', 'kirkpatrick', 'predictors'];

describe('report (built CLI, in Chromium)', () => {
  it.each(CASES)(
    'shows the $name report offline with every chart drawn, on screen and in print, and the figures of match and compare',
    async (c) => {
      const made = ran(reportArgs(c));
      expect([made.code, made.err]).toEqual([0, '']);
      const [matchRun, compareRun] = jsonArgs(c).map(ran);
      const matching = JSON.parse(matchRun?.out ?? '') as Matching;
      const comparison = JSON.parse(compareRun?.out ?? '') as StrategyComparison;

      const { page, errors, requests, dialogs } = await open(`${c.name}.html`);
      const charts = c.journal === undefined ? MATCHING_CHARTS : [...MATCHING_CHARTS, ...PROGRESS_CHARTS];
      const onScreen = await chartSizes(page);
      expect(onScreen.map((s) => s.id)).toEqual(charts);
      for (const s of onScreen) expect(s.width * s.height, s.id).toBeGreaterThan(5000);

      expect(await figure(page, '#glance [data-figure="totalScore"]')).toBe(matching.totalScore);
      expect(await figure(page, '#glance [data-figure="mentees"]')).toBe(
        new Set([...matching.pairs, ...matching.unmatched].map((p) => p.menteeId)).size,
      );
      for (const s of comparison.strategies) {
        const row = `#strategies tr[data-strategy="${s.strategy}"]`;
        for (const f of ['totalScore', 'minScore', 'goalCoverage', 'blockingPairs'] as const)
          expect(await figure(page, `${row} [data-figure="${f}"]`), `${s.strategy} ${f}`).toBe(s.report[f]);
        expect(await figure(page, `${row} [data-figure="shareOfOptimal"]`)).toBe(s.shareOfOptimal);
      }
      const pairs = await page.$$eval('table.pairs tbody tr', (rows) =>
        rows.map((r) => [
          r.getAttribute('data-mentee'),
          r.getAttribute('data-mentor'),
          Number(r.querySelector('[data-figure="score"]')?.getAttribute('data-value')),
        ]),
      );
      expect(pairs).toEqual(matching.pairs.map((p) => [p.menteeId, p.mentorId, p.score]));
      const unmatched = await page.$$eval('table.unmatched tbody tr', (rows) =>
        rows.map((r) => r.getAttribute('data-mentee')),
      );
      // The waiting list's line order (no sample mentee gives a waiting date): the closest to a
      // pair first (the best score within reach; nobody allowed last), then id.
      const reach = (u: Matching['unmatched'][number]): number =>
        'bestScore' in u.reason ? u.reason.bestScore : -1;
      const line = [...matching.unmatched].sort(
        (a, b) => reach(b) - reach(a) || (a.menteeId < b.menteeId ? -1 : a.menteeId > b.menteeId ? 1 : 0),
      );
      expect(unmatched).toEqual(line.map((u) => u.menteeId));

      if (c.journal !== undefined) {
        // The progress cards are what `progress --format json` says of the same pairs that day.
        writeFileSync(join(dir, `${c.name}-matching.json`), matchRun?.out ?? '');
        const progress = await run([
          'progress',
          c.cohort,
          '--matching',
          `${c.name}-matching.json`,
          '--journal',
          c.journal,
          '--as-of',
          c.asOf,
          '--format',
          'json',
        ]);
        const outcomes = (JSON.parse(progress.out) as ProgrammeReport).outcomes;
        for (const status of STATUSES)
          expect(await figure(page, `#progress [data-figure="status-${status}"]`), status).toBe(
            outcomes.statuses[status],
          );
        expect(await figure(page, '#progress [data-figure="participation"]')).toBe(outcomes.participation);
      }

      // The whole page of a sample; the first screen of the 500-pair page (its full height is a poster).
      const fullPage = c.name !== 'g500';
      await page.screenshot({ path: join(artifacts, `report-${c.name}.png`), fullPage });
      await page.emulateMedia({ media: 'print' });
      const inPrint = await chartSizes(page);
      expect(inPrint.map((s) => s.id)).toEqual(charts);
      for (const s of inPrint) expect(s.width * s.height, `${s.id} in print`).toBeGreaterThan(5000);
      await page.close();

      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([pathToFileURL(join(dir, `${c.name}.html`)).href]);
    },
  );

  it('keeps a hostile name as text: no element is made of it and no dialog opens', async () => {
    const { page, dialogs, requests } = await open('bank.html');
    expect(await page.$$('img')).toHaveLength(0);
    expect(await page.locator('table.pairs').innerText()).toContain(HOSTILE);
    expect(await page.title()).not.toContain('<');
    await page.close();
    expect([dialogs, requests.length]).toEqual([[], 1]);
  });
});
