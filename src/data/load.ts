import { validateDataset, validateDatasetInTasks, type Problem, type ValidationResult } from './validate.js';

type Parsed = { input: unknown; error?: undefined } | { error: ValidationResult };

function parseJson(text: string): Parsed {
  try {
    return { input: JSON.parse(text) };
  } catch (error) {
    return { error: { errors: [{ path: 'dataset', message: `is not valid JSON (${(error as Error).message})` }], warnings: [] } };
  }
}

/** Reads a JSON text and validates it; bad JSON is one problem at the dataset's root. */
export function parseDataset(text: string): ValidationResult {
  const parsed = parseJson(text);
  return parsed.error ?? validateDataset(parsed.input);
}

/** parseDataset, with a large dataset's validation split into tasks (see validateDatasetInTasks). */
export function parseDatasetInTasks(text: string): ValidationResult | Promise<ValidationResult> {
  const parsed = parseJson(text);
  return parsed.error ?? validateDatasetInTasks(parsed.input);
}

export interface FetchOptions {
  /** Aborts the request, e.g. when `src` changes or the element leaves the page. */
  signal?: AbortSignal;
  /** Milliseconds before the request is given up. */
  timeout?: number;
  /** Bytes the body may have at most; a larger one is refused before it fills memory. */
  maxBytes?: number;
  /** The attribute the address came from, named in problems (default `src`). */
  field?: string;
}

/** A failed load, with the problem to show (its path is the `src` attribute). */
export class LoadError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.path}: ${problem.message}`);
    this.name = 'LoadError';
  }
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Fetches a dataset's JSON text. Rejects with a LoadError for a network failure, an HTTP error,
 * a timeout or an oversized body, and with an AbortError when `signal` aborts.
 */
export async function fetchDatasetText(src: string, options: FetchOptions = {}): Promise<string> {
  const { signal, timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES, field = 'src' } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  const fail = (message: string) => new LoadError({ path: field, message: `${message} (${src})` });
  try {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    let response: Response;
    try {
      response = await fetch(src, { signal: controller.signal, headers: { accept: 'application/json' } });
    } catch (error) {
      throw rethrow(error);
    }
    if (!response.ok) throw fail(`could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) throw fail(`is too large: ${length} bytes, more than the ${maxBytes} allowed`);
    try {
      return await readText(response, maxBytes, () => fail(`is too large: more than the ${maxBytes} bytes allowed`));
    } catch (error) {
      throw rethrow(error);
    }
  } finally {
    // Whatever is left of the body (refused by its Content-Length, an error page) is not downloaded.
    controller.abort();
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }

  function rethrow(error: unknown): unknown {
    if (error instanceof LoadError) return error;
    if (signal?.aborted) return new DOMException('Aborted', 'AbortError');
    if (timedOut) return fail(`could not be loaded: no answer within ${timeout / 1000} s`);
    return fail(`could not be loaded: ${(error as Error).message || 'network error'}`);
  }
}

async function readText(response: Response, maxBytes: number, tooLarge: () => LoadError): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
