import { describe, expect, it } from 'vitest';
import { fullscreenNotice, toggleFullscreen } from './fullscreen';

/** A document with just what toggleFullscreen touches. */
function fakeDoc(opts: { full?: boolean; enabled?: boolean; request?: () => Promise<void> }) {
  const calls: string[] = [];
  const doc = {
    fullscreenElement: opts.full ? {} : null,
    fullscreenEnabled: opts.enabled ?? true,
    exitFullscreen: () => {
      calls.push('exit');
      return Promise.resolve();
    },
    documentElement: {
      requestFullscreen:
        opts.request ??
        (() => {
          calls.push('request');
          return Promise.resolve();
        }),
    },
  };
  return { doc: doc as unknown as Document, calls };
}

describe('toggleFullscreen', () => {
  it('asks for full screen, or leaves it when in it', async () => {
    const a = fakeDoc({});
    expect(await toggleFullscreen(a.doc)).toBeUndefined();
    expect(a.calls).toEqual(['request']);
    const b = fakeDoc({ full: true });
    expect(await toggleFullscreen(b.doc)).toBeUndefined();
    expect(b.calls).toEqual(['exit']);
  });

  it('turns a refusal into its reason, in words, without throwing', async () => {
    const { doc } = fakeDoc({ request: () => Promise.reject(new TypeError('Permissions check failed')) });
    expect(await toggleFullscreen(doc)).toBe('Permissions check failed');
    const thrown = fakeDoc({
      request: () => {
        throw new Error('not allowed');
      },
    });
    expect(await toggleFullscreen(thrown.doc)).toBe('not allowed');
    const off = fakeDoc({ enabled: false });
    expect(await toggleFullscreen(off.doc)).toBe('this browser or frame does not allow it');
    expect(off.calls).toEqual([]);
    expect(fullscreenNotice('x')).toContain('Full screen is not available here (x)');
  });
});
