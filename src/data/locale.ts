const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** A valid, canonical BCP 47 tag, or undefined for an empty or malformed one. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** Whether a locale is written right to left (Arabic, Hebrew, Persian, Urdu …). */
export function isRtl(locale: string): boolean {
  return RTL.has(locale.toLowerCase().split('-')[0]);
}

/**
 * The language an element speaks: its own `locale`, else the nearest `lang` around it
 * (through shadow roots), else English.
 */
export function resolveLocale(element: Element, explicit?: string | null): string {
  const own = canonicalLocale(explicit);
  if (own) return own;
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const found = canonicalLocale(withLang?.getAttribute('lang'));
    if (found) return found;
    const root = (withLang ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}
