import { describe, expect, it } from 'vitest';
import { presentTitle } from './presentTitle';

describe('presentTitle', () => {
  it('names the drawn losses in the explorer, the lesson by its title, and every other view', () => {
    expect(presentTitle('explorer', ['huber', 'mse'], undefined)).toBe('Huber vs Mean squared error');
    expect(presentTitle('explorer', [], undefined)).toBe('Loss curves');
    expect(presentTitle('lesson', [], 'Saturation')).toBe('Saturation');
    expect(presentTitle('surface', ['huber'], 'x')).toBe('Loss surfaces');
  });
});
