import { WORKER_READY } from '../../workers/protocol';
import type { JobBody } from '../../workers/surface.worker';

/** The float64 worker could not be started, failed to load, died, or sent a message that could not be read. */
export class WorkerFailedError extends Error {
  override name = 'WorkerFailedError';
}

interface Answer {
  readonly id: number;
  readonly result?: unknown;
  readonly path?: unknown;
  readonly error?: string;
}

/** What the client needs of a Worker: a fake in the unit tests. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Requests to the float64 worker, each a promise that settles: with the answer, with the worker's own
 * error, or with a WorkerFailedError when the worker cannot be constructed, fails to load or dies (its
 * `error` event), does not say it is ready within `startMs` (a script that never arrives), or sends an
 * unreadable message (`messageerror`). After a failure every pending request rejects, the worker is dropped,
 * and the next request starts a fresh one. `onProblem` hears the failure, and `undefined` once a fresh
 * worker answers again. Only the start is timed: a long computation is not a failure.
 */
export function createWorkerClient(spawn: () => WorkerLike, onProblem: (problem: string | undefined) => void, startMs: number) {
  let worker: WorkerLike | undefined;
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  let failed = false;
  const pending = new Map<number, { resolve: (r: never) => void; reject: (e: Error) => void }>();

  function fail(problem: string) {
    clearTimeout(startTimer);
    worker?.terminate();
    worker = undefined;
    failed = true;
    const error = new WorkerFailedError(problem);
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    onProblem(problem);
  }

  function current(): WorkerLike {
    if (worker) return worker;
    let w: WorkerLike;
    try {
      w = spawn();
    } catch (e) {
      throw new WorkerFailedError(`the float64 worker could not start (${message(e)})`);
    }
    w.addEventListener('message', (e: MessageEvent<Answer | typeof WORKER_READY>) => {
      if (w !== worker) return;
      clearTimeout(startTimer);
      if (e.data === WORKER_READY) return;
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!p) return;
      if (failed) {
        failed = false;
        onProblem(undefined);
      }
      const answer = e.data.result ?? e.data.path;
      if (answer) p.resolve(answer as never);
      else p.reject(new Error(e.data.error ?? 'the float64 worker failed'));
    });
    w.addEventListener('error', (e: Event) => {
      if (w !== worker) return;
      // Handled here: not also an uncaught error of the page.
      e.preventDefault();
      const said = (e as Partial<ErrorEvent>).message;
      const detail = said ? ` (${said})` : '';
      fail(`the float64 worker failed to load or stopped${detail}`);
    });
    w.addEventListener('messageerror', () => {
      if (w === worker) fail('a message from the float64 worker could not be read');
    });
    startTimer = setTimeout(() => {
      if (w === worker) fail(`the float64 worker did not start within ${startMs / 1000} s`);
    }, startMs);
    return (worker = w);
  }

  return {
    ask<T>(job: JobBody): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        try {
          const w = current();
          pending.set(id, { resolve: resolve as (r: never) => void, reject });
          w.postMessage({ ...job, id });
        } catch (e) {
          pending.delete(id);
          if (e instanceof WorkerFailedError) {
            failed = true;
            onProblem(e.message);
          }
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    },
    /** Ends the worker; pending requests reject. A later request starts a fresh one. */
    dispose() {
      clearTimeout(startTimer);
      worker?.terminate();
      worker = undefined;
      for (const p of pending.values()) p.reject(new Error('the surface view closed'));
      pending.clear();
    },
  };
}
