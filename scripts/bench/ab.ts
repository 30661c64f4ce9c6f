/** One build under test: this checkout's (A) or the one BENCH_AB names (B), served at `base`. */
export interface Build {
  readonly label: 'A' | 'B';
  readonly what: string;
  readonly base: string;
}

/**
 * The order in which round `round` visits `n` targets: each round starts one later than the one
 * before (A B C, B C A, C A B, …), so no target always goes first, after the same neighbour, or
 * when the browser is freshest.
 */
export function alternate(n: number, round: number): number[] {
  return Array.from({ length: n }, (_, i) => (i + round) % n);
}
