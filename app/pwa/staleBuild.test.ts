import { describe, expect, it } from 'vitest';
import { buildIdOf } from './buildId';
import { leaveReloadNote, reloadNotice, takeReloadNote } from './reloadNote';
import { newerBuildServed } from './staleBuild';

const index = (id: string) => `<!doctype html><html><head><meta charset="UTF-8" />\n    <meta name="loss-atlas-build" content="${id}">\n</head></html>`;
const fetchOf = (res: Response | Error): typeof fetch => () => (res instanceof Error ? Promise.reject(res) : Promise.resolve(res));

describe('buildIdOf', () => {
  it('reads the build meta in either attribute order, and nothing from a page without one', () => {
    expect(buildIdOf(index('abc123-202612062330'))).toBe('abc123-202612062330');
    expect(buildIdOf('<meta content="x1" name="loss-atlas-build" />')).toBe('x1');
    expect(buildIdOf('<meta name="description" content="Loss Atlas">')).toBeUndefined();
  });
});

describe('newerBuildServed', () => {
  it('names the served build when it is not the page’s own', async () => {
    expect(await newerBuildServed('A', './', fetchOf(new Response(index('B'))))).toBe('B');
  });
  it('is undefined for the same build, an error status, a page with no build id, or no network', async () => {
    expect(await newerBuildServed('A', './', fetchOf(new Response(index('A'))))).toBeUndefined();
    expect(await newerBuildServed('A', './', fetchOf(new Response(index('B'), { status: 404 })))).toBeUndefined();
    expect(await newerBuildServed('A', './', fetchOf(new Response('<html></html>')))).toBeUndefined();
    expect(await newerBuildServed('A', './', fetchOf(new TypeError('Failed to fetch')))).toBeUndefined();
  });
});

describe('the reload note', () => {
  it('is taken once, and a reason it does not know is ignored', () => {
    const map = new Map<string, string>();
    const storage = { setItem: (k: string, v: string) => void map.set(k, v), getItem: (k: string) => map.get(k) ?? null, removeItem: (k: string) => void map.delete(k) };
    leaveReloadNote('stale', storage);
    expect(takeReloadNote(storage)).toBe('stale');
    expect(takeReloadNote(storage)).toBeUndefined();
    storage.setItem('loss-atlas:after-reload', '<b>hi</b>');
    expect(takeReloadNote(storage)).toBeUndefined();
  });
  it('survives storage that throws', () => {
    const refusing = { setItem: () => { throw new Error('denied'); }, getItem: () => { throw new Error('denied'); }, removeItem: () => undefined };
    expect(() => leaveReloadNote('handover', refusing)).not.toThrow();
    expect(takeReloadNote(refusing)).toBeUndefined();
  });
  it('names the new build in its notice', () => {
    expect(reloadNotice('handover', 'B7')).toContain('B7');
    expect(reloadNotice('stale', 'B7')).toContain('B7');
  });
});
