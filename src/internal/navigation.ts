/**
 * The mark that a key moves focus to, among `count` marks in reading order, or null when the
 * key is not a navigation key. Left and right follow what the reader sees: in a right-to-left
 * chart, ArrowLeft goes forward. Movement stops at the ends rather than wrapping.
 */
export function nextMarkIndex(key: string, current: number, count: number, rtl = false): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowRight':
      return clamp(current + (rtl ? -1 : 1));
    case 'ArrowLeft':
      return clamp(current + (rtl ? 1 : -1));
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
