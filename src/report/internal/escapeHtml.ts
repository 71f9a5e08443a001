/**
 * Text made safe for HTML and SVG, in element content and in quoted attribute values alike: `&`,
 * `<`, `>`, `"` and `'` become entities, so a name such as `<img src=x onerror=alert(1)>` stays
 * text and a value cannot close its attribute. Every string from the caller's data passes here
 * before it reaches the page.
 *
 * `<b title="x">Ola & Jan</b>` becomes `&lt;b title=&quot;x&quot;&gt;Ola &amp; Jan&lt;/b&gt;`.
 *
 * @param text - any text
 * @returns the text with the five markup characters escaped
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
