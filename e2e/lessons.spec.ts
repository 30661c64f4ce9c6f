import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { LESSONS } from '../app/lessons';
import type { AnyLesson } from '../app/lessons/types';
import { lessonCodec, lessonHref } from '../app/state/lessonCodec';
import { expect, test } from './fixtures';

/**
 * The lesson framework over every lesson of the registry: the index, every step by link (figure, axe,
 * teacher layout, 375 px), keyboard stepping and its announcement, predict-first, link round trips and
 * malformed links. Each lesson's own claim is checked in e2e/lesson-<id>.spec.ts.
 */

const serious = (v: { impact?: string | null }) => v.impact === 'serious' || v.impact === 'critical';

async function axe(page: Page, where: string) {
  const res = await new AxeBuilder({ page }).analyze();
  const bad = res.violations.filter(serious);
  expect(bad.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const figure = (page: Page, lesson: AnyLesson, step: number) => page.getByRole('region', { name: `Figure: ${lesson.steps[step - 1]!.title}` });
const stepHeading = (page: Page, lesson: AnyLesson, step: number) => page.getByRole('heading', { level: 2, name: lesson.steps[step - 1]!.title, exact: true });
const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });
const noticeCount = (page: Page) => page.getByRole('button', { name: /^Dismiss notice/ }).count();
/** A slider's value: an <input>'s value, or aria-valuenow for a slider drawn in SVG (a draggable point). */
const sliderValue = (l: Locator) => l.evaluate((e) => (e instanceof HTMLInputElement ? e.value : (e.getAttribute('aria-valuenow') ?? '')));
const stepOf = (page: Page) => Number(new URL(page.url()).searchParams.get('step'));

/** The lesson state the address bar describes now. */
function stateInUrl(page: Page, lesson: AnyLesson) {
  return lessonCodec(lesson).decode(new URL(page.url()).search).state;
}

test('the index lists every lesson with its summary, topics and a link to it', async ({ page }) => {
  await page.goto('/?view=lessons');
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Lessons' })).toHaveAttribute('aria-current', 'page');
  const items = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(items).toHaveCount(LESSONS.length);
  for (const [i, l] of LESSONS.entries()) {
    const item = items.nth(i);
    const link = item.getByRole('link', { name: l.title, exact: true });
    await expect(link).toHaveAttribute('href', lessonHref(l));
    await expect(item).toContainText(l.summary);
    for (const t of l.topics) await expect(item).toContainText(t);
  }
  await axe(page, 'index');
  await page.getByRole('link', { name: LESSONS[0]!.title, exact: true }).click();
  await expect(stepHeading(page, LESSONS[0]!, 1)).toBeVisible();
});

for (const lesson of LESSONS) {
  test.describe(`lesson ${lesson.id}`, () => {
    for (const [i, s] of lesson.steps.entries()) {
      const n = i + 1;
      // One test per step: axe over a lesson page in two themes is heavy, and a busy machine must not
      // push a whole lesson's worth of them past one test's limit.
      test(`step ${n} opens by link with its figure, and axe is clean in both themes`, async ({ page }) => {
        for (const theme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: theme });
          await page.goto(`/?view=lesson&id=${lesson.id}&step=${n}`);
          await expect(stepHeading(page, lesson, n)).toBeVisible();
          await expect(figure(page, lesson, n)).toBeVisible();
          await expect(page.getByText(`Step ${n} of ${lesson.steps.length}`)).toBeVisible();
          expect(await noticeCount(page)).toBe(0);
          if (s.formulas) await page.locator('.lesson-formulas .katex').first().waitFor();
          await axe(page, `step ${n} (${theme})`);
        }
      });
    }

    test('at 1024×768 every step shows its figure above the fold', async ({ page }) => {
      await page.setViewportSize({ width: 1024, height: 768 });
      for (const n of lesson.steps.keys()) {
        await page.goto(`/?view=lesson&id=${lesson.id}&step=${n + 1}`);
        const box = (await figure(page, lesson, n + 1).boundingBox())!;
        // At least the figure's top 200 px is on the first screen.
        expect(box.y + 200, `step ${n + 1}`).toBeLessThanOrEqual(768);
      }
    });

    test('at 375 px nothing scrolls sideways on any step', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      for (const n of lesson.steps.keys()) {
        await page.goto(`/?view=lesson&id=${lesson.id}&step=${n + 1}`);
        await expect(figure(page, lesson, n + 1)).toBeVisible();
        // Settled layout: for a frame while formulas are typeset, the page can be 3 px wider than the screen.
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { message: `step ${n + 1}` })
          .toBeLessThanOrEqual(0);
      }
    });

    if (lesson.steps.length >= 2) {
      test('→ ← PageDown PageUp step through it, announced, and back/forward follow', async ({ page }) => {
        const count = lesson.steps.length;
        await page.goto(`/?view=lesson&id=${lesson.id}&step=1`);
        await stepHeading(page, lesson, 1).click();
        const announcer = page.locator('#lesson-announcer');
        const expectAt = async (n: number) => {
          await expect(stepHeading(page, lesson, n)).toBeFocused();
          await expect(announcer).toHaveText(`Step ${n} of ${count}: ${lesson.steps[n - 1]!.title}`);
          await expect.poll(() => stepOf(page)).toBe(n);
        };
        await page.keyboard.press('ArrowRight');
        await expectAt(2);
        await page.keyboard.press('ArrowLeft');
        await expectAt(1);
        await page.keyboard.press('PageDown');
        await expectAt(2);
        if (count >= 3) {
          await page.keyboard.press('PageDown');
          await expectAt(3);
          await page.keyboard.press('PageUp');
          await expectAt(2);
        }
        // ← on the first step and → on the last go nowhere.
        await page.getByRole('button', { name: '← Previous' }).click();
        await expectAt(1);
        await page.keyboard.press('ArrowLeft');
        await expect(stepHeading(page, lesson, 1)).toBeVisible();
        // Each step was a history entry: back returns to the one before.
        await page.getByRole('button', { name: 'Next →' }).click();
        await expect(stepHeading(page, lesson, 2)).toBeVisible();
        await page.goBack();
        await expect(stepHeading(page, lesson, 1)).toBeVisible();
        await page.goForward();
        await expect(stepHeading(page, lesson, 2)).toBeVisible();
        // Keys that a slider uses stay with the slider.
        const slider = figure(page, lesson, 2).getByRole('slider').first();
        if ((await slider.count()) > 0) {
          await slider.focus();
          await slider.press('ArrowRight');
          await slider.press('ArrowLeft');
          await expect(stepHeading(page, lesson, 2)).toBeVisible();
          expect(stepOf(page)).toBe(2);
        }
      });
    }

    for (const [i, s] of lesson.steps.entries()) {
      const predict = s.predict;
      if (!predict) continue;
      test(`step ${i + 1}: predict first, then the figure and the explanation`, async ({ page }) => {
        const n = i + 1;
        const right = predict.answer(lesson.initial);
        const wrong = predict.choices.find((c) => c.id !== right)!;
        await page.goto(`/?view=lesson&id=${lesson.id}&step=${n}`);
        await page.getByRole('button', { name: 'Check my answer' }).click();
        await expect(page.getByRole('alert')).toHaveText('Choose an answer first.');
        await page.getByRole('radio', { name: wrong.label, exact: true }).check();
        await page.getByRole('button', { name: 'Check my answer' }).click();
        const verdict = page.locator('.predict-verdict');
        await expect(verdict).toBeFocused();
        await expect(verdict).toContainText('Not quite');
        await expect(verdict).toContainText(predict.choices.find((c) => c.id === right)!.label);
        await expect.poll(() => new URL(page.url()).searchParams.get('answer')).toBe(wrong.id);
        await expect(page.locator('.predict-explain')).not.toBeEmpty();
        await axe(page, `step ${n} revealed`);
        // The answer travels in the link: reloading keeps it revealed.
        await page.reload();
        await expect(page.locator('.predict-verdict')).toContainText('Not quite');
        await page.getByRole('button', { name: 'Ask me again' }).click();
        await expect.poll(() => new URL(page.url()).searchParams.get('answer')).toBeNull();
        await page.getByRole('radio', { name: predict.choices.find((c) => c.id === right)!.label, exact: true }).check();
        await page.getByRole('button', { name: 'Check my answer' }).click();
        await expect(page.locator('.predict-verdict')).toContainText('Right');
        await expect.poll(() => new URL(page.url()).searchParams.get('answer')).toBe(right);
      });
    }

    test('a changed lesson survives a reload of its link', async ({ page }) => {
      // The first step with a slider in its figure.
      let found = false;
      for (const n of lesson.steps.keys()) {
        await page.goto(`/?view=lesson&id=${lesson.id}&step=${n + 1}`);
        const answerFirst = lesson.steps[n]!.predict;
        if (answerFirst) {
          await page.getByRole('radio').first().check();
          await page.getByRole('button', { name: 'Check my answer' }).click();
        }
        const slider = figure(page, lesson, n + 1).getByRole('slider').first();
        if ((await slider.count()) === 0) continue;
        found = true;
        const before = page.url();
        await slider.focus();
        for (let k = 0; k < 3; k++) await slider.press('ArrowRight');
        const value = await sliderValue(slider);
        // The link follows a drag once it rests: wait until it holds the number the slider shows (an SVG
        // slider's value text may name its parts, "x 0.3, y 0", so its aria-valuenow is used).
        const isInput = await slider.evaluate((e) => e instanceof HTMLInputElement);
        const shown = isInput ? ((await slider.getAttribute('aria-valuetext')) ?? value) : value;
        await expect.poll(() => decodeURIComponent(page.url())).toMatch(new RegExp(`[=,]${shown.replace(/[.+-]/g, '\\$&')}(&|,|$)`));
        const state = stateInUrl(page, lesson);
        expect(state).not.toEqual(lessonCodec(lesson).decode(before.slice(before.indexOf('?'))).state);
        await page.reload();
        await expect.poll(() => sliderValue(figure(page, lesson, n + 1).getByRole('slider').first())).toBe(value);
        expect(stateInUrl(page, lesson)).toEqual(state);
        break;
      }
      expect(found, 'some step has a slider to change').toBe(true);
    });

    test('malformed links give a notice and a working page', async ({ page }) => {
      const count = lesson.steps.length;
      await page.goto(`/?view=lesson&id=${lesson.id}&step=99`);
      await expect(notices(page)).toContainText(`step = 99 is outside 1…${count}; set to ${count}.`);
      await expect(stepHeading(page, lesson, count)).toBeVisible();
      await expect.poll(() => stepOf(page)).toBe(count);

      await page.goto(`/?view=lesson&id=${lesson.id}&step=two`);
      await expect(notices(page)).toContainText('step = “two” is not a step number');
      await expect(stepHeading(page, lesson, 1)).toBeVisible();

      const key = lesson.fields[0]?.keys(lesson.initial)[0];
      if (key) {
        await page.goto(`/?view=lesson&id=${lesson.id}&step=1&${key}=%3F%3F&stray=1`);
        await expect(notices(page)).toContainText(`${key} = “??”`);
        await expect(notices(page)).toContainText('Ignored “stray”');
        await expect(figure(page, lesson, 1)).toBeVisible();
      }

      const asks = lesson.steps.findIndex((s) => s.predict);
      if (asks >= 0) {
        await page.goto(`/?view=lesson&id=${lesson.id}&step=${asks + 1}&answer=nonsense`);
        await expect(notices(page)).toContainText('answer = “nonsense” is not one of');
        await expect(page.getByRole('button', { name: 'Check my answer' })).toBeVisible();
      }
    });
  });
}

test('a link to an unknown lesson opens the index with a notice', async ({ page }) => {
  await page.goto('/?view=lesson&id=no-such-lesson&step=2');
  await expect(notices(page)).toContainText('There is no lesson “no-such-lesson”');
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('lessons');
  expect(new URL(page.url()).searchParams.get('id')).toBeNull();
  await page.goto('/?view=lesson');
  await expect(notices(page)).toContainText('The link names no lesson');
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
});
