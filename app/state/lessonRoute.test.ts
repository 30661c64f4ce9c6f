import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LESSONS } from '../lessons';
import { RESERVED_KEYS, findLesson, lessonCodec, lessonHref, lessonReader } from './lessonCodec';
import { useApp } from './store';
import { startUrlSync } from './urlSync';

/** A window with just what urlSync touches (as in urlSync.test.ts). */
function fakeWindow(search: string) {
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const location = { search };
  const listeners = new Set<() => void>();
  const record = (kind: 'push' | 'replace') => (_: unknown, __: string, url: string) => {
    calls.push({ kind, url });
    location.search = url;
  };
  const win = {
    location,
    history: { replaceState: record('replace'), pushState: record('push') },
    addEventListener: (_: string, cb: () => void) => listeners.add(cb),
    removeEventListener: (_: string, cb: () => void) => listeners.delete(cb),
  };
  const pop = (to: string) => {
    location.search = to;
    for (const cb of listeners) cb();
  };
  return { win: win as unknown as Window, calls, pop };
}

const app = () => useApp.getState();
const texts = () => app().notices.items.map((n) => n.text);
const softmax = LESSONS.find((l) => l.id === 'softmax')!;

describe('the lesson registry', () => {
  it('has unique ids, at least one step each, and no field on a reserved key', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const l of LESSONS) {
      expect(l.steps.length).toBeGreaterThan(0);
      for (const f of l.fields) for (const k of f.keys(l.initial)) expect(RESERVED_KEYS).not.toContain(k);
    }
  });

  it('every lesson’s initial link reads back to its initial state with no notice', () => {
    for (const l of LESSONS) {
      const { state, notices } = lessonCodec(l).decode(lessonHref(l, l.steps.length));
      expect({ id: l.id, notices }).toEqual({ id: l.id, notices: [] });
      expect(state).toEqual({ id: l.id, step: l.steps.length, state: l.initial });
    }
  });
});

describe('lesson links', () => {
  it('clamps the step, checks the answer against the step’s choices, and notes stray keys', () => {
    const codec = lessonCodec(softmax);
    const n = softmax.steps.length;
    const far = codec.decode(`?view=lesson&id=softmax&step=${n + 5}`);
    expect(far.state.step).toBe(n);
    expect(far.notices).toEqual([`step = ${n + 5} is outside 1…${n}; set to ${n}.`]);
    const bad = codec.decode('?view=lesson&id=softmax&step=1&answer=nope&zz=1');
    expect(bad.state.answer).toBeUndefined();
    expect(bad.notices).toEqual(['answer = “nope” is not one of one, max, depends; the question is open again.', 'Ignored “zz”: not a setting of this view.']);
    expect(codec.decode('?view=lesson&id=softmax&step=1&answer=one').state.answer).toBe('one');
  });

  it('names the lesson it cannot find', () => {
    expect(findLesson('?view=lesson&id=nope', LESSONS).notice).toBe('There is no lesson “nope”; here are all the lessons.');
    expect(findLesson('?view=lesson', LESSONS).notice).toMatch(/names no lesson/);
    expect(findLesson('?id=softmax', LESSONS).lesson).toBe(softmax);
  });
});

describe('the lesson route', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    useApp.setState(useApp.getInitialState(), true);
  });
  afterEach(() => vi.useRealTimers());

  it('keeps the address as it came until the lessons load, then reads it in place with its notices', () => {
    const { win, calls } = fakeWindow('?view=lesson&id=softmax&step=9&z=1,2,3');
    const stop = startUrlSync(win);
    expect(app().route.view).toBe('lesson');
    expect(app().lesson.pending).toBe('?view=lesson&id=softmax&step=9&z=1,2,3');
    expect(calls).toEqual([{ kind: 'replace', url: '?view=lesson&id=softmax&step=9&z=1,2,3' }]);
    app().lesson.attach(lessonReader(LESSONS));
    const n = softmax.steps.length;
    expect(app().lesson.step).toBe(n);
    expect(app().lesson.state).toMatchObject({ z: [1, 2, 3] });
    expect(texts()).toEqual([`step = 9 is outside 1…${n}; set to ${n}.`]);
    expect(calls.at(-1)!.kind).toBe('replace');
    expect(new URLSearchParams(calls.at(-1)!.url).get('step')).toBe(String(n));
    stop();
  });

  it('a step is a history entry, a change inside it replaces, and back returns to the step before', () => {
    const { win, calls, pop } = fakeWindow('?v=2&view=lesson&id=softmax&step=1');
    const stop = startUrlSync(win);
    app().lesson.attach(lessonReader(LESSONS));
    calls.length = 0;
    app().lesson.goStep(2);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.kind).toBe('push');
    const atTwo = calls[0]!.url;
    app().lesson.setState({ c: 7 });
    vi.advanceTimersByTime(300);
    expect(calls.at(-1)!.kind).toBe('replace');
    expect(new URLSearchParams(calls.at(-1)!.url).get('c')).toBe('7');
    app().lesson.answer('same');
    vi.advanceTimersByTime(300);
    expect(new URLSearchParams(calls.at(-1)!.url).get('answer')).toBe('same');
    pop('?v=2&view=lesson&id=softmax&step=1');
    expect(app().lesson.step).toBe(1);
    expect(app().lesson.answers).toEqual({});
    pop(atTwo);
    expect(app().lesson.step).toBe(2);
    stop();
  });

  it('an unknown lesson leaves for the index, replacing the address, with a notice', () => {
    const { win, calls } = fakeWindow('?view=lesson&id=nope&step=2');
    const stop = startUrlSync(win);
    app().lesson.attach(lessonReader(LESSONS));
    expect(app().route.view).toBe('lessons');
    expect(texts()).toEqual(['There is no lesson “nope”; here are all the lessons.']);
    expect(calls.at(-1)).toEqual({ kind: 'replace', url: '?v=2&view=lessons' });
    expect(calls.every((c) => c.kind === 'replace')).toBe(true);
    stop();
  });
});
