import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { copyOptions } from '../domain/checkArgument';
import type { Cohort, Issues } from '../domain/index';
import { quoteValue } from '../domain/readUntrusted';
import { STRATEGIES, type StrategyComparison, assess } from '../evaluation/index';
import { match } from '../matching/index';
import { type AssessProgrammeOptions, assessProgramme } from '../monitoring/index';
import type { Locale } from '../scoring/index';
import type { HtmlReportInput, HtmlReportOptions } from './HtmlReportInput';
import { escapeHtml } from './internal/escapeHtml';
import { glanceSection } from './internal/glanceSection';
import { pairsSection } from './internal/pairsSection';
import { whatIfSection } from './internal/whatIfSection';
import { progressSection } from './internal/progressSection';
import { REPORT_STYLES } from './internal/reportStyles';
import { REPORT_WORDS } from './internal/reportWords';
import { strategySection } from './internal/strategySection';
import { trustedMatching } from './internal/trustedMatching';
import type { ReportIssue } from './ReportIssue';

/**
 * One self-contained HTML page about a reverse-mentoring programme, in English or Polish, for
 * the people who run it: the programme at a glance (people, places, the share matched, the total
 * and spread of the pair scores); the strategies side by side when a comparison is given; every
 * pair with its reasons and every mentee without a mentor with why, with charts of the pair
 * scores, the mentor load and goal coverage by skill area; and with a journal, the progress as
 * of a date — sessions per week, pair statuses over time, Kirkpatrick's levels, which criteria
 * predicted progress, and the pairs that need attention.
 *
 * The page makes no network request: its one stylesheet and its SVG charts are inline and there
 * is no script, so it opens from a disk or an e-mail attachment and prints to a clean PDF. Every
 * chart has a text alternative (`<title>`, `<desc>` and a data table) and colours that survive
 * greyscale and colour-blindness (Okabe–Ito, a pattern per series, values written on the bars).
 * Every text from the data is escaped. Charts are drawn with d3-scale, d3-shape and d3-array
 * (pure functions: no DOM), so the function runs anywhere the library does.
 *
 * @param input - {@link HtmlReportInput}: the cohort, and optionally a matching, a comparison, a journal
 * @param options - {@link HtmlReportOptions}: `locale`, `title`, and `asOf` (with a journal)
 * @returns `Right(html)`, a whole document, or `Left` with every {@link ReportIssue}
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const html = orThrow(renderHtmlReport({ cohort }, { locale: 'pl' }));
 * html.startsWith('<!doctype html>'); // true
 * html.includes('<html lang="pl">'); // true
 * html.includes('<script'); // false
 * @category Report
 */
export function renderHtmlReport(
  input: HtmlReportInput,
  options: HtmlReportOptions = {},
): Either<Issues<ReportIssue>, string> {
  // Both read once into shallow copies: a getter or a proxy that throws is an issue, not a throw.
  const readInput = copyOptions(input, [], 'invalid-input');
  const readOptions = copyOptions(options, ['options'], 'invalid-option');
  if (readInput._tag === 'Left' || readOptions._tag === 'Left')
    return left([
      ...(readInput._tag === 'Left' ? [readInput.left] : []),
      ...(readOptions._tag === 'Left' ? [readOptions.left] : []),
    ] as unknown as Issues<ReportIssue>);
  const opts = readOptions.right;
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts))
    return left([
      {
        code: 'invalid-option',
        message: `expected an options object, got ${quoteValue(opts)}`,
        path: ['options'],
      },
    ]);
  const read: HtmlReportInput | undefined =
    typeof readInput.right === 'object' && readInput.right !== null ? readInput.right : undefined;
  const issues: ReportIssue[] = [];
  const locale = checkLocale(opts, issues);
  const cohort = isCohort(read?.cohort) ? read.cohort : undefined;
  if (cohort === undefined)
    issues.push({
      code: 'invalid-input',
      message: 'the report needs a cohort validated by parseCohort',
      path: ['cohort'],
    });
  if (opts.title !== undefined && typeof opts.title !== 'string')
    issues.push({ code: 'invalid-option', message: 'a title is text', path: ['options', 'title'] });
  const audience = opts.audience ?? 'programme';
  if (audience !== 'programme' && audience !== 'participant')
    issues.push({
      code: 'invalid-option',
      message: 'the audience is "programme" or "participant"',
      path: ['options', 'audience'],
    });
  if (read?.journal !== undefined && opts.asOf === undefined)
    issues.push({
      code: 'invalid-option',
      message: 'a report with a journal needs the date it is as of',
      path: ['options', 'asOf'],
    });
  if (read?.comparison !== undefined) checkComparison(read.comparison, issues);
  if (read?.whatIf !== undefined && !isWhatIf(read.whatIf))
    issues.push({
      code: 'invalid-input',
      message: 'a what-if is what compareSettings returns (figures, kept, moved, new, lost)',
      path: ['whatIf'],
    });
  if (read === undefined || cohort === undefined || issues.length > 0) return fail(issues);

  let matching;
  if (read.matching === undefined) {
    const made = match(cohort);
    if (made._tag === 'Left') return fail(made.left.map((e) => ({ ...e, path: ['cohort', ...e.path] })));
    matching = made.right;
  } else {
    matching = trustedMatching(cohort, read.matching, issues);
    if (issues.length > 0) return fail(issues);
  }
  const w = REPORT_WORDS[locale];
  const quality = assess(cohort, matching);
  if (quality._tag === 'Left')
    return fail(quality.left.map((e) => ({ ...e, path: ['matching', ...e.path] })));
  const sections = [glanceSection(cohort, matching, quality.right, locale)];
  if (read.comparison !== undefined) sections.push(strategySection(read.comparison, locale));
  sections.push(pairsSection(cohort, matching, locale, audience));
  if (read.whatIf !== undefined) sections.push(whatIfSection(cohort, read.whatIf, locale));
  if (read.journal !== undefined && opts.asOf !== undefined) {
    const assessOptions: AssessProgrammeOptions = {
      asOf: opts.asOf,
      ...(opts.startDate === undefined ? {} : { startDate: opts.startDate }),
      ...(opts.cadenceDays === undefined ? {} : { cadenceDays: opts.cadenceDays }),
    };
    const report = assessProgramme(cohort, matching, read.journal, assessOptions);
    if (report._tag === 'Left') return fail([...report.left]);
    sections.push(
      progressSection(
        { cohort, matching, journal: read.journal, report: report.right, options: assessOptions },
        locale,
      ),
    );
  }
  const title = opts.title ?? cohort.programme.name;
  const subtitle = opts.asOf === undefined ? w.title : `${w.title} · ${w.generated(opts.asOf)}`;
  return right(
    `<!doctype html>\n<html lang="${w.lang}"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">` +
      // No request of any kind: not even for a favicon.
      `<link rel="icon" href="data:,"><title>${escapeHtml(title)}</title><style>${REPORT_STYLES}</style></head>` +
      `<body><header class="top"><div class="inner"><h1>${escapeHtml(title)}</h1><p class="subtitle">${escapeHtml(subtitle)}</p></div></header>` +
      `<main>${sections.join('')}<footer>reverse-mentoring</footer></main></body></html>\n`,
  );
}

/** A shallow look at a what-if's parts the section reads: lists where lists are, a share. */
function isWhatIf(value: unknown): boolean {
  try {
    const w = value as Readonly<Record<string, unknown>>;
    return (
      typeof w === 'object' &&
      w !== null &&
      ['figures', 'kept', 'moved', 'new', 'lost'].every((key) => Array.isArray(w[key])) &&
      typeof w.changedShare === 'number'
    );
  } catch {
    return false;
  }
}

function fail(issues: ReadonlyArray<ReportIssue>): Either<Issues<ReportIssue>, never> {
  const [first, ...rest] = issues;
  // Called only with at least one issue; the fallback keeps the type honest without a cast.
  return left([first ?? { code: 'invalid-input', message: 'the report cannot be made', path: [] }, ...rest]);
}

function checkLocale(options: HtmlReportOptions, issues: ReportIssue[]): Locale {
  const locale: unknown = options?.locale ?? 'en';
  if (locale === 'en' || locale === 'pl') return locale;
  issues.push({ code: 'invalid-option', message: 'a locale is "en" or "pl"', path: ['options', 'locale'] });
  return 'en';
}

function isCohort(value: unknown): value is Cohort {
  const c = value as Partial<Cohort> | null | undefined;
  return (
    typeof c === 'object' &&
    c !== null &&
    Array.isArray(c.mentors) &&
    Array.isArray(c.mentees) &&
    c.mentorById instanceof Map &&
    c.menteeById instanceof Map &&
    c.catalog instanceof Map &&
    c.areas instanceof Map
  );
}

const FIGURES = ['totalScore', 'minScore', 'goalCoverage', 'blockingPairs', 'matchedShare'] as const;

/** A comparison from plain JavaScript: every figure the page shows is a finite number. */
function checkComparison(comparison: StrategyComparison, issues: ReportIssue[]): void {
  const strategies: unknown = (comparison as Partial<StrategyComparison> | null)?.strategies;
  if (!Array.isArray(strategies)) {
    issues.push({
      code: 'invalid-input',
      message: 'a comparison has a "strategies" array',
      path: ['comparison', 'strategies'],
    });
    return;
  }
  (strategies as StrategyComparison['strategies']).forEach((s, i) => {
    const at = ['comparison', 'strategies', i];
    if (s?.strategy === 'external' && typeof s.name !== 'string')
      issues.push({
        code: 'invalid-input',
        message: 'a matching made elsewhere has a name',
        path: [...at, 'name'],
      });
    if (s?.strategy !== 'external' && !(STRATEGIES as ReadonlyArray<unknown>).includes(s?.strategy))
      issues.push({
        code: 'invalid-input',
        message: `a strategy is one of ${STRATEGIES.join(', ')} or external`,
        path: [...at, 'strategy'],
      });
    if (!Number.isFinite(s?.shareOfOptimal))
      issues.push({
        code: 'invalid-input',
        message: 'the share of the optimum is a number',
        path: [...at, 'shareOfOptimal'],
      });
    for (const f of FIGURES)
      if (!Number.isFinite(s?.report?.[f]))
        issues.push({
          code: 'invalid-input',
          message: `the report's ${f} is a number`,
          path: [...at, 'report', f],
        });
  });
}
