import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './afterNextPaint';

/** A stand-in for the browser's frames: the test decides when the next one comes. */
function frames() {
  const queued = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    queued.set(++id, cb);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (n: number) => queued.delete(n));
  return {
    paint() {
      const cbs = [...queued.values()];
      queued.clear();
      for (const cb of cbs) cb(0);
    },
  };
}
/** Lets the message port's task run. */
const nextTask = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs once, in a task after the next frame, not before it', async () => {
    const browser = frames();
    const run = vi.fn<() => void>();
    afterNextPaint(run, 60_000);
    await nextTask();
    expect(run).not.toHaveBeenCalled();
    browser.paint();
    expect(run).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    browser.paint();
    await nextTask();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback time when no frame comes (a hidden page), and only once', async () => {
    const browser = frames();
    const run = vi.fn<() => void>();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      afterNextPaint(run, 1000);
      vi.advanceTimersByTime(999);
      expect(run).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(run).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
    browser.paint();
    await nextTask();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', async () => {
    const browser = frames();
    const run = vi.fn<() => void>();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const cancel = afterNextPaint(run, 1000);
      cancel();
      browser.paint();
      vi.advanceTimersByTime(2000);
    } finally {
      vi.useRealTimers();
    }
    await nextTask();
    expect(run).not.toHaveBeenCalled();
  });
});
