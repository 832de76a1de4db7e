/**
 * The first index in [0, length) at which `reached(i)` is true, or `length`
 * when it never is. `reached` must be false for a prefix of the indices and
 * true for the rest (sorted data asked "at or past this point?"), so it is
 * called O(log length) times.
 */
export function firstIndexWhere(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
