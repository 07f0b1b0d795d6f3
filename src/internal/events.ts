import type { Dataset } from '../data/schema.js';
import type { Problem } from '../data/validate.js';

export interface ExchangeLoadDetail {
  /** The validated dataset now shown. */
  dataset: Dataset;
  /** Fields this version does not know, and other things that did not stop drawing. */
  warnings: Problem[];
}

export interface ExchangeErrorDetail {
  /** One sentence for people: what failed. */
  message: string;
  /** Every problem, each with its JSON path (or `src` for a load failure). */
  problems: Problem[];
}

/** Fired when a dataset has loaded, validated and is drawn. Bubbles out of shadow roots. */
export class ExchangeLoadEvent extends CustomEvent<ExchangeLoadDetail> {
  static readonly eventName = 'exchange-load' as const;
  constructor(detail: ExchangeLoadDetail) {
    super(ExchangeLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Fired when data cannot be loaded, parsed or validated. Bubbles out of shadow roots. */
export class ExchangeErrorEvent extends CustomEvent<ExchangeErrorDetail> {
  static readonly eventName = 'exchange-error' as const;
  constructor(detail: ExchangeErrorDetail) {
    super(ExchangeErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'exchange-load': ExchangeLoadEvent;
    'exchange-error': ExchangeErrorEvent;
  }
}
