import type { Either } from 'fp-ts/lib/Either.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { Cohort, Issues } from '../../src/domain/index';
import type { Matching } from '../../src/matching/index';
import {
  type HtmlReportInput,
  type HtmlReportOptions,
  type ReportIssue,
  renderHtmlReport,
} from '../../src/report/index';

declare const cohort: Cohort;
declare const matching: Matching;

describe('report types', () => {
  it('returns the whole page or the issues in the one Left shape', () => {
    expectTypeOf(renderHtmlReport).returns.toEqualTypeOf<Either<Issues<ReportIssue>, string>>();
    expectTypeOf(renderHtmlReport).parameter(0).toEqualTypeOf<HtmlReportInput>();
    expectTypeOf(renderHtmlReport).parameter(1).toEqualTypeOf<HtmlReportOptions | undefined>();
  });

  it('needs only a cohort, and takes a matching as match makes it', () => {
    expectTypeOf(renderHtmlReport({ cohort })).toEqualTypeOf<Either<Issues<ReportIssue>, string>>();
    expectTypeOf(renderHtmlReport({ cohort, matching }, { locale: 'pl' })).toBeObject();
    // @ts-expect-error the page is in English or Polish only
    renderHtmlReport({ cohort }, { locale: 'de' });
    // @ts-expect-error a cohort is required
    renderHtmlReport({ matching });
  });
});
