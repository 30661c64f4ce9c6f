/**
 * `work`, or a rejection with `late()` once `ms` pass without it settling; the timer is cleared either way, and
 * a rejection that is not an Error becomes one. The bounded wait of every lazy chunk the page or a worker
 * needs (the catalog, the formula parser), so a stalled request never holds a page or a job forever.
 */
export function settleWithin<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  const settled = work.catch((e: unknown) => {
    throw e instanceof Error ? e : new Error(String(e));
  });
  return Promise.race([settled, timeout]).finally(() => clearTimeout(timer));
}
