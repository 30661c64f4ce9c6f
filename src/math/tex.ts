import { atStepPrecision } from './paramFormat';
import type { Formula, Params, LossSpec } from './types';

type TexSpec = Pick<LossSpec, 'params' | 'options'>;

/** Formats a parameter value for TeX: short, and never in exponent notation TeX cannot read. */
export function texNumber(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : v < 0 ? '-\\infty' : '\\text{NaN}';
  const s = Number(v.toPrecision(4)).toString();
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return m ? `${m[1]}\\times 10^{${Number(m[2])}}` : s;
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '#': '\\#', '%': '\\%', _: '\\_',
  '^': '\\textasciicircum{}', '~': '\\textasciitilde{}',
};

/** A string as literal TeX text: every character TeX would read as a command is escaped. */
export function texText(s: string): string {
  return `\\text{${s.replace(/[\\{}$&#%_^~]/g, (c) => TEXT_ESCAPES[c]!)}}`;
}

// Spacing commands (\, \; \: \! \ \quad \qquad) and blanks, skipped when looking at a neighbour.
const SPACE_AFTER = /^(?:\s|\\[,;:! ]|\\q?quad(?![a-zA-Z]))*/;
const SPACE_BEFORE = /(?:\s|\\[,;:! ]|\\q?quad)*$/;
// Commands after a number that do not multiply it: relations, operators, closers, row ends.
const NOT_FACTOR =
  /^\\(?:le|leq|ge|geq|lt|gt|ne|neq|approx|equiv|sim|in|to|cdot|times|div|pm|mp|right|bigr|Bigr|biggr|Biggr|end|mid)(?![a-zA-Z])/;

/** Does `rest` (the template after a number) start with something the number multiplies? */
function startsFactor(rest: string, before: string): boolean {
  const r = rest.replace(SPACE_AFTER, '');
  if (/^[A-Za-z0-9([]|^\{\{\w+\}\}/.test(r)) return true;
  // a bar opens |…| when the bars before it are paired
  if (r.startsWith('|')) return (before.match(/(?<!\\)\|/g)?.length ?? 0) % 2 === 0;
  if (/^\\(?:big|Big|bigg|Bigg)(?![a-zA-Z])\s*[([]/.test(r)) return true;
  return /^\\[a-zA-Z]/.test(r) && !NOT_FACTOR.test(r);
}

/** Does `before` (the template up to a number) end with a factor the number multiplies? */
function endsFactor(before: string): boolean {
  const b = before.replace(SPACE_BEFORE, '');
  if (/[0-9)\]]$/.test(b)) return true;
  const word = /(\\?)[A-Za-z]+$/.exec(b);
  return word !== null && word[1] === '';
}

/** Does the number follow an operator, so that a negative value needs parentheses? */
function followsOperator(before: string): boolean {
  return /(?:[-+*/]|\\(?:cdot|times|pm|mp|div))$/.test(before.replace(SPACE_BEFORE, ''));
}

export interface TexOptions {
  /**
   * Wrap each substituted number in `\htmlData{v=name}{…}` (KaTeX: a `data-v` attribute), so a
   * typeset formula's numbers can be found and updated in place while a slider moves. For display
   * only: copied TeX leaves this off.
   */
  readonly markValues?: boolean;
  /**
   * Write each value to its slider's precision (atStepPrecision: δ = 1.50 for a 0.05 step), so the
   * numbers keep their width while a slider moves. For display; copied TeX keeps the short form.
   */
  readonly stepPrecision?: boolean;
}

/** A substituted parameter value marked for in-place updates (see TexOptions.markValues). */
export const valueMark = (name: string, tex: string) => `\\htmlData{v=${name}}{${tex}}`;
/** Every valueMark in a TeX string: (name, value's TeX). */
export const VALUE_MARKS = /\\htmlData\{v=(\w+)\}\{([^{}]*)\}/g;

/**
 * Replaces `{{name}}` placeholders with the parameter's TeX symbol, or with its current
 * value when `values` has one. A number written next to a factor gets an explicit `\cdot`
 * (δ = 1 in `{{delta}}\left(…` reads 1 · (…), not "1 (…)"), except in a sub- or superscript;
 * a negative number after an operator is parenthesised. Strings become escaped `\text{…}`.
 * Unknown names are left as `\text{name}` so a typo shows.
 */
export function renderTex(template: string, spec: TexSpec, values?: Params, opts: TexOptions = {}): string {
  const SLOT = /\{\{(\w+)\}\}((?:\s|\\[,;:! ])*)/g;
  return template.replace(SLOT, (match: string, name: string, space: string, at: number) => {
    const v = values?.[name];
    const p = spec.params.find((q) => q.name === name);
    if (typeof v === 'string') return texText(v) + space;
    if (typeof v === 'number') {
      const num = (x: number) => (opts.stepPrecision && p ? atStepPrecision(x, p) : undefined) ?? texNumber(x);
      const texNum = (x: number) => (opts.markValues ? valueMark(name, num(x)) : num(x));
      const before = template.slice(0, at);
      const after = template.slice(at + match.length);
      if (/[_^]$/.test(before)) return `{${texNum(v)}}${space}`;
      const pre = endsFactor(before) ? '\\cdot ' : '';
      const neg = v < 0 && (pre !== '' || followsOperator(before) || after.startsWith('^'));
      // the \cdot replaces any spacing the template put after the slot
      const post = startsFactor(after, before) ? '\\cdot ' : space;
      return `${pre}${neg ? `(${texNum(v)})` : `{${texNum(v)}}`}${post}`;
    }
    if (p) return `{${p.symbol}}${space}`;
    return texText(name) + space;
  });
}

/** Wraps one cell of the active branch so the renderer can mark it (KaTeX must trust `\htmlData`). */
const markActive = (tex: string, i: number) => `\\htmlData{piece=${i}, active=true}{${tex}}`;

/**
 * The whole formula as one TeX string, piecewise branches in a `cases` block. With `active`
 * (an index into the pieces), that branch's cells are wrapped in `\htmlData{piece=i, active=true}`,
 * which KaTeX turns into `data-piece` / `data-active` attributes for highlighting.
 */
export function formulaTex(f: Formula, spec: TexSpec, values?: Params, active?: number, opts: TexOptions = {}): string {
  const r = (s: string) => renderTex(s, spec, values, opts);
  if (f.pieces.length === 1 && !f.pieces[0]!.when) return `${r(f.lhs)} = ${r(f.pieces[0]!.tex)}`;
  const rows = f.pieces.map((p, i) => {
    const cells = [r(p.tex), p.when ? `\\text{if } ${r(p.when)}` : '\\text{otherwise}'];
    return (i === active ? cells.map((c) => markActive(c, i)) : cells).join(' & ');
  });
  return `${r(f.lhs)} = \\begin{cases} ${rows.join(' \\\\ ')} \\end{cases}`;
}

/** `name = value` for every parameter the formulas mention, as inline TeX: `\delta = 1.5,\; m = 1`. */
export function legendTex(formulas: readonly Formula[], spec: TexSpec, values: Params, opts: TexOptions = {}): string {
  const text = formulas.flatMap((f) => [f.lhs, ...f.pieces.flatMap((p) => [p.tex, p.when])]).join(' ');
  const used = new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!));
  return spec.params
    .filter((p) => used.has(p.name) && values[p.name] !== undefined)
    .map((p) => `${p.symbol} = ${renderTex(`{{${p.name}}}`, spec, values, opts)}`)
    .join(',\\; ');
}

const GREEK =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon phi chi psi omega';
const LOWER = 'αβγδεζηθικλμνξπρστυφχψω';
const UPPER: Readonly<Record<string, string>> = { Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω' };
const SYMBOLS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(GREEK.split(' ').map((g, i) => [g, LOWER[i]!])),
  ...UPPER, varepsilon: 'ε', varphi: 'φ',
  le: '≤', leq: '≤', ge: '≥', geq: '≥', lt: '<', gt: '>', ne: '≠', neq: '≠', approx: '≈', in: '∈', to: '→',
  cdot: '·', times: '×', pm: '±', infty: '∞', sum: 'Σ', partial: '∂', ell: 'ℓ', mid: '|',
};

/**
 * Plain Unicode text for a short TeX snippet (a branch condition), for screen-reader text and
 * titles: `|r| \le {\delta}` → `|r| ≤ δ`. Covers what conditions use; it is not a TeX parser.
 */
export function texToText(tex: string): string {
  let s = tex;
  for (let k = 0; k < 4; k++) s = s.replace(/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, '$1/$2');
  return s
    .replace(/\\(?:text|mathrm|operatorname|mathbf)\{([^{}]*)\}/g, '$1')
    .replace(/\\(?:left|right|[bB]igg?[lr]?)(?![a-zA-Z])/g, '')
    .replace(/\\!/g, '')
    .replace(/\\[,;: ]|\\q?quad(?![a-zA-Z])|~/g, ' ')
    .replace(/\\([a-zA-Z]+)/g, (_, c: string) => SYMBOLS[c] ?? c)
    .replace(/\\([{}$&#%_])|[{}]/g, (_, c: string | undefined) => c ?? '')
    .replace(/-/g, '−')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A framework call template with current values substituted; names without a value stay as the name.
 * `{{name:py}}` writes a 'true' / 'false' option as Python's True / False (PyTorch's boolean keywords).
 */
export function renderCall(code: string, values: Params): string {
  return code.replace(/\{\{(\w+)(:py)?\}\}/g, (_, name: string, py?: string) => {
    const v = values[name];
    if (py && (v === 'true' || v === 'false')) return v === 'true' ? 'True' : 'False';
    return v === undefined ? name : typeof v === 'number' ? String(Number(v.toPrecision(6))) : JSON.stringify(v);
  });
}
