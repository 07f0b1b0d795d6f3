import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline styles through the CSSOM only, on every render including the first. Lit's
 * styleMap writes a `style` attribute on its first render, which a strict Content-Security-
 * Policy (style-src without 'unsafe-inline') blocks; CSSOM property writes are allowed.
 *
 * @example
 * html`<div ${cssom({ left: '10px', transform: 'translate(-50%, 0)' })}></div>`
 */
class CssomDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssom() goes on an element: <div ${cssom({...})}>');
  }

  render(_styles: Record<string, string | undefined>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Record<string, string | undefined>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (styles[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) continue;
      style.setProperty(name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssom = directive(CssomDirective);
