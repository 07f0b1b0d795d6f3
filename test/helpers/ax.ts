import { executeServerCommand } from '@web/test-runner-commands';

/** A node of the page's accessibility tree, as Chromium gives it to a screen reader (CDP). */
export interface AxNode {
  role: string;
  name: string;
  description: string;
  focusable: boolean;
}

/** The whole accessibility tree, in document order (the test runner's `ax-tree` command). */
export const axTree = () => executeServerCommand<AxNode[], undefined>('ax-tree');

/**
 * Each new text of an element's polite live region, as a screen reader is given it, from now
 * on (call it once the element is connected). `stop()` stops listening.
 */
export function hearLiveRegion(el: HTMLElement): { heard: string[]; stop: () => void } {
  const root = el.shadowRoot!;
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    const said = root.querySelector('[role="status"][aria-live="polite"]')?.textContent!.trim() ?? '';
    if (said !== (heard.at(-1) ?? '')) heard.push(said);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return { heard, stop: () => observer.disconnect() };
}
