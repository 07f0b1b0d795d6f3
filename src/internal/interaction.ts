import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextMarkIndex } from './navigation.js';

/** What the reader is doing with a drawing: not configuration, so kept out of the attributes. */
export interface InteractionState {
  /** The mark holding the one tab stop (and the tooltip when open); -1 before any. */
  active: number;
  tipOpen: boolean;
  tableOpen: boolean;
  /** The page of the "Show data" table shown. */
  tablePage: number;
}

export interface InteractionOptions {
  /** How many marks the drawing has, in the order the arrow keys visit them. */
  count(): number;
  /** Whether ArrowLeft goes forward. */
  reversed(): boolean;
  /**
   * A map's countries are islands in a sea: leaving one for the sea closes its tooltip (or
   * hands it back to the country holding the focus). A chart's marks fill it: the tooltip stays.
   */
  closeOffMark?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/** A mark's index (its data-index), else -1. */
const markIndex = (node: EventTarget | null | undefined): number =>
  node instanceof Element && node.classList.contains('mark') ? Number(node.getAttribute('data-index')) : -1;

/**
 * The interaction state of both elements, and the listeners that change it: one set per
 * drawing, delegated from its <svg> and its wrapper rather than one per mark, each finding
 * its mark by the `.mark[data-index]` it happened in. Plain fields, changed through set(),
 * which redraws only when something changed.
 */
export class InteractionController implements ReactiveController, InteractionState {
  active = -1;
  tipOpen = false;
  tableOpen = false;
  tablePage = 0;
  private focusAfterUpdate = false;

  constructor(
    private readonly host: Host,
    private readonly options: InteractionOptions,
  ) {
    host.addController(this);
  }

  set(patch: Partial<InteractionState>): void {
    let changed = false;
    for (const [key, value] of Object.entries(patch) as [keyof InteractionState, never][]) {
      if (this[key] === value) continue;
      this[key] = value;
      changed = true;
    }
    if (changed) this.host.requestUpdate();
  }

  /** The index of the mark an event happened in, else -1. */
  indexOf(event: Event): number {
    return Math.max(-1, ...event.composedPath().map(markIndex));
  }

  /** On the <svg>: Escape closes the tooltip; arrows, Home and End move the focus between marks. */
  onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      if (this.tipOpen) event.stopPropagation();
      this.set({ tipOpen: false });
      return;
    }
    const next = nextMarkIndex(event.key, Math.max(0, this.active), this.options.count(), this.options.reversed());
    if (next === null) return;
    event.preventDefault();
    this.focusAfterUpdate = true;
    this.set({ active: next, tipOpen: true });
  };

  // Focus listeners go on a wrapper, not on the <svg>: Chromium makes an SVG element with
  // focus listeners a tab stop of its own, before the first mark.
  onFocusIn = (event: FocusEvent): void => {
    const index = this.indexOf(event);
    if (index >= 0) this.set({ active: index, tipOpen: true });
  };

  onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Element | null;
    if (!next || !this.host.shadowRoot?.contains(next) || !next.closest('svg')) this.set({ tipOpen: false });
  };

  // Hover and tap: pointerover fires for touch too, so a tap shows the tooltip.
  onPointerOver = (event: PointerEvent): void => {
    const index = this.indexOf(event);
    if (index >= 0) this.set({ active: index, tipOpen: true });
  };

  /** Off a mark, onto what is not one: with `closeOffMark`, back to the focused mark or closed. */
  onPointerOut = (event: PointerEvent): void => {
    if (!this.options.closeOffMark || this.indexOf(event) < 0) return;
    const to = event.relatedTarget as Element | null;
    if (to?.closest?.('.mark')) return;
    const focused = markIndex(this.host.shadowRoot?.activeElement);
    this.set(focused >= 0 ? { active: focused } : { tipOpen: false });
  };

  onPointerLeave = (): void => {
    if (!this.host.shadowRoot?.activeElement?.closest?.('svg')) this.set({ tipOpen: false });
  };

  /** A tap on the background (the sea, a country not listed) closes what a tap opened. */
  onPointerDown = (event: PointerEvent): void => {
    if (this.indexOf(event) >= 0) return;
    (this.host.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    this.set({ tipOpen: false });
  };

  hostUpdated(): void {
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    this.host.shadowRoot?.querySelector<SVGElement>('svg .mark[tabindex="0"]')?.focus();
  }
}
