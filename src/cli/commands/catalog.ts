import { absurd } from 'fp-ts/lib/function.js';
import { type AreaId, DEFAULT_AREAS, DEFAULT_CATALOG } from '../../domain/index';
import { defineCommand } from '../command';
import { formatCsv } from '../output/formatCsv';
import { formatJson } from '../output/formatJson';
import { formatMarkdown } from '../output/formatMarkdown';
import { formatTable } from '../output/formatTable';
import type { Table } from '../output/Table';
import type { Locale } from '../summary/locale';
import { formatOption, localeOption, outOption } from './internal/options';
import { writeResult } from './internal/writeResult';

const FORMATS = ['table', 'csv', 'markdown', 'json'] as const;

const HEADERS: Readonly<Record<Locale, readonly [string, string, string]>> = {
  en: ['skill id', 'area', 'skill'],
  pl: ['id umiejętności', 'obszar', 'umiejętność'],
};

/** The default catalogue as rows: skill id, area (in the locale), skill (in the locale). */
function catalogTable(locale: Locale): Table {
  const areaLabel = new Map<AreaId, string>(DEFAULT_AREAS.map((a) => [a.id, a.label[locale]]));
  const [id, area, skill] = HEADERS[locale];
  return {
    columns: [{ header: id }, { header: area }, { header: skill, shrink: true }],
    rows: DEFAULT_CATALOG.map((s) => [s.id, areaLabel.get(s.area) ?? s.area, s.label[locale]]),
  };
}

/**
 * `catalog`: lists the default skill catalogue — the skill ids a cohort file or a participants
 * CSV may use without a `catalog` of its own — with each skill's area and label.
 *
 * @category CLI
 */
export const catalog = defineCommand({
  name: 'catalog',
  summary: 'List the skill ids of the default catalogue, by area, with their labels.',
  usage: 'catalog [--format table|csv|markdown|json] [--locale en|pl] [--out FILE]',
  examples: [
    'reverse-mentoring catalog',
    'reverse-mentoring catalog --locale pl --format csv --out skills.csv',
  ],
  options: { format: formatOption(FORMATS), locale: localeOption, out: outOption },
  positionals: [],
  run: async ({ values }, io) => {
    const { format, locale } = values;
    const table = catalogTable(locale);
    switch (format) {
      case 'json':
        return writeResult(io, formatJson({ areas: DEFAULT_AREAS, skills: DEFAULT_CATALOG }), values.out);
      case 'csv':
        return writeResult(io, formatCsv(table), values.out, 'data');
      case 'markdown':
        return writeResult(io, formatMarkdown(table), values.out);
      case 'table':
        return writeResult(
          io,
          formatTable(table, { maxWidth: io.stdoutIsTTY ? io.columns : undefined }),
          values.out,
        );
      default:
        return absurd(format);
    }
  },
});
