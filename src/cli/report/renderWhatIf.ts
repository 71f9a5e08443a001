import { absurd } from 'fp-ts/lib/function.js';
import type { SettingsComparison, WeightSensitivity } from '../../evaluation/index';
import { formatJson } from '../output/formatJson';
import { formatMarkdown } from '../output/formatMarkdown';
import { formatTable } from '../output/formatTable';
import type { Table } from '../output/Table';
import { wrapText } from '../output/wrapText';
import type { ComparisonFormat } from './renderComparison';

/** How many moved, new and lost pairs the terminal lists before "… and N more". */
const SHOWN_CHANGES = 10;

const number = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(3));
const signed = (value: number): string =>
  value > 0 ? `+${number(value)}` : value === 0 ? '0' : number(value);
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/**
 * A what-if comparison of two programme settings as text: the figures before and after with
 * their change, then the pairs kept, moved, new and lost and the share of people whose partner
 * changes; `json` is the library's `SettingsComparison` as it is.
 *
 * @param comparison - from `compareSettings`
 * @param format - the output format
 * @returns the text, ending in a newline
 * @category CLI
 */
export function renderSettingsComparison(comparison: SettingsComparison, format: ComparisonFormat): string {
  if (format === 'json') return formatJson(comparison);
  const table: Table = {
    columns: [
      { header: 'figure' },
      { header: 'before', align: 'right' },
      { header: 'after', align: 'right' },
      { header: 'change', align: 'right' },
    ],
    rows: comparison.figures.map((f) => [f.figure, number(f.before), number(f.after), signed(f.change)]),
  };
  const summary =
    `Pairs: ${comparison.kept.length} kept, ${comparison.moved.length} moved, ${comparison.new.length} new, ` +
    `${comparison.lost.length} lost; ${percent(comparison.changedShare)} of the people get another partner.`;
  const changes = [
    ...comparison.moved.map((m) => `moved: ${m.menteeId} from ${m.from} to ${m.to}`),
    ...comparison.new.map((p) => `new: ${p.mentorId} → ${p.menteeId}`),
    ...comparison.lost.map((p) => `lost: ${p.mentorId} → ${p.menteeId}`),
  ];
  switch (format) {
    case 'markdown':
      return `${formatMarkdown(table)}\n${summary}\n\n${changes.map((c) => `- ${c}\n`).join('')}`;
    case 'table': {
      const shown = changes.slice(0, SHOWN_CHANGES);
      const more = changes.length > shown.length ? [`… and ${changes.length - shown.length} more`] : [];
      return `${formatTable(table)}\n${[...wrapText(summary, 80), ...shown, ...more].join('\n')}\n`;
    }
    default:
      return absurd(format);
  }
}

/**
 * Weight sensitivity as text: one row per criterion with its weight and, for each factor, the
 * share of the optimal pairs that change when that weight alone is multiplied by it (`—` for a
 * weight of 0, which is not varied); `json` is the library's `WeightSensitivity` as it is.
 *
 * @param sensitivity - from `weightSensitivity`
 * @param format - the output format
 * @returns the text, ending in a newline
 * @category CLI
 */
export function renderSensitivity(sensitivity: WeightSensitivity, format: ComparisonFormat): string {
  if (format === 'json') return formatJson(sensitivity);
  const factors = sensitivity.criteria.find((c) => c.steps.length > 0)?.steps.map((s) => s.factor) ?? [];
  const table: Table = {
    columns: [
      { header: 'criterion' },
      { header: 'weight', align: 'right' },
      ...factors.map((f) => ({ header: `×${f}`, align: 'right' as const })),
    ],
    rows: sensitivity.criteria.map((c) => [
      c.criterion,
      number(c.weight),
      ...factors.map((_, k) => {
        const step = c.steps[k];
        return step === undefined ? '—' : percent(step.changedShare);
      }),
    ]),
  };
  const note =
    `Share of the ${sensitivity.basePairs} optimal pairs (${sensitivity.objective}) that change when one weight ` +
    'is multiplied by the factor; the others stay as they are.';
  switch (format) {
    case 'markdown':
      return `${formatMarkdown(table)}\n${note}\n`;
    case 'table':
      return `${formatTable(table)}\n${wrapText(note, 80).join('\n')}\n`;
    default:
      return absurd(format);
  }
}
