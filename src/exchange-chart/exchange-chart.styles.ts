import { css } from 'lit';

export const exchangeChartStyles = css`
  .groups {
    display: grid;
    gap: 0.75rem;
  }
  .group-label {
    margin: 0 0 0.25rem;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_muted);
  }
  .figures {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .figure {
    display: grid;
    gap: 0.1rem;
  }
  .value {
    font-size: 1.4em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .figure-meta {
    font-size: 0.8em;
    color: var(--_muted);
  }
`;
