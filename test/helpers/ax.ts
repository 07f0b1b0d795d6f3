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
