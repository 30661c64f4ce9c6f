/**
 * Typed forms of built-in losses: the formula a person would type for a registry loss's profile gives the
 * registry's values and derivatives to 1e-12 relative, on a grid over the profile's window and at its kinks.
 */
import { describe, expect, it } from 'vitest';
import { getLoss } from '../losses/registry';
import { axisVariable } from '../own/def';
import { compileExpression } from './compile';

interface Case {
  readonly id: string;
  readonly profile?: number;
  readonly text: string;
  /** Points where the registry picks another subgradient than the typed form's rule (derivative not compared). */
  readonly kinkApart?: readonly number[];
}

const W = '((c - abs(r))*(c + abs(r))/(c*c))';

const CASES: readonly Case[] = [
  { id: 'mse', text: 'r^2' },
  { id: 'mae', text: 'abs(r)' },
  { id: 'huber', text: 'where(abs(r) <= delta, 0.5*r^2, delta*(abs(r) - 0.5*delta))' },
  { id: 'smooth_l1', text: 'where(abs(r) <= beta, 0.5*r^2/beta, abs(r) - 0.5*beta)' },
  {
    id: 'log_cosh',
    text: 'if abs(r) < 1 then log1p(2*((expm1(abs(r)/2) - expm1(-abs(r)/2))/2)^2) else abs(r) + log1p(exp(-2*abs(r))) - log(2)',
  },
  // pinball at r = 0: the registry takes the mean of the two slopes, max's rule the first argument's
  { id: 'quantile', text: 'max(tau*(-r), (tau - 1)*(-r))', kinkApart: [0] },
  { id: 'bce', text: '-max(log(p), -100)' },
  { id: 'bce_logits', text: 'softplus(-z)' },
  { id: 'bce_logits', profile: 1, text: 'log(1 + exp(-m))' },
  { id: 'hinge', text: 'max(0, margin - m)' },
  { id: 'squared_hinge', text: 'max(0, margin - m)^2' },
  { id: 'zero_one', text: 'if m <= 0 then 1 else 0' },
  { id: 'soft_margin', text: 'softplus(-m)' },
  { id: 'multilabel_soft_margin', text: 'softplus(-z)' },
  { id: 'focal', text: 'alpha * softplus(-z) * sigmoid(-z)^gamma' },
  { id: 'margin_ranking', text: 'relu(-m + margin)' },
  { id: 'l1', text: 'lambda*abs(x)' },
  { id: 'l2', text: 'lambda*x^2' },
  { id: 'elastic_net', text: 'lambda*(l1_ratio*abs(x) + (1 - l1_ratio)*x^2)' },
  { id: 'gaussian_nll', text: '0.5*(log(1) + r^2/1)' },
  { id: 'contrastive', text: '0.5*x^2' },
  { id: 'contrastive', profile: 1, text: '0.5*max(0, margin - x)^2' },
  { id: 'hinge_embedding', text: 'max(0, margin - x)' },
  { id: 'hinge_embedding', profile: 1, text: 'x' },
  { id: 'cosine_embedding', text: '1 - x' },
  { id: 'cosine_embedding', profile: 1, text: 'max(0, x - margin)' },
  { id: 'welsch', text: '-expm1(-0.5*(r/c)^2)' },
  { id: 'tukey', text: `where(abs(r) >= c, c^2/6, c^2/6*(r/c)^2*(1 + ${W} + ${W}^2))` },
  { id: 'center', text: '0.5*x^2' },
  { id: 'vae_kl', text: '0.5*(x^2 + (expm1(0) - 0))' },
  { id: 'bpr', text: 'softplus(-x)' },
  { id: 'rankboost', text: 'exp(-x)' },
  { id: 'gan_g_nonsat', text: 'softplus(-z)' },
  { id: 'gan_g_minimax', text: '-softplus(z)' },
  { id: 'wgan_g', text: '-z' },
  { id: 'hinge_gan_g', text: '-z' },
  { id: 'hinge_gan_d', text: 'max(0, 1 - 2) + where(1 + z > 0, 1 + z, 0)' },
];

const agrees = (got: number, want: number) => got === want || Math.abs(got - want) <= 1e-12 * Math.max(Math.abs(got), Math.abs(want));

describe('typed forms of built-in losses match the registry', () => {
  it('covers at least 20 losses', () => {
    expect(new Set(CASES.map((c) => c.id)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES.map((c) => [`${c.id}[${c.profile ?? 0}]: ${c.text}`, c] as const))('%s', (_name, c) => {
    const spec = getLoss(c.id)!;
    const profile = spec.profiles[c.profile ?? 0]!;
    const r = compileExpression(c.text, axisVariable(profile.axis));
    if (!r.ok) throw new Error(r.error.message);
    const expr = r.expr;
    const defaults = Object.fromEntries(spec.params.map((p) => [p.name, p.default]));
    const options = Object.fromEntries((spec.options ?? []).map((o) => [o.name, o.default]));
    const q = expr.params.map((name) => {
      if (!(name in defaults)) throw new Error(`${c.id} has no parameter ${name}`);
      return defaults[name]!;
    });
    const [lo, hi] = profile.domain;
    const grid = Array.from({ length: 81 }, (_, i) => (lo * (80 - i) + hi * i) / 80);
    const kinks = [0, 1, -1, ...Object.values(defaults), ...Object.values(defaults).map((v) => -v)];
    const inside = (x: number) => x >= lo && x <= hi && (!profile.defined || (x > profile.defined[0] && x < profile.defined[1]));
    let compared = 0;
    for (const x of [...grid, ...kinks].filter(inside)) {
      const want = profile.value(x, { ...defaults, ...options });
      const got = expr.value(x, q);
      if (!agrees(got, want)) throw new Error(`value at ${x}: typed ${got}, registry ${want}`);
      if (c.kinkApart?.includes(x)) continue;
      const dWant = profile.derivative(x, { ...defaults, ...options });
      for (const [how, d] of [
        ['symbolic', expr.derivative(x, q)],
        ['dual', expr.dual(x, q)[1]],
      ] as const) {
        if (!agrees(d, dWant)) throw new Error(`${how} derivative at ${x}: typed ${d}, registry ${dWant}`);
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });
});
