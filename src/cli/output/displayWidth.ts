const COMBINING = /\p{Mark}|\u200b|\u200c|\u200d|\ufeff/u;
const WIDE =
  /\p{Extended_Pictographic}|[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The number of terminal columns a text takes: combining marks take none, East Asian wide
 * characters and emoji take two, everything else one. Good enough to align names such as
 * "Dąbrowski" (written either way in Unicode) or "渡辺" in a table.
 *
 * @param text - one line of text
 * @returns its width in terminal columns
 * @example
 * displayWidth('Zielińska'); // 9
 * displayWidth('渡辺'); // 4
 * @category CLI
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * A text cut to at most `width` terminal columns, ending in `…` when it was cut.
 *
 * @param text - one line of text
 * @param width - the most columns it may take (at least 1)
 * @returns the text, or its beginning and `…`
 * @example
 * truncateToWidth('social media marketing', 10); // 'social me…'
 * @category CLI
 */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

function charWidth(char: string): number {
  if (COMBINING.test(char)) return 0;
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  return WIDE.test(char) ? 2 : 1;
}
