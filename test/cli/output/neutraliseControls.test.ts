import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownCell, formatMarkdown } from '../../../src/cli/output/formatMarkdown';
import { formatJson } from '../../../src/cli/output/formatJson';
import { formatTable } from '../../../src/cli/output/formatTable';
import { neutraliseControls } from '../../../src/cli/output/neutraliseControls';

/** What must never reach a terminal raw: C0 but LF, DEL, C1, bidi controls, separators, lone surrogates. */
const UNSAFE_RAW =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Any UTF-16 code units, lone surrogates included (fc.string's binary unit is slow to start). */
const anyCodeUnits = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0x7f })), { maxLength: 40 })
  .map((codes) => String.fromCharCode(...codes));

describe('neutraliseControls', () => {
  it('shows escape sequences, bidi overrides and lone surrogates as visible escapes', () => {
    expect(neutraliseControls('a\u001b[2Jb\u001b]0;title\u0007c\u202ed\u2066e\ud800f\u009bg\rh\ti')).toBe(
      'a\\u001b[2Jb\\u001b]0;title\\u0007c\\u202ed\\u2066e\\ud800f\\u009bg\\u000dh\\u0009i',
    );
  });

  it('keeps line feeds, letters of every script, emoji and combining marks', () => {
    const text = 'Zielińska\nDąbrowski 渡辺 👩‍💻 e\u0301 עברית';
    expect(neutraliseControls(text)).toBe(text);
  });

  it('leaves no unsafe character in any text, and is idempotent', () => {
    fc.assert(
      fc.property(anyCodeUnits, (text) => {
        // A boolean, not expect(): vitest's string matchers are slow on lone surrogates.
        const safe = neutraliseControls(text);
        return !UNSAFE_RAW.test(safe) && neutraliseControls(safe) === safe;
      }),
    );
  });

  it('changes no value of a JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), anyCodeUnits, (value, name) => {
        const data = { name, value };
        expect(JSON.parse(neutraliseControls(formatJson(data)))).toEqual(JSON.parse(formatJson(data)));
      }),
    );
  });
});

describe('human-readable tables', () => {
  it('aligns a table whose cells hold escape sequences, showing them escaped', () => {
    const text = formatTable({
      columns: [{ header: 'name' }, { header: 'score', align: 'right' }],
      rows: [
        ['\u001b[2Jola', '0.5'],
        ['jan', '0.75'],
      ],
    });
    expect(text).toBe(
      'name          score\n------------  -----\n\\u001b[2Jola    0.5\njan            0.75\n',
    );
  });

  it('escapes HTML, links, pipes and every kind of line break in markdown cells', () => {
    expect(escapeMarkdownCell('<img src=x onerror=alert(1)> <!-- & [x](javascript:alert(1)) a|b')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &lt;!-- &amp; \\[x\\](javascript:alert(1)) a\\|b',
    );
    expect(escapeMarkdownCell('one\rtwo\nthree\r\nfour')).toBe('one<br>two<br>three<br>four');
  });

  it('keeps a markdown table at one line per row whatever the cells hold', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 5 }), (rows) => {
        const text = formatMarkdown({ columns: [{ header: 'a' }, { header: 'b' }], rows });
        const lines = text.split(/\r\n|\n|\r/).filter((l) => l !== '');
        expect(lines).toHaveLength(rows.length + 2);
        for (const line of lines)
          expect(line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|')).toHaveLength(4);
        expect(text).not.toMatch(/<(?!br>)/);
      }),
    );
  });
});
