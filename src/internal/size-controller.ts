import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readAfterConnect } from './connected-reads.js';

/**
 * Tracks the host's own content-box width with a ResizeObserver (not window resizes, which
 * miss a column that narrows on its own) and updates the host when it changes by a pixel.
 */
export class SizeController implements ReactiveController {
  /** Width in whole CSS pixels; 0 until the host has been laid out. */
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    const observer = (this.observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      if (!this.set(width)) return;
      // Redrawn now, in the frame that laid out the new width (lit updates in a microtask,
      // before the browser paints or looks at observed sizes again): no frame shows the old
      // drawing at the new width. A redraw that changes the height there would make Chrome
      // report "ResizeObserver loop completed with undelivered notifications", which news
      // sites' error monitoring collects: then the observer lets go of the element for this
      // frame and takes it up again in the next.
      const height = entry.borderBoxSize?.[0]?.blockSize;
      void this.host.updateComplete.then(() => {
        if (this.host.getBoundingClientRect().height === height) return;
        observer.unobserve(this.host);
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.host.isConnected && observer.observe(this.host));
      });
    }));
    this.observer.observe(this.host);
    // A first guess before the first render, so that it is already at the right width (read
    // with the other elements connecting now: see connected-reads.ts).
    readAfterConnect(() => {
      if (!this.host.isConnected) return;
      const style = getComputedStyle(this.host);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
      if (this.host.clientWidth) this.set(this.host.clientWidth - padding);
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** Whether the width changed (and the host was asked to redraw). */
  private set(width: number): boolean {
    // Whole pixels: sub-pixel jitter must not redraw, nor start a resize loop.
    const rounded = Math.floor(width);
    if (rounded === this.width) return false;
    this.width = rounded;
    this.host.requestUpdate();
    return true;
  }
}
