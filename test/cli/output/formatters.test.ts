import { describe, expect, it } from 'vitest';
import { displayWidth, truncateToWidth } from '../../../src/cli/output/displayWidth';
import { formatCsv } from '../../../src/cli/output/formatCsv';
import { guardSpreadsheetFormula } from '../../../src/cli/output/guardSpreadsheetFormula';
import { wrapText } from '../../../src/cli/output/wrapText';
import { formatJson } from '../../../src/cli/output/formatJson';
import { formatMarkdown } from '../../../src/cli/output/formatMarkdown';
import { formatTable } from '../../../src/cli/output/formatTable';
import type { Table } from '../../../src/cli/output/Table';

const pairs: Table = {
  columns: [
    { header: 'mentor' },
    { header: 'mentee' },
    { header: 'score', align: 'right' },
    { header: 'reasons', shrink: true },
  ],
  rows: [
    ['m-nowak', 'e-kowalczyk', '0.82', 'teaches Instagram (5 vs 1), shares pl'],
    ['m-zielińska', 'e-dąbrowski', '0.5', 'teaches SEO | LinkedIn\nsecond line'],
  ],
};

describe('formatTable', () => {
  it('pads columns to the widest cell, numbers to the right, one line per row', () => {
    expect(formatTable(pairs)).toBe(
      [
        'mentor       mentee       score  reasons',
        '-----------  -----------  -----  -------------------------------------',
        'm-nowak      e-kowalczyk   0.82  teaches Instagram (5 vs 1), shares pl',
        'm-zielińska  e-dąbrowski    0.5  teaches SEO | LinkedIn second line',
        '',
      ].join('\n'),
    );
  });

  it('aligns text whose accents are combining marks by what the terminal shows', () => {
    // "Zielin\u0301ska" is 10 code units but 9 columns, the same as "Zielińska"
    const table = formatTable({
      columns: [{ header: 'name' }, { header: 'n' }],
      rows: [
        ['Zielin\u0301ska', '1'],
        ['Zielińska', '2'],
      ],
    });
    const [, , first, second] = table.split('\n');
    expect(first?.indexOf('1')).toBe(displayWidth('Zielińska') + 2 + 1);
    expect(second?.indexOf('2')).toBe(11);
  });

  it('cuts only the shrinkable column, with an ellipsis, to fit the terminal', () => {
    const lines = formatTable(pairs, { maxWidth: 50 }).trimEnd().split('\n');
    // mentor 11 + mentee 11 + score 5 + three gaps of 2 = 33, leaving 17 for the reasons:
    // 16 characters of text ('teaches Instagra') and the ellipsis
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    expect(lines[2]).toBe('m-nowak      e-kowalczyk   0.82  teaches Instagra…');
  });

  it('leaves a table that cannot shrink wider than the terminal rather than cut ids', () => {
    const table: Table = { columns: [{ header: 'id' }], rows: [['a-very-long-identifier']] };
    expect(formatTable(table, { maxWidth: 5 })).toContain('a-very-long-identifier');
  });
});

describe('displayWidth and truncateToWidth', () => {
  it('counts wide characters as two columns and marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('渡辺')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('cuts to the width including the ellipsis', () => {
    expect(truncateToWidth('social media marketing', 10)).toBe('social me…');
    expect(truncateToWidth('short', 10)).toBe('short');
  });
});

describe('formatMarkdown', () => {
  it('writes a GFM table with right-aligned numbers and escaped pipes', () => {
    expect(formatMarkdown(pairs)).toBe(
      [
        '| mentor | mentee | score | reasons |',
        '| --- | --- | ---: | --- |',
        '| m-nowak | e-kowalczyk | 0.82 | teaches Instagram (5 vs 1), shares pl |',
        '| m-zielińska | e-dąbrowski | 0.5 | teaches SEO \\| LinkedIn<br>second line |',
        '',
      ].join('\n'),
    );
  });
});

describe('formatCsv', () => {
  it('quotes the cells that need it', () => {
    expect(formatCsv(pairs)).toBe(
      [
        'mentor,mentee,score,reasons',
        'm-nowak,e-kowalczyk,0.82,"teaches Instagram (5 vs 1), shares pl"',
        'm-zielińska,e-dąbrowski,0.5,"teaches SEO | LinkedIn\nsecond line"',
        '',
      ].join('\n'),
    );
  });
});

describe('formatCsv and spreadsheet formulas', () => {
  it('puts an apostrophe before a cell a spreadsheet would run, and only there', () => {
    const table: Table = {
      columns: [{ header: 'name' }, { header: 'note' }],
      rows: [
        ['=1+2', '+48 123'],
        ['-x', '@SUM(A1)'],
        ['\tcmd', 'a=b'],
        ['Ola', ''],
      ],
    };
    expect(formatCsv(table)).toBe("name,note\n'=1+2,'+48 123\n'-x,'@SUM(A1)\n'\tcmd,a=b\nOla,\n");
  });

  it('guards single cells', () => {
    expect(['=', '+', '-', '@', '\r'].map((c) => guardSpreadsheetFormula(`${c}1`))).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@1",
      "'\r1",
    ]);
    expect(guardSpreadsheetFormula('0.75')).toBe('0.75');
    expect(guardSpreadsheetFormula(' =1')).toBe(' =1');
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width, indenting every line, the first as asked', () => {
    expect(wrapText('Ola can teach TikTok ads to Jan', 16, '  ')).toEqual([
      '  Ola can teach',
      '  TikTok ads to',
      '  Jan',
    ]);
    expect(wrapText('Focus: social media, e-commerce', 20, '  ', '')).toEqual([
      'Focus: social media,',
      '  e-commerce',
    ]);
  });

  it('keeps a word longer than the line whole, and counts display width', () => {
    expect(wrapText('a supercalifragilistic b', 8)).toEqual(['a', 'supercalifragilistic', 'b']);
    expect(wrapText('Zielińska Żółć', 9)).toEqual(['Zielińska', 'Żółć']);
  });
});

describe('formatJson', () => {
  it('writes maps as objects, keeping a __proto__ key as data, and sets as arrays', () => {
    const text = formatJson({
      skills: new Map([
        ['__proto__', 3],
        ['excel', 2],
      ]),
      ids: new Set(['a', 'b']),
    });
    expect(text.endsWith('}\n')).toBe(true);
    const back = JSON.parse(text) as { skills: Record<string, number>; ids: string[] };
    expect(Object.keys(back.skills)).toEqual(['__proto__', 'excel']);
    expect(back.ids).toEqual(['a', 'b']);
  });
});
