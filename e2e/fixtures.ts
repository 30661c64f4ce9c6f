import { test as base, expect } from '@playwright/test';

/** A test whose page fails on any uncaught page error or console error it did not expect. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The number in a readout cell, e.g. "1.35" → 1.35. */
export function parseReadout(text: string | null): number {
  const v = Number((text ?? '').trim());
  if (!Number.isFinite(v)) throw new Error(`readout "${text}" is not a number`);
  return v;
}
