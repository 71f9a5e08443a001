/**
 * Every character that may change what a terminal, an editor or a viewer shows instead of being
 * shown itself: C0 controls but the line feed (ESC starts terminal sequences, a lone CR rewrites a
 * line, BEL, backspace, tab), DEL, C1 controls (U+0080–U+009F: CSI, OSC), bidi embeddings,
 * overrides, isolates and marks (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the line
 * and paragraph separators, and lone surrogates (half a character).
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern finds
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text made safe for a terminal: every character that a terminal or a viewer would act on rather
 * than show (escape sequences, carriage returns, bidi overrides, lone surrogates — see the list
 * above) is written visibly as its `\uXXXX` escape, so that `ESC[2J` in a name prints as
 * `\u001b[2J` instead of clearing the screen and U+202E cannot reverse the rest of a line. Line
 * feeds stay: they are the lines of the output. The one sanitiser of every human-readable output
 * of the CLI (tables, summaries, explanations, messages, help); on a JSON text it changes no
 * value, since inside a JSON string `\u202e` means the character itself.
 *
 * @param text - any text
 * @returns the text, with every unsafe character escaped
 * @example
 * neutraliseControls('Ola\u001b[2J\u202e'); // 'Ola\\u001b[2J\\u202e'
 * @category CLI
 */
export function neutraliseControls(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
