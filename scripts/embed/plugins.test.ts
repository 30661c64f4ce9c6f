import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { withoutUnshownProse } from './plugins';

type Transform = (this: { parse: typeof parseAst }, code: string, id: string) => { code: string } | undefined;
const transform = withoutUnshownProse().transform as unknown as Transform;
const run = (code: string, id = '/repo/src/math/losses/huber.ts') => transform.call({ parse: parseAst }, code, id);

const SPEC = `
const other = { description: 'kept: not a loss spec' };
export const huber = {
  id: 'huber',
  title: 'Huber',
  purpose: 'Regression that tolerates outliers',
  description: 'Quadratic near zero, linear in the tails.',
  reduction: 'mean over samples',
  params: [{ name: 'delta', meaning: 'kept: a slider shows it' }],
  profiles: [{ axis: 'residual' }],
  calls: { pytorch: { code: 'torch.nn.HuberLoss(delta={{delta}})' } },
};
`;

describe("the element build's loss specs", () => {
  it('lose their description, purpose, reduction and framework calls, and nothing else', () => {
    const out = run(SPEC)!.code;
    expect(out).not.toMatch(/tolerates|Quadratic|mean over samples|torch/);
    expect(out).toContain("purpose: ''");
    expect(out).toContain('calls: {}');
    expect(out).toContain('kept: not a loss spec');
    expect(out).toContain('kept: a slider shows it');
    expect(out).toContain("title: 'Huber'");
    // Still a program that builds the same object otherwise.
    const mod = new Function(`${out.replace('export const', 'const')}; return huber;`)() as Record<string, unknown>;
    expect(mod).toMatchObject({ id: 'huber', title: 'Huber', description: '', purpose: '', reduction: '', calls: {} });
  });

  it('leave other files and the registry tests alone', () => {
    expect(run(SPEC, '/repo/src/math/numerics.ts')).toBeUndefined();
    expect(run(SPEC, '/repo/src/math/losses/huber.test.ts')).toBeUndefined();
  });
});
