import { describe, expect, it } from 'vitest';
import { changedParams, changeMessage, heightMessage, mergeQuery, paramsOfQuery, readHostMessage, readyMessage } from './protocol';

describe('readHostMessage', () => {
  it('leaves other pages’ messages alone', () => {
    for (const data of [null, undefined, 'set', 42, [], { type: 'set', params: { delta: 1 } }, { source: 'loss-atlas', type: 'ready' }]) {
      expect(readHostMessage(data)).toBeNull();
    }
  });

  it('reads a set message into link values', () => {
    const read = readHostMessage({ source: 'loss-atlas-host', type: 'set', params: { delta: 1.5, loss: 'huber,mse', 'margin.hinge': 2, lambda: 1e-7 } });
    expect(read).toEqual({
      ok: true,
      message: { source: 'loss-atlas-host', type: 'set', params: { delta: '1.5', loss: 'huber,mse', 'margin.hinge': '2', lambda: '1e-7' } },
    });
  });

  it('refuses malformed messages with a reason', () => {
    const bad = (data: unknown, why: RegExp) => {
      const read = readHostMessage(data);
      expect(read?.ok).toBe(false);
      expect(read && !read.ok && read.why).toMatch(why);
    };
    bad({ source: 'loss-atlas-host', type: 'get' }, /unknown message type/);
    bad({ source: 'loss-atlas-host', type: 'set' }, /params/);
    bad({ source: 'loss-atlas-host', type: 'set', params: 'delta=1' }, /params/);
    bad({ source: 'loss-atlas-host', type: 'set', params: [1] }, /params/);
    bad({ source: 'loss-atlas-host', type: 'set', params: {} }, /empty/);
    bad({ source: 'loss-atlas-host', type: 'set', params: { delta: Number.NaN } }, /finite number/);
    bad({ source: 'loss-atlas-host', type: 'set', params: { delta: Infinity } }, /finite number/);
    bad({ source: 'loss-atlas-host', type: 'set', params: { delta: { x: 1 } } }, /finite number/);
    bad({ source: 'loss-atlas-host', type: 'set', params: { delta: 'x'.repeat(5000) } }, /short string/);
    bad({ source: 'loss-atlas-host', type: 'set', params: { '<b>': 1 } }, /not a setting name/);
    bad({ source: 'loss-atlas-host', type: 'set', params: { __proto__x: 1, Delta: 1 } }, /not a setting name/);
    for (const key of ['view', 'v', 'embed', 'controls', 'present']) bad({ source: 'loss-atlas-host', type: 'set', params: { [key]: '1' } }, /cannot be set by message/);
    bad({ source: 'loss-atlas-host', type: 'set', params: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`p${i}`, i])) }, /at most 64/);
  });
});

describe('params', () => {
  it('are a link query’s fields, numbers as numbers, without version, view or display keys', () => {
    expect(paramsOfQuery('?v=2&view=surface&loss=mse,huber&delta=1.5&x=-4,4&w=1,0.5&embed=1&controls=delta&reg=l2&n=60')).toEqual({
      loss: 'mse,huber',
      delta: 1.5,
      x: '-4,4',
      w: '1,0.5',
      reg: 'l2',
      n: 60,
    });
    // Text that only looks like a number stays text.
    expect(paramsOfQuery('?a=0x10&b=&c=1e999&d=-0.5')).toEqual({ a: '0x10', b: '', c: '1e999', d: -0.5 });
  });

  it('changes are the names whose values differ or appear on one side only', () => {
    expect(changedParams({ delta: 1.5, loss: 'huber', at: 2 }, { delta: 1.55, loss: 'huber', tau: 0.5 })).toEqual(['delta', 'at', 'tau']);
    expect(changedParams({ delta: 1 }, { delta: 1 })).toEqual([]);
  });

  it('a host’s values replace the link’s and the rest stay', () => {
    expect(mergeQuery('?v=2&loss=huber&delta=1&x=-4,4', { delta: '2.5', tau: '0.1' })).toBe('?v=2&loss=huber&delta=2.5&x=-4%2C4&tau=0.1');
  });
});

describe('frame messages', () => {
  it('carry their source, type and view', () => {
    expect(readyMessage('explorer', 420, { delta: 1 })).toEqual({ source: 'loss-atlas', type: 'ready', view: 'explorer', height: 420, params: { delta: 1 } });
    expect(heightMessage('surface', 900)).toEqual({ source: 'loss-atlas', type: 'height', view: 'surface', height: 900 });
    expect(changeMessage('explorer', { delta: 2 }, ['delta'])).toEqual({ source: 'loss-atlas', type: 'change', view: 'explorer', params: { delta: 2 }, changed: ['delta'] });
  });
});
