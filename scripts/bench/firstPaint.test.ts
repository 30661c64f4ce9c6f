import { describe, expect, it } from 'vitest';
import { calibrationPage, summarizeLoads } from './firstPaint';

describe('first-paint calibration page', () => {
  it('is exactly as many bytes as asked, with text to paint and no script', () => {
    for (const n of [2000, 123_457, 400_000]) {
      const page = calibrationPage(n);
      expect(Buffer.byteLength(page)).toBe(n);
      expect(page).toMatch(/<p>[^<]+<\/p>/);
      expect(page).not.toMatch(/<script/i);
    }
  });
});

describe('summarizeLoads', () => {
  it('takes medians of FCP, LCP and the longest task before FCP, and counts loads with one', () => {
    const load = (fcp: number, lcp: number, longest: number) => ({ fcp, lcp, longestTaskBeforeFcp: longest, longTasksBeforeFcp: [] });
    expect(summarizeLoads([load(300, 400, 0), load(100, 200, 60), load(200, 500, 0), load(250, 450, 80)])).toEqual({
      runs: 4,
      fcp_median_ms: 225,
      lcp_median_ms: 425,
      longest_task_before_fcp_median_ms: 30,
      longest_task_before_fcp_max_ms: 80,
      loads_with_a_long_task_before_fcp: 2,
    });
  });
});
