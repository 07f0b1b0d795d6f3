import { css } from 'lit';

// Colours come from the palette tokens of base.styles.ts (--_side-1 …), themed there; here
// they are only assigned to marks. Text sizes match layout/common.ts TEXT, which the layouts
// measure with: change them together.
export const exchangeChartStyles = css`
  :host {
    --_transition: var(--exchange-chart-transition, 400ms);
  }
  .chart {
    position: relative;
  }
  .plot {
    position: relative;
  }
  svg[part='svg'] {
    display: block;
    overflow: visible;
    font-family: inherit;
    -webkit-tap-highlight-color: transparent;
  }
  text {
    fill: var(--_text);
  }
  .t-label {
    font-size: 13px;
  }
  .t-strong {
    font-size: 14px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .t-axis {
    font-size: 12px;
    fill: var(--_axis-text);
    font-variant-numeric: tabular-nums;
  }
  .group-text {
    fill: var(--_muted);
  }
  .side-1 {
    --_mark: var(--_side-1);
    --_mark-faded: var(--_side-1-faded);
  }
  .side-2 {
    --_mark: var(--_side-2);
    --_mark-faded: var(--_side-2-faded);
  }
  .bar,
  .cell-filled,
  .dot {
    fill: var(--_mark);
  }
  /* Faded and open parts are outlined: their light fills alone would not reach 3:1. */
  .bar-faded,
  .cell-faded {
    fill: var(--_mark-faded);
    stroke: var(--_mark);
  }
  .track,
  .cell-track {
    fill: var(--_track);
    stroke: var(--_track-stroke);
  }
  .bar-faded,
  .cell-faded,
  .track,
  .cell-track {
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  pattern .solid {
    stroke: none;
  }
  pattern .cell-track.solid {
    fill: var(--_track-stroke);
  }
  /* Too small for an outline, a faded square is a paler tone of its figure's colour: 3:1 against
     the background, and still lighter than a whole one. */
  pattern .cell-faded.solid {
    fill: color-mix(in srgb, var(--_mark) 78%, var(--_background));
  }
  .bar,
  .bar-faded,
  .track {
    transition:
      x var(--_transition) ease,
      width var(--_transition) ease;
  }
  .block,
  .run {
    transition:
      transform var(--_transition) ease,
      width var(--_transition) ease,
      height var(--_transition) ease;
  }
  .cell-filled,
  .cell-faded,
  .cell-track {
    transition: fill var(--_transition) ease;
  }
  .line {
    fill: none;
    stroke: var(--_mark);
    stroke-width: 2.5px;
    stroke-linejoin: round;
    transition: d var(--_transition) ease;
  }
  .dot {
    stroke: var(--_background);
    stroke-width: 1.5px;
    transition:
      cx var(--_transition) ease,
      cy var(--_transition) ease;
  }
  .grid {
    stroke: var(--_grid);
    stroke-width: 1px;
  }
  .baseline,
  .tick {
    stroke: var(--_axis-text);
    stroke-width: 1px;
  }
  .reference {
    stroke: var(--_reference);
    stroke-width: 1.5px;
    stroke-dasharray: 5 4;
  }
  .reference-label {
    fill: var(--_reference);
  }
  .hover-area {
    fill: transparent;
  }
  .mark,
  .mark:focus-visible {
    cursor: default;
    /* The ring is drawn by .hit, around the whole figure, not the browser's bounding box. */
    outline: none;
  }
  .hit {
    fill: transparent;
    stroke: none;
  }
  .mark:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .point:focus-visible .dot,
  .point:hover .dot {
    stroke: var(--_text);
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.5rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .key-entry {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .key-swatch {
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 1px;
    background: var(--_mark);
    forced-color-adjust: none;
  }
  .key-faded .key-swatch {
    background: var(--_mark-faded);
    border: 1px solid var(--_mark);
  }
  .empty {
    margin: 0.5rem 0;
    color: var(--_muted);
  }
  .tip-note,
  .tip-sources,
  .tip-history {
    display: block;
  }
  .note-updated {
    fill: var(--_text);
    font-weight: 600;
  }
  .annotation-rule {
    stroke: var(--_axis-text);
    stroke-width: 1px;
    stroke-dasharray: 2 2;
  }
  @media (forced-colors: active) {
    text,
    .reference-label,
    .group-text,
    .t-axis {
      fill: CanvasText;
    }
    .bar,
    .cell-filled,
    .dot {
      fill: CanvasText;
    }
    .key-swatch {
      background: CanvasText;
    }
    .key-faded .key-swatch {
      background: GrayText;
    }
    pattern .cell-track.solid {
      fill: GrayText;
    }
    .bar-faded,
    .cell-faded {
      fill: GrayText;
      stroke: CanvasText;
    }
    .track,
    .cell-track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .line,
    .annotation-rule,
    .reference,
    .baseline,
    .tick {
      stroke: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
    .mark:focus-visible .hit {
      stroke: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0s;
    }
  }
`;
