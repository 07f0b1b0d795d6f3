import { css, html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export interface TooltipOptions {
  /** id for aria-describedby from the mark it describes. */
  id: string;
  /** Anchor point in px, relative to the positioned wrapper. */
  x: number;
  y: number;
  /** Width of the wrapper, to keep the tooltip inside it. */
  containerWidth: number;
  content: TemplateResult | string;
}

/**
 * A tooltip inside a `position: relative` wrapper. It needs no measuring: shifted left by the
 * same fraction of its own width as the anchor is of the wrapper's, it stays inside the
 * wrapper at any anchor. It sits above the anchor, or below near the top edge.
 */
export function renderTooltip(options: TooltipOptions | undefined): TemplateResult | typeof nothing {
  if (!options) return nothing;
  const { id, x, y, containerWidth, content } = options;
  const fraction = containerWidth > 0 ? Math.max(0, Math.min(1, x / containerWidth)) : 0.5;
  const below = y < 96;
  // styleMap sets properties through the CSSOM, which a strict style-src CSP allows; a style
  // attribute it would block.
  const style = {
    left: `${x.toFixed(1)}px`,
    top: `${y.toFixed(1)}px`,
    transform: `translate(${(-fraction * 100).toFixed(1)}%, ${below ? '12px' : 'calc(-100% - 12px)'})`,
  };
  return html`<div id=${id} class="tooltip" part="tooltip" role="tooltip" style=${styleMap(style)}>${content}</div>`;
}

export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    z-index: 2;
    width: max-content;
    max-width: min(18rem, 100%);
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_rule);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 0.85em;
    line-height: 1.35;
    pointer-events: none;
    text-align: start;
  }
  .tooltip strong {
    display: block;
  }
  .tooltip .muted {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
