import { css } from 'lit';

export const contributorMapStyles = css`
  .map {
    position: relative;
  }
  .map > svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: hidden;
  }
  .sphere {
    fill: var(--_water);
    stroke: var(--_rule);
    stroke-width: 1;
  }
  .land {
    fill: var(--_land);
    stroke: var(--_land-stroke);
    stroke-width: 0.5;
    stroke-linejoin: round;
  }
  /* Each status's colour, for its pattern and its marker. */
  .status-confirmed {
    --_status: var(--_status-confirmed);
  }
  .status-in-talks {
    --_status: var(--_status-in-talks);
  }
  .status-supporting {
    --_status: var(--_status-supporting);
  }
  .status-declined {
    --_status: var(--_status-declined);
  }
  .pattern-fill {
    fill: var(--_status);
  }
  /* The texture is drawn in the background's colour, so it reads in light and dark alike. */
  .pattern-line {
    stroke: var(--_background);
    stroke-width: 1.2;
    stroke-linecap: square;
  }
  .pattern-dot {
    fill: var(--_background);
  }
  .country,
  .country:focus-visible {
    cursor: pointer;
    outline: none;
  }
  .country .shape {
    stroke: var(--_land-stroke);
    stroke-width: 0.5;
    stroke-linejoin: round;
  }
  .country .marker {
    stroke: var(--_status, var(--_text));
    stroke-width: 1;
  }
  .country:hover .shape,
  .country:hover .marker {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  /* SVG groups get no outline in every browser: the ring is drawn on the shapes themselves. */
  .country:focus-visible .shape,
  .country:focus-visible .marker {
    stroke: var(--_focus);
    stroke-width: 2.5;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus-marker);
    stroke-width: 1.5;
  }
  .focus-dot {
    fill: var(--_focus-marker);
  }
  .empty,
  .topology-failed {
    color: var(--_muted);
    margin: 0.5rem 0;
  }
  .focus-label,
  .country-label,
  .callout-text {
    fill: var(--_text);
    /* The reader's text zoom (set on the SVG): labels grow with the page's words. */
    font-size: calc(12px * var(--_label-zoom, 1));
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  /* Labels are drawn, not read: the pointer goes through them to the country below. */
  .labels {
    pointer-events: none;
  }
  .country-label {
    font-size: calc(11px * var(--_label-zoom, 1));
    font-weight: 400;
  }
  .callout-text {
    font-size: 10px;
    stroke-width: 0;
  }
  .callout-badge {
    fill: var(--_background);
  }
  .callout-badge,
  .callout-leader {
    stroke: var(--_text);
  }
  /* A country's "Updated …" in the callout key: secondary to its name. */
  .key-updated {
    color: var(--_muted);
  }
  .callout-key {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    font-size: 0.85em;
  }
  .tooltip > span {
    display: block;
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    font-size: 0.85em;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .swatch {
    flex: none;
  }
  .swatch-shape {
    stroke: var(--_land-stroke);
  }
  .incomplete,
  .not-visible {
    margin: 0.35rem 0 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .incomplete {
    font-style: italic;
  }
  @media (forced-colors: active) {
    .land {
      fill: Canvas;
      stroke: CanvasText;
    }
    .pattern-fill {
      fill: Canvas !important;
    }
    .pattern.status-confirmed .pattern-fill {
      fill: CanvasText !important;
    }
    .pattern-line {
      stroke: CanvasText;
    }
    .pattern-dot {
      fill: CanvasText;
    }
    .country .shape,
    .country .marker,
    .swatch-shape {
      stroke: CanvasText;
    }
    .country:focus-visible .shape,
    .country:focus-visible .marker {
      stroke: Highlight;
    }
    .focus-ring {
      stroke: CanvasText;
    }
    .focus-dot,
    .focus-label,
    .country-label,
    .callout-text {
      fill: CanvasText;
    }
    /* The halo in the background's colour, whatever the theme asked for. */
    .focus-label,
    .country-label,
    .callout-text {
      forced-color-adjust: none;
      stroke: Canvas;
    }
    .callout-badge {
      fill: Canvas;
    }
    .callout-badge,
    .callout-leader {
      stroke: CanvasText;
    }
  }
`;
