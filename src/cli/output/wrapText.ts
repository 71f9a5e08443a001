import { displayWidth } from './displayWidth';
import { neutraliseControls } from './neutraliseControls';

/**
 * A text broken at spaces into lines of at most `width` terminal columns, each starting with
 * `indent` — the first with `firstIndent` when it differs (a hanging indent). A word longer than a
 * line keeps a line of its own rather than being cut.
 *
 * @param text - one paragraph
 * @param width - the most columns a line may take, indentation included
 * @param indent - what starts every line (spaces, to set the paragraph in)
 * @param firstIndent - what starts the first line (default: `indent`)
 * @returns the lines, without newlines
 * @example
 * wrapText('Ola can teach TikTok ads to Jan', 16, '  '); // ['  Ola can teach', '  TikTok ads to', '  Jan']
 * wrapText('Focus: social media, e-commerce', 20, '  ', ''); // ['Focus: social media,', '  e-commerce']
 * @category CLI
 */
export function wrapText(
  text: string,
  width: number,
  indent = '',
  firstIndent = indent,
): ReadonlyArray<string> {
  const lines: string[] = [];
  let line = '';
  // Escapes first: a word's width is then the width it is printed with.
  for (const word of neutraliseControls(text)
    .split(/\s+/)
    .filter((w) => w !== '')) {
    const candidate = line === '' ? `${lines.length === 0 ? firstIndent : indent}${word}` : `${line} ${word}`;
    if (line !== '' && displayWidth(candidate) > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}
