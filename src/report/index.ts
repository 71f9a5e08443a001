/**
 * The report layer: a programme as one self-contained HTML page (inline styles and SVG charts,
 * no script, no network), rendered by a pure function from what the layers below computed.
 * Reached as `reverse-mentoring/report`.
 *
 * @packageDocumentation
 */
export type { HtmlReportInput, HtmlReportOptions } from './HtmlReportInput';
export { renderHtmlReport } from './renderHtmlReport';
export type { ReportIssue } from './ReportIssue';
