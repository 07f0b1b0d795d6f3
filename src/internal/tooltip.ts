import { css, html, nothing, type TemplateResult } from 'lit';
import { cssom } from './cssom.js';

export interface TooltipOptions {
  /** id for aria-describedby from the mark it describes. */
  id: string;
  /** Anchor point in px, relative to the positioned wrapper. */
  x: number;
  y: number;
  /** Width of the wrapper, to keep the tooltip inside it. */
  containerWidth: number;
  /** Height of the wrapper: in its upper half the tooltip goes below the anchor, else above. */
  containerHeight?: number;
  /**
   * The anchor's vertical extent in px, when it has words of its own (a bar with its label and
   * value): the tooltip goes above or below all of it, never over them. Else the anchor point.
   */
  span?: { top: number; bottom: number };
  /** Room outside the wrapper, above and below, that the tooltip may still use (over a title or a footer). */
  room?: { above: number; below: number };
  content: TemplateResult | string;
}

/**
 * A tooltip inside a `position: relative` wrapper. It needs no measuring: shifted left by the
 * same fraction of its own width as the anchor is of the wrapper's, it stays inside the
 * wrapper at any anchor. It sits above an anchor in the lower half of the wrapper and below
 * one in the upper half (or, without a height, within 96 px of the top), so it stays clear of
 * the title above and the footer below. Given the anchor's span, it goes above or below all of
 * it, on the side with more room, counting the room around the wrapper it may use.
 */
export function renderTooltip(options: TooltipOptions | undefined): TemplateResult | typeof nothing {
  if (!options) return nothing;
  const { id, x, y, containerWidth, containerHeight, span = { top: y, bottom: y }, room = { above: 0, below: 0 }, content } = options;
  const fraction = containerWidth > 0 ? Math.max(0, Math.min(1, x / containerWidth)) : 0.5;
  // On the side with more room.
  const below = containerHeight ? containerHeight - span.bottom + room.below > span.top + room.above : y < 96;
  const style = {
    left: `${x.toFixed(1)}px`,
    top: `${(below ? span.bottom : span.top).toFixed(1)}px`,
    transform: `translate(${(-fraction * 100).toFixed(1)}%, ${below ? '12px' : 'calc(-100% - 12px)'})`,
  };
  return html`<div id=${id} class="tooltip" part="tooltip" role="tooltip" ${cssom(style)}>${content}</div>`;
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
