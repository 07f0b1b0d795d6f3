import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT, fetchDatasetText, LoadError, parseDatasetInTasks } from '../data/load.js';
import type { Dataset } from '../data/schema.js';
import { LIMITS } from '../data/limits.js';
import { tableToDataset } from '../data/table.js';
import { nextTask, validateDatasetInTasks, type Problem, type ValidationResult } from '../data/validate.js';
import { readAfterConnect } from './connected-reads.js';
import { ExchangeErrorEvent, ExchangeLoadEvent, type ExchangeErrorDetail } from './events.js';
import { runInSlices } from './slices.js';

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

/**
 * How often `src` may be fetched again, whatever `refresh` says: no faster than every 15 s (a
 * live figure changes by the hour; a page open in many readers' browsers must not hammer the
 * source), no slower than once a day (and within what setTimeout can count).
 */
export const REFRESH = Object.freeze({ min: 15_000, max: 86_400_000 });
/** After a failure, the next try comes after 5 s, 10 s, 20 s … up to 10 minutes, or the interval if longer. */
export const RETRY = Object.freeze({ first: 5_000, max: 600_000 });
/** The range of `timeout` honoured, in ms; outside it (or not a number), the default. */
export const TIMEOUT_RANGE = Object.freeze({ min: 100, max: 300_000 });

/**
 * The timers refresh and announcements wait on. Tests replace them to run a quarter of an
 * hour in a second; nothing else should.
 */
export const refreshTimers = {
  set: (callback: () => void, ms: number): ReturnType<typeof setTimeout> => setTimeout(callback, ms),
  clear: (id: ReturnType<typeof setTimeout> | undefined): void => clearTimeout(id),
  /** The time a change is seen, in ms: tests fix it. */
  now: (): number => Date.now(),
};

/** "1 problem", "3 problems", or "more than 100 problems" when the list was cut short. */
function countProblems(problems: Problem[]): string {
  const n = problems.length;
  if (n > LIMITS.problems) return `more than ${LIMITS.problems} problems`;
  return n === 1 ? '1 problem' : `${n} problems`;
}

/** The interval between fetches, in ms, for a `refresh` in seconds: clamped; undefined for none. */
export function refreshInterval(seconds: unknown): number | undefined {
  // Number() of null, '' and false is 0, of text NaN: none of them refreshes.
  const n = Number(seconds);
  if (!(n > 0)) return undefined;
  return Math.min(REFRESH.max, Math.max(REFRESH.min, n * 1000));
}

/** The wait before the next fetch: the interval, or after failures a backoff that does not depend on it. */
export function refreshDelay(interval: number, failures: number): number {
  if (failures <= 0) return interval;
  const backoff = Math.min(RETRY.first * 2 ** Math.min(failures - 1, 30), Math.max(RETRY.max, interval));
  return Math.min(REFRESH.max, backoff);
}

/** The `timeout` to use, in ms: the one given when it is a sane number, else the default. */
export function sanitizeTimeout(ms: unknown): number {
  const n = Number(ms);
  return ms !== null && ms !== '' && n >= TIMEOUT_RANGE.min && n <= TIMEOUT_RANGE.max ? n : DEFAULT_TIMEOUT;
}

/** A `src` as fetched: its text, and its dataset parsed and checked on first request. */
interface Loaded {
  text: string;
  parse(): ValidationResult | Promise<ValidationResult>;
}

interface SharedLoad {
  promise: Promise<Loaded>;
  abort: AbortController;
  users: number;
}

// Loads under way, by timeout and address: the elements of a page that name the same `src` at
// the same time (a live blog's fifty embeds) share one request, one parse and one check.
const loads = new Map<string, SharedLoad>();

/**
 * `src` fetched and parsed once for every element that asks while it loads. Aborting `signal`
 * lets this element go; the request stops when the last one has gone. Each element gets the
 * outcome (and a failure) as its own, to show in its own way.
 */
export function loadShared(src: string, timeout: number, signal: AbortSignal): Promise<Loaded> {
  const key = `${timeout} ${src}`;
  /** Lets go of a load that is over (or that nobody waits for), unless another took its place. */
  const forget = (load: SharedLoad) => {
    if (loads.get(key) === load) loads.delete(key);
  };
  let shared = loads.get(key);
  if (!shared) {
    const abort = new AbortController();
    const promise = fetchDatasetText(src, { signal: abort.signal, timeout }).then((text): Loaded => {
      let parsed: ReturnType<Loaded['parse']> | undefined;
      return { text, parse: () => (parsed ??= parseDatasetInTasks(text)) };
    });
    const entry: SharedLoad = (shared = { promise, abort, users: 0 });
    const over = () => forget(entry);
    promise.then(over, over);
    loads.set(key, entry);
  }
  const entry = shared;
  entry.users++;
  return new Promise<Loaded>((resolve, reject) => {
    const leave = () => {
      reject(new DOMException('Aborted', 'AbortError'));
      if (--entry.users > 0) return;
      forget(entry);
      entry.abort.abort();
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    entry.promise.then(
      (loaded) => {
        signal.removeEventListener('abort', leave);
        resolve(loaded);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}

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
  /** The dataset came with a refresh of the same `src`: a change in it is news. */
  refreshed = false;

  private input: unknown = undefined;
  private fetched?: { src: string; timeout: number };
  /** The text last drawn from `src`: an unchanged refresh draws nothing again. */
  private fetchedText?: string;
  private abort?: AbortController;
  /** `src` as requested when the element connected, for its first update to take (see fetchEarly). */
  private early?: { src: string; timeout: number; abort: AbortController; loaded: Promise<Loaded> };
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

  /**
   * @param prepare work the host can do for a dataset from `src` before drawing it (the map's
   *   projection), in steps: they run in short tasks (see runInSlices), between the one that
   *   checks the data and the one that draws it, so that none is a long task.
   */
  constructor(
    private readonly host: DataHost,
    private readonly prepare?: (dataset: Dataset) => Iterable<void>,
  ) {
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
    // Once the element knows whether it is near (read in the same microtask, just before).
    readAfterConnect(() => this.fetchEarly());
  }

  /**
   * Requests `src` as the element connects rather than at its first update, which waits for a
   * task of its own behind the page's other work (warm-ups, other elements' first updates): the
   * answer is on its way meanwhile. The first update takes the request (see fetch()).
   */
  private fetchEarly(): void {
    const { data, src } = this.host;
    if ((data !== undefined && data !== null) || !src || this.host.near === false || !this.host.isConnected || this.fetched || this.early) return;
    const timeout = sanitizeTimeout(this.host.timeout);
    const abort = new AbortController();
    const loaded = loadShared(src, timeout, abort.signal);
    // Its outcome is the first update's to handle; until then, a failure is no unhandled rejection.
    loaded.catch(() => undefined);
    this.early = { src, timeout, abort, loaded };
  }

  /** Lets go of an early request nobody took (the element left, or was given other data). */
  private dropEarly(): void {
    this.early?.abort.abort();
    this.early = undefined;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopTimer();
    this.dropEarly();
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
      if (data !== this.input) this.accept(data, () => validateDatasetInTasks(data));
      return;
    }
    if (src) {
      if (this.host.near === false) return;
      const timeout = sanitizeTimeout(this.host.timeout);
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
    this.dropEarly();
    this.fetched = undefined;
    this.fetchedText = undefined;
    this.refreshFailed = false;
    this.stopTimer();
  }

  private childInput(): { key: string; read: () => ValidationResult | Promise<ValidationResult> } | undefined {
    const script = this.host.querySelector(JSON_CHILD);
    if (script) {
      const text = script.textContent ?? '';
      return { key: text, read: () => parseDatasetInTasks(text) };
    }
    const table = this.host.querySelector<HTMLTableElement>(TABLE_CHILD);
    if (table) return { key: table.outerHTML, read: () => validateDatasetInTasks(tableToDataset(table)) };
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

  private accept(input: unknown, validate: () => ValidationResult | Promise<ValidationResult>): void {
    const token = ++this.token;
    this.abort?.abort();
    this.abort = undefined;
    this.loading = false;
    this.input = input;
    this.settleWhenDone(validate(), token);
  }

  /**
   * A small dataset is checked at once and drawn in this update; a large one is checked in
   * tasks (see validateDatasetInTasks) and drawn in a task of its own when done.
   */
  private settleWhenDone(result: ValidationResult | Promise<ValidationResult>, token: number, wanted = () => true): void {
    if (!(result instanceof Promise)) {
      this.settle(result);
      return;
    }
    void result.then(async (done) => {
      await nextTask();
      if (token !== this.token || !wanted()) return;
      // The host's work for it in short tasks too, as for a dataset from `src` (see fetch()).
      if (done.dataset && this.prepare && !(await runInSlices(this.prepare(done.dataset), () => token === this.token && wanted()))) return;
      this.settle(done);
      this.host.requestUpdate();
    });
  }

  private settle(result: ValidationResult, refreshed = false): boolean {
    if (result.dataset) {
      this.refreshed = refreshed;
      this.dataset = result.dataset;
      this.warnings = result.warnings;
      this.error = undefined;
      this.pending.push(new ExchangeLoadEvent({ dataset: result.dataset, warnings: result.warnings }));
      return true;
    }
    this.fail({ message: `The dataset has ${countProblems(result.errors)}.`, problems: result.errors });
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
    // The same src again is a refresh: what is drawn stays until something better comes.
    const refreshing = this.fetchedText !== undefined && this.fetched === undefined && src === this.lastSrc;
    // The request made when the element connected, if it asked for this.
    const early = this.early;
    this.early = undefined;
    const taken = early && !refreshing && early.src === src && early.timeout === timeout ? early : undefined;
    if (early && !taken) early.abort.abort();
    const abort = (this.abort = taken?.abort ?? new AbortController());
    this.fetched = { src, timeout };
    this.lastSrc = src;
    this.input = undefined;
    if (!refreshing) {
      this.fetchedText = undefined;
      this.loading = true;
      // Until the answer comes, a child (server-rendered data) is better than nothing.
      const child = this.dataset ? undefined : this.childInput();
      // (A large one checked in tasks is drawn only if the fetch has not answered first.)
      if (child) this.settleWhenDone(child.read(), token, () => this.loading);
    }
    const failed = (detail: ExchangeErrorDetail) => {
      if (refreshing) {
        this.refreshFailed = true;
        this.pending.push(new ExchangeErrorEvent(detail));
      } else this.fail(detail);
      this.failures++;
    };
    (taken?.loaded ?? loadShared(src, timeout, abort.signal))
      .then(async ({ text, parse }) => {
        if (token !== this.token) return;
        if (refreshing && text === this.fetchedText) {
          this.refreshFailed = false;
          this.failures = 0;
          return;
        }
        // (A large dataset is checked in tasks.)
        const result = await parse();
        if (token !== this.token) return;
        // Drawn in a task of its own, not in the one that parsed and checked the data: each
        // stays short, and each element sharing the data draws in its own.
        await nextTask();
        if (token !== this.token) return;
        if (result.dataset && this.prepare && !(await runInSlices(this.prepare(result.dataset), () => token === this.token))) return;
        if (refreshing && !result.dataset) {
          failed({ message: `The refreshed data has ${countProblems(result.errors)}.`, problems: result.errors });
          return;
        }
        if (this.settle(result, refreshing)) {
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
    const interval = refreshInterval(this.host.refresh);
    if (interval === undefined || !this.host.isConnected) return;
    this.timer = refreshTimers.set(() => {
      this.timer = undefined;
      // A hidden page fetches nothing; it catches up as soon as it is seen again.
      if (document.visibilityState === 'hidden') this.dueWhileHidden = true;
      else this.reload();
    }, refreshDelay(interval, this.failures));
  }

  private stopTimer(): void {
    refreshTimers.clear(this.timer);
    this.timer = undefined;
    this.dueWhileHidden = false;
  }
}
