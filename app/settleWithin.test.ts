import { afterEach, describe, expect, it, vi } from 'vitest';
import { settleWithin } from './settleWithin';

afterEach(() => vi.useRealTimers());

describe('a bounded wait', () => {
  it('passes a value that comes in time, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    await expect(settleWithin(Promise.resolve(3), 1000, () => new Error('late'))).resolves.toBe(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with the late error once the time is up, not a moment before', async () => {
    vi.useFakeTimers();
    let why: unknown;
    const p = settleWithin(new Promise<never>(() => {}), 1000, () => new Error('late')).catch((e: unknown) => (why = e));
    await vi.advanceTimersByTimeAsync(999);
    expect(why).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await p;
    expect((why as Error).message).toBe('late');
  });

  it('turns a rejection that is not an Error into one', async () => {
    await expect(settleWithin(Promise.reject('chunk gone'), 1000, () => new Error('late'))).rejects.toThrow(new Error('chunk gone'));
  });
});
