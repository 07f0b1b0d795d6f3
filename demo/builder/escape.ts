// Escaping for the snippets editors paste into a CMS. Everything that ends up in the snippet
// comes from the dataset or the editor, so every value goes through one of these.

/** Text for an HTML attribute value written between double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for HTML element content. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * JSON text that is safe inside `<script type="application/json">`. Every `<` becomes
 * `\u003c`, not only the one of `</`: `<!--` followed by `<script` would also keep the
 * closing tag from ending the script. JSON allows `<` only inside strings, where `\u003c`
 * means the same character, so the data reads back unchanged.
 */
export function jsonForScript(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
