import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerClient, WorkerFailedError, type WorkerLike } from './workerClient';
import { WORKER_READY } from '../../workers/protocol';
import type { JobBody } from '../../workers/surface.worker';

/** A worker that records what it is sent and lets the test answer, fail or garble. */
class FakeWorker extends EventTarget {
  readonly sent: { id: number }[] = [];
  terminated = false;
  postMessage(m: { id: number }) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number, body: object) {
    this.dispatchEvent(new MessageEvent('message', { data: { id, ...body } }));
  }
}

const job = { kind: 'path', req: {}, lambdas: [1] } as unknown as JobBody;

const START_MS = 20_000;

function setup(spawnError?: Error) {
  const workers: FakeWorker[] = [];
  const problems: (string | undefined)[] = [];
  const client = createWorkerClient(
    () => {
      if (spawnError) throw spawnError;
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as WorkerLike;
    },
    (p) => problems.push(p),
    START_MS,
  );
  return { client, workers, problems };
}

describe('createWorkerClient', () => {
  it('resolves with the answer to the request of that id', async () => {
    const { client, workers } = setup();
    const a = client.ask<number[]>(job);
    const b = client.ask<number[]>(job);
    const [w] = workers;
    w!.answer(w!.sent[1]!.id, { path: [2] });
    w!.answer(w!.sent[0]!.id, { path: [1] });
    await expect(a).resolves.toEqual([1]);
    await expect(b).resolves.toEqual([2]);
  });

  it("rejects with the worker's own error message", async () => {
    const { client, workers } = setup();
    const a = client.ask(job);
    workers[0]!.answer(workers[0]!.sent[0]!.id, { error: 'bad request' });
    await expect(a).rejects.toThrow('bad request');
  });

  it('rejects every pending request when the worker fails to load or dies, then starts a fresh one', async () => {
    const { client, workers, problems } = setup();
    const a = client.ask(job);
    const b = client.ask(job);
    workers[0]!.dispatchEvent(new Event('error', { cancelable: true }));
    await expect(a).rejects.toBeInstanceOf(WorkerFailedError);
    await expect(b).rejects.toThrow('the float64 worker failed to load or stopped');
    expect(workers[0]!.terminated).toBe(true);
    expect(problems).toEqual(['the float64 worker failed to load or stopped']);
    const c = client.ask<number[]>(job);
    expect(workers).toHaveLength(2);
    workers[1]!.answer(workers[1]!.sent[0]!.id, { path: [3] });
    await expect(c).resolves.toEqual([3]);
    // The fresh worker answered: the problem is over.
    expect(problems).toEqual(['the float64 worker failed to load or stopped', undefined]);
  });

  it('rejects pending requests on an unreadable message (messageerror)', async () => {
    const { client, workers, problems } = setup();
    const a = client.ask(job);
    workers[0]!.dispatchEvent(new Event('messageerror'));
    await expect(a).rejects.toThrow('a message from the float64 worker could not be read');
    expect(problems).toHaveLength(1);
  });

  it('rejects when the worker cannot be constructed', async () => {
    const { client, problems } = setup(new Error('Workers are blocked'));
    await expect(client.ask(job)).rejects.toThrow('the float64 worker could not start (Workers are blocked)');
    expect(problems).toEqual(['the float64 worker could not start (Workers are blocked)']);
  });

  describe('start', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('rejects pending requests when the worker does not say it is ready in time (its script never arrives)', async () => {
      vi.useFakeTimers();
      const { client, workers, problems } = setup();
      const a = client.ask(job);
      const settled = vi.fn<(e: unknown) => void>();
      a.catch(settled);
      vi.advanceTimersByTime(START_MS - 1);
      await Promise.resolve();
      expect(settled).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      await expect(a).rejects.toThrow('the float64 worker did not start within 20 s');
      expect(workers[0]!.terminated).toBe(true);
      expect(problems).toEqual(['the float64 worker did not start within 20 s']);
    });

    it('does not time a computation once the worker is ready', async () => {
      vi.useFakeTimers();
      const { client, workers, problems } = setup();
      const a = client.ask<number[]>(job);
      workers[0]!.dispatchEvent(new MessageEvent('message', { data: WORKER_READY }));
      vi.advanceTimersByTime(10 * START_MS);
      workers[0]!.answer(workers[0]!.sent[0]!.id, { path: [4] });
      await expect(a).resolves.toEqual([4]);
      expect(problems).toEqual([]);
    });
  });

  it('rejects pending requests on dispose, and a later request uses a new worker', async () => {
    const { client, workers } = setup();
    const a = client.ask(job);
    client.dispose();
    await expect(a).rejects.toThrow('the surface view closed');
    void client.ask(job).catch(() => undefined);
    expect(workers).toHaveLength(2);
  });
});
