import { message } from '../data/messages.js';
import { CONTRIBUTOR_STATUSES } from '../data/choices.js';
import type { ContributorStatus } from '../data/schema.js';
import { formatNumber } from '../data/format.js';

/**
 * The map in one sentence for screen readers, with counts written as "label: n" so that no
 * language needs plural forms: "Countries named: 6. In talks: 5; Supporting, not deploying: 1."
 * Statuses come in a fixed order and only when present.
 */
export function summarizeContributors(statuses: readonly ContributorStatus[], locale: string): string {
  if (!statuses.length) return '';
  const counts = CONTRIBUTOR_STATUSES.map((status) => [status, statuses.filter((s) => s === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => message(locale, 'map.count', { label: message(locale, `status.${status}`), n: formatNumber(n, locale) }));
  return message(locale, 'map.summary', {
    n: formatNumber(statuses.length, locale),
    counts: counts.join(message(locale, 'separator')),
  });
}
