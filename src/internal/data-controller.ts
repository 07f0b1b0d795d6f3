import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT, fetchDatasetText, LoadError, parseDataset } from '../data/load.js';
import type { Dataset } from '../data/schema.js';
import { validateDataset, type Problem, type ValidationResult } from '../data/validate.js';
import { ExchangeErrorEvent, ExchangeLoadEvent, type ExchangeErrorDetail } from './events.js';

/** What an element offers as data: the `data` property, a `src` URL, or a JSON child. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  timeout?: number;
}

const JSON_CHILD = ':scope > script[type="application/json"]';

/**
 * Loads, validates and holds an element's dataset from whichever source it was given, in
 * this order: the `data` property, the `src` attribute, a `<script type="application/json">`
 * child. The latest input wins: a slower, older fetch never replaces newer data. What was
 * drawn stays drawn when newer input turns out bad; the error is shown beside it.
 */
export class DataController implements ReactiveController {
  /** The last good dataset: what is drawn. */
  dataset?: Dataset;
  warnings: Problem[] = [];
  /** The current failure, shown beside the last good dataset if there is one. */
  error?: ExchangeErrorDetail;
  /** A fetch is under way. */
  loading = false;

  private input: unknown = undefined;
  private fetched?: { src: string; timeout: number };
  private abort?: AbortController;
  private token = 0;
  private observer?: MutationObserver;
  private pending: Event[] = [];

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // A fetch cut short when the element left the page starts again now that it is back.
    if (this.host.src && !this.fetched) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    if (this.abort) {
      this.token++;
      this.abort.abort();
      this.abort = undefined;
      this.fetched = undefined;
      this.loading = false;
    }
  }

  hostUpdate(): void {
    const { data, src } = this.host;
    if (data !== undefined && data !== null) {
      this.fetched = undefined;
      if (data !== this.input) this.accept(data, () => validateDataset(data));
      return;
    }
    if (src) {
      const timeout = this.host.timeout ?? DEFAULT_TIMEOUT;
      if (src !== this.fetched?.src || timeout !== this.fetched.timeout) this.fetch(src, timeout);
      return;
    }
    this.fetched = undefined;
    this.readChild();
  }

  hostUpdated(): void {
    const events = this.pending;
    this.pending = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  /** Fetches `src` again, e.g. for a refresh, keeping what is shown until the answer comes. */
  reload(): void {
    this.fetched = undefined;
    this.host.requestUpdate();
  }

  private childText(): string | undefined {
    return this.host.querySelector(JSON_CHILD)?.textContent ?? undefined;
  }

  private readChild(): void {
    const text = this.childText();
    if (text === undefined) {
      // Nothing gives data any more: show nothing rather than stale figures.
      this.input = undefined;
      this.dataset = undefined;
      this.error = undefined;
      this.warnings = [];
    } else if (text !== this.input) {
      this.accept(text, () => parseDataset(text));
    }
  }

  private accept(input: unknown, validate: () => ValidationResult): void {
    this.token++;
    this.abort?.abort();
    this.abort = undefined;
    this.loading = false;
    this.input = input;
    this.settle(validate());
  }

  private settle(result: ValidationResult): void {
    if (result.dataset) {
      this.dataset = result.dataset;
      this.warnings = result.warnings;
      this.error = undefined;
      this.pending.push(new ExchangeLoadEvent({ dataset: result.dataset, warnings: result.warnings }));
    } else {
      const n = result.errors.length;
      this.fail({ message: n === 1 ? 'The dataset has 1 problem.' : `The dataset has ${n} problems.`, problems: result.errors });
    }
  }

  private fail(detail: ExchangeErrorDetail): void {
    this.error = detail;
    this.pending.push(new ExchangeErrorEvent(detail));
  }

  private fetch(src: string, timeout: number): void {
    const token = ++this.token;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.fetched = { src, timeout };
    this.input = undefined;
    this.loading = true;
    // Until the answer comes, a JSON child (server-rendered data) is better than nothing.
    const text = this.dataset ? undefined : this.childText();
    if (text !== undefined) this.settle(parseDataset(text));
    fetchDatasetText(src, { signal: abort.signal, timeout })
      .then((text) => {
        if (token !== this.token) return;
        this.settle(parseDataset(text));
      })
      .catch((error: unknown) => {
        if (token !== this.token) return;
        const problem: Problem =
          error instanceof LoadError ? error.problem : { path: 'src', message: `could not be loaded (${String(error)})` };
        this.fail({ message: `The data at ${src} could not be loaded.`, problems: [problem] });
      })
      .finally(() => {
        if (token !== this.token) return;
        this.loading = false;
        this.abort = undefined;
        this.host.requestUpdate();
      });
  }
}
