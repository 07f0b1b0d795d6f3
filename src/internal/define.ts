/**
 * Defines a custom element unless the tag is already taken, as when two copies of the library
 * are on one page: the first copy keeps the tag and the second does not throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, constructor);
  else if (existing !== constructor) {
    console.warn(`exchange-charts: <${tag}> is already defined, probably by another copy of the library; keeping that one.`);
  }
}
