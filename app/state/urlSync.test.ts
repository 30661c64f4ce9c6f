import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useApp } from './store';
import { startUrlSync } from './urlSync';

/** A window with just what urlSync touches; history calls are recorded, popstate listeners kept. */
function fakeWindow(search: string, opts: { historyThrows?: boolean } = {}) {
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const location = { search };
  const listeners = new Set<() => void>();
  const record = (kind: 'push' | 'replace') => (_: unknown, __: string, url: string) => {
    if (opts.historyThrows) throw new DOMException('Attempt to use history.replaceState() more than 100 times per 10 seconds', 'SecurityError');
    calls.push({ kind, url });
    location.search = url;
  };
  const win = {
    location,
    history: { replaceState: record('replace'), pushState: record('push') },
    addEventListener: (_: string, cb: () => void) => listeners.add(cb),
    removeEventListener: (_: string, cb: () => void) => listeners.delete(cb),
  };
  /** The browser going back to `to`. */
  const pop = (to: string) => {
    location.search = to;
    for (const cb of listeners) cb();
  };
  return { win: win as unknown as Window, calls, pop, listeners };
}

const app = () => useApp.getState();
const texts = () => app().notices.items.map((n) => n.text);

describe('urlSync', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    useApp.setState(useApp.getInitialState(), true);
  });
  afterEach(() => vi.useRealTimers());

  it('replaces the address about once a second while changes stream in, and right after they rest', () => {
    const { win, calls } = fakeWindow('?v=2&loss=huber&axis=residual&delta=1');
    const stop = startUrlSync(win);
    calls.length = 0;
    // 2.5 s of a drag at 60 frames a second.
    for (let f = 0; f < 150; f++) {
      app().explorer.setParam('delta', 1 + f / 100);
      vi.advanceTimersByTime(1000 / 60);
    }
    const during = calls.length;
    expect(calls.every((c) => c.kind === 'replace')).toBe(true);
    expect(during).toBe(2);
    expect(new URLSearchParams(calls.at(-1)!.url).get('delta')).not.toBe('2.49');
    vi.advanceTimersByTime(300);
    expect(calls.length).toBe(during + 1);
    expect(new URLSearchParams(calls.at(-1)!.url).get('delta')).toBe('2.49');
    stop();
  });

  it('opens the view the link names and keeps that slice in the address', () => {
    const { win, calls } = fakeWindow('?v=2&view=surface&model=binary&loss=hinge,squared_hinge&apart=margin&margin.hinge=1&margin.squared_hinge=2');
    const stop = startUrlSync(win);
    expect(app().route.view).toBe('surface');
    expect(app().surface.values).toEqual({ hinge: { margin: 1 }, squared_hinge: { margin: 2 } });
    app().surface.set({ reg: 'l2' });
    expect(calls.at(-1)!.kind).toBe('push');
    expect(new URLSearchParams(calls.at(-1)!.url).get('margin.squared_hinge')).toBe('2');
    stop();
  });

  it('keeps the store and the page going when history calls throw, and says so once', () => {
    const { win } = fakeWindow('?v=2&loss=huber&axis=residual&delta=1', { historyThrows: true });
    const stop = startUrlSync(win);
    app().explorer.select(['mse'], 'residual');
    app().explorer.setParam('delta', 2);
    vi.advanceTimersByTime(2000);
    expect(app().explorer.ids).toEqual(['mse']);
    expect(texts().filter((t) => /address bar cannot follow/.test(t))).toHaveLength(1);
    expect(texts()[0]).toMatch(/more than 100 times/);
    stop();
  });

  it('replaces the notices of the previous address on back/forward instead of piling them up', () => {
    const { win, pop } = fakeWindow('?v=2&loss=huber&delta=99');
    const stop = startUrlSync(win);
    expect(texts()).toEqual([expect.stringMatching(/delta = 99 is outside/)]);
    pop('?v=2&loss=nope,mse');
    expect(texts()).toEqual([expect.stringMatching(/Unknown loss “nope”/)]);
    pop('?v=2&loss=huber&delta=99');
    pop('?v=2&loss=huber&delta=99');
    expect(texts()).toHaveLength(1);
    expect(app().explorer.values.huber!.delta).toBe(5);
    stop();
  });

  it('undoes what it set up when starting throws', () => {
    const { win, listeners, calls } = fakeWindow('?v=2&loss=huber');
    (win as unknown as { addEventListener: () => void }).addEventListener = () => {
      throw new Error('blocked');
    };
    expect(() => startUrlSync(win)).toThrow('blocked');
    calls.length = 0;
    app().explorer.select(['mse'], 'residual');
    expect(calls).toEqual([]);
    expect(listeners.size).toBe(0);
  });
});
