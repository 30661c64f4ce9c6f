import { describe, expect, it } from 'vitest';
import { createKatexLoader, onKatexFailureOf, type Render } from './katexLoader';

const render: Render = (tex) => `<span>${tex}</span>`;

/** A loader whose fetches fail until `network.up`, and whose retry timers wait for `fire()`. */
function harness() {
  const network = { up: false, fetches: 0 };
  const timers: { retry: () => void; ms: number }[] = [];
  const loader = createKatexLoader({
    load: () => {
      network.fetches++;
      return network.up ? Promise.resolve(render) : Promise.reject(new Error('Failed to fetch dynamically imported module'));
    },
    schedule: (retry, ms) => void timers.push({ retry, ms }),
    delaysMs: [10, 20, 40],
  });
  const fire = () => timers.shift()!.retry();
  return { network, timers, loader, fire };
}

describe('createKatexLoader', () => {
  it('loads once and hands out the render function', async () => {
    const { network, loader } = harness();
    network.up = true;
    const [a, b] = await Promise.all([loader.ensure(), loader.ensure()]);
    expect(a).toEqual({ status: 'ready', render });
    expect(b).toBe(a);
    await loader.ensure();
    expect(network.fetches).toBe(1);
  });

  it('after a failure, retries on a timer that backs off, and is ready once the network is back', async () => {
    const { network, timers, loader, fire } = harness();
    expect(await loader.ensure()).toMatchObject({ status: 'failed', attempt: 1, retryInMs: 10, reason: 'Failed to fetch dynamically imported module' });
    expect(timers.map((t) => t.ms)).toEqual([10]);
    fire();
    await expect.poll(() => loader.store.getState()).toMatchObject({ status: 'failed', attempt: 2, retryInMs: 20 });
    fire();
    await expect.poll(() => loader.store.getState()).toMatchObject({ status: 'failed', attempt: 3, retryInMs: 40 });
    fire();
    // Past the list, the last wait repeats.
    await expect.poll(() => loader.store.getState()).toMatchObject({ status: 'failed', attempt: 4, retryInMs: 40 });
    network.up = true;
    fire();
    await expect.poll(() => loader.store.getState().status).toBe('ready');
    expect(network.fetches).toBe(5);
    expect(timers).toEqual([]);
  });

  it('retries at once when asked (a formula mounts), and a stale timer then does nothing', async () => {
    const { network, loader, fire } = harness();
    await loader.ensure();
    network.up = true;
    expect(await loader.ensure()).toEqual({ status: 'ready', render });
    fire();
    expect(network.fetches).toBe(2);
    expect(loader.store.getState().status).toBe('ready');
  });

  it('treats a load that throws as a failed try', async () => {
    const loader = createKatexLoader({
      load: () => {
        throw new Error('no chunk');
      },
      schedule: () => {},
    });
    expect(await loader.ensure()).toMatchObject({ status: 'failed', attempt: 1, reason: 'no chunk' });
  });

  it('raises one notice for an outage, not one per retry', async () => {
    const { loader, fire } = harness();
    const notices: string[] = [];
    onKatexFailureOf(loader, (n) => notices.push(n));
    await loader.ensure();
    fire();
    await expect.poll(() => loader.store.getState()).toMatchObject({ attempt: 2, status: 'failed' });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/KaTeX.*did not load.*TeX source/);
  });
});
