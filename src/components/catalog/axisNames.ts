import type { Axis } from '../../math/types';

/** Each x-axis named in words, as the UI says it ("over the margin y·f"). */
export const AXIS_NAMES: Readonly<Record<Axis, string>> = {
  residual: 'residual',
  margin: 'margin y·f',
  logit: 'logit',
  probability: 'probability',
  distance: 'distance',
  similarity: 'similarity',
  weight: 'weight',
  overlap: 'overlap',
  offset: 'box offset',
  difference: 'score difference',
  rate: 'predicted rate',
  latent: 'latent mean',
};

/** The plural, for sentences such as "its loss is a function of distances". */
export const AXIS_PLURALS: Readonly<Record<Axis, string>> = {
  residual: 'residuals',
  margin: 'margins y·f',
  logit: 'logits',
  probability: 'probabilities',
  distance: 'distances',
  similarity: 'similarities',
  weight: 'weights',
  overlap: 'overlaps',
  offset: 'box offsets',
  difference: 'score differences',
  rate: 'predicted rates',
  latent: 'latent means',
};
