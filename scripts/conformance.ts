/**
 * npm run conformance -- [file]
 * Checks every case of a loss-reference/1 file against the registry. Exit 0 when all pass,
 * 1 when some fail, 2 with a one-line message when the file cannot be used.
 */
import { runConformance } from './conformance/cli';

const file = process.argv[2] ?? new URL('../reference/losses.json', import.meta.url).pathname;
process.exitCode = runConformance(file, { out: (l) => console.log(l), err: (l) => console.error(l) });
