import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LOSSES } from '../../math/losses';
import { getLoss } from '../../math/losses';
import { withDefaults } from '../../math/tensor';
import { renderCall } from '../../math/tex';
import { FRAMEWORKS, FrameworkCalls, missingLine, nextTab } from './FrameworkCalls';

const html = (id: string, params = {}) => renderToStaticMarkup(createElement(FrameworkCalls, { spec: getLoss(id)!, params }));

describe('nextTab', () => {
  it('wraps with the arrows and jumps with Home and End', () => {
    expect(nextTab('ArrowRight', 0, 3)).toBe(1);
    expect(nextTab('ArrowRight', 2, 3)).toBe(0);
    expect(nextTab('ArrowLeft', 0, 3)).toBe(2);
    expect(nextTab('Home', 2, 3)).toBe(0);
    expect(nextTab('End', 0, 3)).toBe(2);
    expect(nextTab('Enter', 1, 3)).toBeUndefined();
  });
});

describe('missingLine', () => {
  it('names the framework and the loss', () => {
    expect(missingLine('PyTorch', { title: 'Hinge', family: 'binary' })).toBe('PyTorch has no built-in Hinge loss.');
    expect(missingLine('TF.js', { title: '0-1 loss', family: 'binary' })).toBe('TF.js has no built-in 0-1 loss.');
    expect(missingLine('Keras', { title: 'L1 regularization', family: 'regularization' })).toBe(
      'Keras has no built-in L1 regularization.',
    );
  });
});

describe('FrameworkCalls markup', () => {
  it('renders three tabs, one visible panel, and the call with current values', () => {
    const out = html('huber', { delta: 1.5 });
    expect(out.match(/role="tab"/g)).toHaveLength(3);
    expect(out.match(/role="tabpanel"/g)).toHaveLength(3);
    expect(out.match(/aria-selected="true"/g)).toHaveLength(1);
    expect(out.match(/role="tabpanel"[^>]*hidden=""/g)).toHaveLength(2);
    expect(out).toContain('torch.nn.HuberLoss(delta=1.5)');
    expect(out).toContain('aria-label="Copy code for Huber in PyTorch"');
  });

  it('fills missing parameters with defaults', () => {
    expect(html('huber')).toContain('torch.nn.HuberLoss(delta=1)');
  });

  it('opens on the first framework that has the loss and says where one lacks it', () => {
    const out = html('hinge');
    expect(out).toMatch(/aria-selected="true"[^>]*>Keras</);
    expect(out).toContain('PyTorch has no built-in Hinge loss.');
    expect(out).toContain('The margin is fixed at 1');
  });

  it('carries the convention notes the issue names', () => {
    const notes = (id: string) => Object.values(getLoss(id)!.calls).map((c) => c.note ?? '').join(' ');
    expect(notes('smooth_l1')).toMatch(/Huber/);
    expect(getLoss('hinge')!.calls.keras?.note).toMatch(/margin is fixed/i);
    expect(getLoss('kl_div')!.calls.pytorch?.note).toMatch(/log-probabilities/);
    expect(getLoss('focal')!.calls.pytorch?.note).toMatch(/'none'/);
  });

  it.each(LOSSES.map((l) => [l.id] as const))('%s renders without leftover placeholders, in every framework', (id) => {
    const out = html(id);
    expect(out).not.toMatch(/\{\{|\}\}/);
    expect(out.match(/role="tab"/g)).toHaveLength(FRAMEWORKS.length);
    // Only the open panel carries its call; each framework's call is filled in the same way.
    const spec = getLoss(id)!;
    for (const call of Object.values(spec.calls)) expect(renderCall(call.code, withDefaults(spec, {}))).not.toMatch(/\{\{|\}\}/);
  });

  it('fills only the open panel, so a moving slider rewrites one call', () => {
    const out = html('huber', { delta: 1.5 });
    expect(out).toContain('torch.nn.HuberLoss(delta=1.5)');
    expect(out).not.toContain('keras.losses.Huber(');
    expect(out.match(/<code>/g)).toHaveLength(1);
  });
});
