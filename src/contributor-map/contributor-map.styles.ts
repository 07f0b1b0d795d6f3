import { css } from 'lit';

export const contributorMapStyles = css`
  .countries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .country {
    display: grid;
    gap: 0.1rem;
  }
  .country-name {
    font-weight: 700;
  }
  .status,
  .country-meta {
    font-size: 0.9em;
  }
  .country-meta {
    color: var(--_muted);
  }
  .incomplete {
    margin: 0.5rem 0 0;
    font-style: italic;
    color: var(--_muted);
  }
`;
