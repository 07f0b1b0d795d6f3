import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchDatasetText, LoadError } from '../data/load.js';
import type { Problem } from '../data/validate.js';
import { sanitizeTimeout } from '../internal/data-controller.js';
import { ExchangeErrorEvent } from '../internal/events.js';
import { isCountriesTopology } from './geometry.js';
import type { CountriesTopology } from './options.js';

/**
 * The largest `topology-src` read, in bytes: a 1:50m world (world-atlas countries-50m.json,
 * 0.75 MB) fits; a larger one would hold the reader's page for seconds while it is projected.
 */
export const MAX_TOPOLOGY_BYTES = 2 * 1024 * 1024;

type Host = ReactiveControllerHost & HTMLElement & { timeout: number | undefined };

/**
 * Fetches `topology-src` by the rules of `src`: the element's `timeout`, at most
 * MAX_TOPOLOGY_BYTES, aborted when the element leaves the page and fetched again when it
 * comes back. Until it arrives, and if it fails, the bundled world is drawn; a failure also
 * shows a note and fires exchange-error.
 */
export class TopologyController implements ReactiveController {
  /** The topology fetched, once it has arrived and is one. */
  topology?: CountriesTopology;
  /** The last fetch failed: the bundled world is drawn, and a note says so. */
  failed = false;
  private url?: string;
  private request?: AbortController;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Fetches a new `topology-src` (nothing for none), forgetting the last one's. */
  load(url: string | undefined): void {
    this.url = url;
    void this.fetch();
  }

  hostConnected(): void {
    // A fetch cut short when the element left the page starts again now that it is back.
    if (this.url && !this.topology && !this.request) void this.fetch();
  }

  hostDisconnected(): void {
    this.request?.abort();
    this.request = undefined;
  }

  private async fetch(): Promise<void> {
    this.request?.abort();
    this.request = undefined;
    this.topology = undefined;
    this.failed = false;
    this.host.requestUpdate();
    if (!this.url) return;
    const request = (this.request = new AbortController());
    const src = new URL(this.url, document.baseURI).href;
    let problem: Problem;
    try {
      const text = await fetchDatasetText(src, { signal: request.signal, timeout: sanitizeTimeout(this.host.timeout), maxBytes: MAX_TOPOLOGY_BYTES, field: 'topology-src' });
      let topology: unknown;
      try {
        topology = JSON.parse(text);
      } catch (error) {
        throw new LoadError({ path: 'topology-src', message: `is not valid JSON (${(error as Error).message})` });
      }
      if (!isCountriesTopology(topology)) throw new LoadError({ path: 'topology-src', message: 'is not a TopoJSON topology with a "countries" GeometryCollection' });
      if (request !== this.request) return;
      this.topology = topology;
      this.request = undefined;
      this.host.requestUpdate();
      return;
    } catch (error) {
      if (request !== this.request || request.signal.aborted) return;
      problem = error instanceof LoadError ? error.problem : { path: 'topology-src', message: `could not be loaded (${String(error)})` };
    }
    this.request = undefined;
    this.failed = true;
    this.host.requestUpdate();
    this.host.dispatchEvent(new ExchangeErrorEvent({ message: `The map at ${src} could not be loaded; the bundled world is drawn.`, problems: [problem] }));
  }
}
