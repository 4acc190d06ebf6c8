const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Writes a piece of text so that HTML shows it as is, in an element or in a
 * quoted attribute: `&`, `<`, `>`, `"` and `'` become entities. Apply it once,
 * to text: `&amp;` given as text is text, and becomes `&amp;amp;`.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
