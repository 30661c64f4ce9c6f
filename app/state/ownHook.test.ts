import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAKE_ENGINE } from './ownFakeEngine';
import { loadOwnWithin, OWN_FAILED, OWN_SLOW, ownEngine, ownNotice, OwnTimeout, setOwnEngine } from './ownHook';

describe('loading the formula engine', () => {
  afterEach(() => {
    vi.useRealTimers();
    setOwnEngine(undefined);
  });

  it('sets the engine once its chunk has arrived, and answers at once afterwards', async () => {
    expect(ownEngine()).toBeUndefined();
    await expect(loadOwnWithin(1000, () => Promise.resolve(FAKE_ENGINE))).resolves.toBe(FAKE_ENGINE);
    expect(ownEngine()).toBe(FAKE_ENGINE);
    let asked = false;
    const never = () => {
      asked = true;
      return new Promise<typeof FAKE_ENGINE>(() => {});
    };
    await expect(loadOwnWithin(1000, never)).resolves.toBe(FAKE_ENGINE);
    expect(asked).toBe(false);
  });

  it('gives up after its time with the slow notice, and still takes the engine when it comes late', async () => {
    vi.useFakeTimers();
    let arrive: (e: typeof FAKE_ENGINE) => void = () => {};
    const late = new Promise<typeof FAKE_ENGINE>((r) => (arrive = r));
    let settled = false;
    const caught = loadOwnWithin(5000, () => late).catch((e: unknown) => {
      settled = true;
      return e;
    });
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const e = await caught;
    expect(e).toBeInstanceOf(OwnTimeout);
    expect(ownNotice(e)).toBe(OWN_SLOW);
    arrive(FAKE_ENGINE);
    await vi.advanceTimersByTimeAsync(0);
    expect(ownEngine()).toBe(FAKE_ENGINE);
  });

  it('passes a failed fetch on, with its own notice', async () => {
    const e = await loadOwnWithin(1000, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TypeError);
    expect(ownNotice(e)).toBe(OWN_FAILED);
    expect(ownEngine()).toBeUndefined();
  });
});
