import { normals } from '../random';
import { LossInputError, sameLength, vec } from '../tensor';
import type { Inputs, Params, Profile } from '../types';

export const GOODFELLOW = { label: 'Goodfellow et al. 2014, Generative Adversarial Nets', url: 'https://arxiv.org/abs/1406.2661' };

/** The discriminator's logit (or critic's score) on the real sample in the discriminator losses' profiles. */
export const REAL_HELD = 2;

/** A non-empty vector input. */
export function scores(inputs: Inputs, name: string): readonly number[] {
  const v = vec(inputs, name);
  if (v.length === 0) throw new LossInputError('a batch needs at least one sample');
  return v;
}

/** The real and fake vectors of a discriminator loss, checked to be the same length. */
export function realAndFake(inputs: Inputs, real: string, fake: string): [readonly number[], readonly number[]] {
  const r = vec(inputs, real);
  const f = vec(inputs, fake);
  sameLength(r, f);
  return [r, f];
}

interface FakeProfileOptions {
  /** Name of the fake-sample input, and of the real one for a discriminator loss. */
  readonly fake: string;
  readonly real?: string;
  /** Who reads the sample, and what it outputs: a logit (standard GAN) or an unbounded score (WGAN, hinge GAN). */
  readonly role: 'discriminator' | 'critic';
  readonly output: 'logit' | 'score';
  readonly value: (x: number, p: Params) => number;
  readonly derivative: (x: number, p: Params) => number;
  readonly piece?: (x: number, p: Params) => number;
}

/** The profile over the discriminator's output on one fake sample (for a D loss, with the real one held). */
export function fakeProfile(o: FakeProfileOptions): Profile {
  const base = `the ${o.role}`;
  return {
    axis: 'logit',
    label: `${o.role} ${o.output} on a fake sample D(G(z))`,
    xTex: 'D(G(z))',
    xText: 'D(G(z))',
    domain: [-6, 6],
    held: o.real
      ? `one real and one fake sample; ${base} gives the real one ${REAL_HELD}`
      : `one fake sample; the further below 0, the more surely ${base} calls it fake`,
    value: o.value,
    derivative: o.derivative,
    ...(o.piece ? { piece: o.piece } : {}),
    batch: (x) => ({
      inputs: o.real ? { [o.real]: [REAL_HELD], [o.fake]: [x] } : { [o.fake]: [x] },
      dx: (g) => (g[o.fake] as number[])[0]!,
    }),
  };
}

export const sampleOutputs = (rng: () => number, n: number): number[] => normals(rng, n, 3);
