/**
 * npm run conformance -- [file] [--only=id,id]
 * Checks every case of a loss-reference/1 file against the registry. Exit 0 when all pass,
 * 1 when some fail, 2 with a one-line message when the file cannot be used. `--only` keeps the cases
 * of the named losses (and skips the rest before the file's loss ids are checked against the registry).
 */
import { runConformance } from './conformance/cli';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',').filter(Boolean);
const file = args.find((a) => !a.startsWith('--')) ?? new URL('../reference/losses.json', import.meta.url).pathname;
process.exitCode = runConformance(file, { out: (l) => console.log(l), err: (l) => console.error(l) }, only);
