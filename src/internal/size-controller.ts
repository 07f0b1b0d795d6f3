import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      // Redrawn in the next frame, not inside the observer's delivery: a redraw that changes
      // the height there makes Chrome report "ResizeObserver loop completed with undelivered
      // notifications", which news sites' error monitoring collects.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.set(width));
    });
    this.observer.observe(this.host);
    // A first guess now, so the first render is already at the right width.
    const style = getComputedStyle(this.host);
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
    if (this.host.clientWidth) this.set(this.host.clientWidth - padding);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  private set(width: number): void {
    // Whole pixels: sub-pixel jitter must not redraw, nor start a resize loop.
    const rounded = Math.floor(width);
    if (rounded === this.width) return;
    this.width = rounded;
    this.host.requestUpdate();
  }
}
