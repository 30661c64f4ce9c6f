import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlas } from './store';
import { startUrlSync } from './urlSync';

/** A window with just what urlSync touches; history calls are recorded. */
function fakeWindow(search: string) {
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const location = { search };
  const record = (kind: 'push' | 'replace') => (_: unknown, __: string, url: string) => {
    calls.push({ kind, url });
    location.search = url;
  };
  const win = {
    location,
    history: { replaceState: record('replace'), pushState: record('push') },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return { win: win as unknown as Window, calls };
}

describe('urlSync during a slider drag', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    useAtlas.setState(useAtlas.getInitialState(), true);
  });
  afterEach(() => vi.useRealTimers());

  it('replaces the address about once a second while changes stream in, and right after they rest', () => {
    const { win, calls } = fakeWindow('?v=1&loss=huber&axis=residual&delta=1');
    const stop = startUrlSync(win);
    calls.length = 0;
    // 2.5 s of a drag at 60 frames a second.
    for (let f = 0; f < 150; f++) {
      useAtlas.getState().setParam('delta', 1 + f / 100);
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
});
