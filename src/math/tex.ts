import type { Formula, Params, LossSpec } from './types';

/** Formats a parameter value for TeX: short, and never in exponent notation TeX cannot read. */
export function texNumber(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : v < 0 ? '-\\infty' : '\\text{NaN}';
  const s = Number(v.toPrecision(4)).toString();
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return m ? `${m[1]}\\times 10^{${Number(m[2])}}` : s;
}

/**
 * Replaces `{{name}}` placeholders with the parameter's TeX symbol, or with its current
 * value when `values` is given. Unknown names are left as `\text{name}` so a typo shows.
 */
export function renderTex(template: string, spec: Pick<LossSpec, 'params' | 'options'>, values?: Params): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const p = spec.params.find((q) => q.name === name);
    if (values && name in values) {
      const v = values[name];
      return typeof v === 'number' ? `{${texNumber(v)}}` : `\\text{${v}}`;
    }
    if (p) return `{${p.symbol}}`;
    return `\\text{${name}}`;
  });
}

/** The whole formula as one TeX string, piecewise branches in a `cases` block. */
export function formulaTex(f: Formula, spec: Pick<LossSpec, 'params' | 'options'>, values?: Params): string {
  const r = (s: string) => renderTex(s, spec, values);
  if (f.pieces.length === 1 && !f.pieces[0]!.when) return `${r(f.lhs)} = ${r(f.pieces[0]!.tex)}`;
  const rows = f.pieces.map((p) => `${r(p.tex)} & ${p.when ? `\\text{if } ${r(p.when)}` : '\\text{otherwise}'}`);
  return `${r(f.lhs)} = \\begin{cases} ${rows.join(' \\\\ ')} \\end{cases}`;
}

/** A framework call template with current values substituted. */
export function renderCall(code: string, values: Params): string {
  return code.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const v = values[name];
    return v === undefined ? name : typeof v === 'number' ? String(Number(v.toPrecision(6))) : JSON.stringify(v);
  });
}
