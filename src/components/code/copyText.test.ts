import { describe, expect, it } from 'vitest';
import { copyMessage, writeClipboard } from './copyText';

describe('writeClipboard', () => {
  it('reports success when the Clipboard API takes the text', async () => {
    const written: string[] = [];
    const ok = await writeClipboard('x = 1', { writeText: async (t) => void written.push(t) });
    expect(ok).toBe(true);
    expect(written).toEqual(['x = 1']);
  });

  it('falls back when the API is missing, rejects or throws', async () => {
    expect(await writeClipboard('a', undefined)).toBe(false);
    expect(await writeClipboard('a', { writeText: () => Promise.reject(new Error('NotAllowedError')) })).toBe(false);
    expect(
      await writeClipboard('a', {
        writeText: () => {
          throw new Error('sync failure');
        },
      }),
    ).toBe(false);
    expect(await writeClipboard('a', {} as never)).toBe(false);
  });
});

describe('copyMessage', () => {
  it('says what happened', () => {
    expect(copyMessage('copied')).toBe('Copied');
    expect(copyMessage('manual')).toBe('Copy failed — select and copy');
  });
});
