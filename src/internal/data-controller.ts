import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT, fetchDatasetText, LoadError, parseDataset } from '../data/load.js';
import type { Dataset } from '../data/schema.js';
import { tableToDataset } from '../data/table.js';
import { validateDataset, type Problem, type ValidationResult } from '../data/validate.js';
import { ExchangeErrorEvent, ExchangeLoadEvent, type ExchangeErrorDetail } from './events.js';

/** What an element offers as data: the `data` property, a `src` URL, or a child. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  timeout?: number;
  /** Seconds between fetches of `src`; 0 or unset for none. */
  refresh?: number;
  /** False while the element is far from the viewport: nothing is fetched yet. */
  near?: boolean;
}

const JSON_CHILD = ':scope > script[type="application/json"]';
const TABLE_CHILD = ':scope > table';
const FIRST_RETRY = 5_000;

/**
 * Loads, validates and holds an element's dataset from whichever source it was given, in
 * this order: the `data` property, the `src` attribute, a `<script type="application/json">`
 * child, a `<table>` child. The latest input wins: a slower, older fetch never replaces newer
 * data. What was drawn stays drawn when newer input turns out bad; the error is shown beside
 * it. With `refresh`, `src` is fetched again every so many seconds while the page is visible;
 * a failed refresh keeps the data on screen, says so, and retries with backoff.
 */
export class DataController implements ReactiveController {
  /** The last good dataset: what is drawn. */
  dataset?: Dataset;
  warnings: Problem[] = [];
  /** The current failure, shown beside the last good dataset if there is one. */
  error?: ExchangeErrorDetail;
  /** A refresh failed: the dataset shown is older than wanted (a small note, not an error). */
  refreshFailed = false;
  /** A first fetch is under way (nothing from this `src` is shown yet). */
  loading = false;

  private input: unknown = undefined;
  private fetched?: { src: string; timeout: number };
  /** The text last drawn from `src`: an unchanged refresh draws nothing again. */
  private fetchedText?: string;
  private abort?: AbortController;
  private token = 0;
  private observer?: MutationObserver;
  private pending: Event[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private failures = 0;
  private lastSrc?: string;
  private dueWhileHidden = false;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible' && this.dueWhileHidden) {
      this.dueWhileHidden = false;
      this.reload();
    }
  };

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Children only: the host's own attributes are lit's business (and reflecting them here
    // would draw everything twice).
    this.observer ??= new MutationObserver((records) => {
      if (records.some((r) => r.target !== this.host)) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
    document.addEventListener('visibilitychange', this.onVisibility);
    // A fetch cut short when the element left the page starts again now that it is back.
    if (this.host.src && !this.fetched) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopTimer();
    if (this.abort) {
      this.token++;
      this.abort.abort();
      this.abort = undefined;
      this.loading = false;
    }
    // Whatever the state, a return to the page fetches afresh (and restarts refreshing).
    this.fetched = undefined;
  }

  hostUpdate(): void {
    const { data, src } = this.host;
    if (data !== undefined && data !== null) {
      this.forgetSrc();
      if (data !== this.input) this.accept(data, () => validateDataset(data));
      return;
    }
    if (src) {
      if (this.host.near === false) return;
      const timeout = this.host.timeout ?? DEFAULT_TIMEOUT;
      if (src !== this.fetched?.src || timeout !== this.fetched.timeout) this.fetch(src, timeout);
      return;
    }
    this.forgetSrc();
    this.readChild();
  }

  hostUpdated(): void {
    const events = this.pending;
    this.pending = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  /** Fetches `src` again, keeping what is shown until the answer comes. */
  reload(): void {
    this.fetched = undefined;
    this.host.requestUpdate();
  }

  private forgetSrc(): void {
    this.fetched = undefined;
    this.fetchedText = undefined;
    this.refreshFailed = false;
    this.stopTimer();
  }

  private childInput(): { key: string; read: () => ValidationResult } | undefined {
    const script = this.host.querySelector(JSON_CHILD);
    if (script) {
      const text = script.textContent ?? '';
      return { key: text, read: () => parseDataset(text) };
    }
    const table = this.host.querySelector<HTMLTableElement>(TABLE_CHILD);
    if (table) return { key: table.outerHTML, read: () => validateDataset(tableToDataset(table)) };
    return undefined;
  }

  private readChild(): void {
    const child = this.childInput();
    if (!child) {
      // Nothing gives data any more: show nothing rather than stale figures.
      this.input = undefined;
      this.dataset = undefined;
      this.error = undefined;
      this.warnings = [];
    } else if (child.key !== this.input) {
      this.accept(child.key, child.read);
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

  private settle(result: ValidationResult): boolean {
    if (result.dataset) {
      this.dataset = result.dataset;
      this.warnings = result.warnings;
      this.error = undefined;
      this.pending.push(new ExchangeLoadEvent({ dataset: result.dataset, warnings: result.warnings }));
      return true;
    }
    const n = result.errors.length;
    this.fail({ message: n === 1 ? 'The dataset has 1 problem.' : `The dataset has ${n} problems.`, problems: result.errors });
    return false;
  }

  private fail(detail: ExchangeErrorDetail): void {
    this.error = detail;
    this.pending.push(new ExchangeErrorEvent(detail));
  }

  private fetch(src: string, timeout: number): void {
    const token = ++this.token;
    this.abort?.abort();
    this.stopTimer();
    const abort = (this.abort = new AbortController());
    // The same src again is a refresh: what is drawn stays until something better comes.
    const refreshing = this.fetchedText !== undefined && this.fetched === undefined && src === this.lastSrc;
    this.fetched = { src, timeout };
    this.lastSrc = src;
    this.input = undefined;
    if (!refreshing) {
      this.fetchedText = undefined;
      this.loading = true;
      // Until the answer comes, a child (server-rendered data) is better than nothing.
      const child = this.dataset ? undefined : this.childInput();
      if (child) this.settle(child.read());
    }
    const failed = (detail: ExchangeErrorDetail) => {
      if (refreshing) {
        this.refreshFailed = true;
        this.pending.push(new ExchangeErrorEvent(detail));
      } else this.fail(detail);
      this.failures++;
    };
    fetchDatasetText(src, { signal: abort.signal, timeout })
      .then((text) => {
        if (token !== this.token) return;
        if (refreshing && text === this.fetchedText) {
          this.refreshFailed = false;
          this.failures = 0;
          return;
        }
        const result = parseDataset(text);
        if (refreshing && !result.dataset) {
          const n = result.errors.length;
          failed({ message: `The refreshed data has ${n === 1 ? '1 problem' : `${n} problems`}.`, problems: result.errors });
          return;
        }
        if (this.settle(result)) {
          this.fetchedText = text;
          this.refreshFailed = false;
          this.failures = 0;
        } else this.failures++;
      })
      .catch((error: unknown) => {
        if (token !== this.token) return;
        const problem: Problem =
          error instanceof LoadError ? error.problem : { path: 'src', message: `could not be loaded (${String(error)})` };
        failed({ message: `The data at ${src} could not be loaded.`, problems: [problem] });
      })
      .finally(() => {
        if (token !== this.token) return;
        this.loading = false;
        this.abort = undefined;
        this.schedule();
        this.host.requestUpdate();
      });
  }

  private schedule(): void {
    const seconds = Number(this.host.refresh);
    if (!(seconds > 0) || !this.host.isConnected) return;
    const interval = seconds * 1000;
    // After a failure: 5 s, 10 s, 20 s … but never longer than the refresh interval itself.
    const delay = this.failures > 0 ? Math.min(interval, FIRST_RETRY * 2 ** (this.failures - 1)) : interval;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A hidden page fetches nothing; it catches up as soon as it is seen again.
      if (document.visibilityState === 'hidden') this.dueWhileHidden = true;
      else this.reload();
    }, delay);
  }

  private stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dueWhileHidden = false;
  }
}
