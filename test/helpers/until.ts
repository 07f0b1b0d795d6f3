/**
 * Polls until `check` gives a value, and returns it. The bound is a number of polls (50 ms
 * apart), not a clock: it is only there so that a page that never gets there says what it
 * waited for, sooner than the test's own timeout. No test asserts how long anything takes.
 */
export async function until<T>(check: () => T | undefined | null | false, what: string = String(check), polls = 600): Promise<T> {
  for (let i = 0; ; i++) {
    const value = check();
    if (value) return value;
    if (i >= polls) throw new Error(`still waiting for ${what} after ${polls} polls`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
