/** Which names a formula may use as parameters, and the message for each kind it may not. */

/** Words of the grammar itself. */
export const KEYWORDS = new Set(['if', 'then', 'else', 'and', 'or', 'not']);

/** Names that read as code in a script: refused outright so a formula never even looks like one. */
const CODE_NAMES = new Set([
  'constructor',
  'prototype',
  'import',
  'eval',
  'alert',
  'Function',
  'function',
  'return',
  'new',
  'this',
  'window',
  'document',
  'globalThis',
  'self',
  'require',
  'process',
  'fetch',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'var',
  'let',
  'const',
  'class',
  'delete',
  'typeof',
  'instanceof',
  'async',
  'await',
  'yield',
  'export',
  'module',
  'exports',
  'setTimeout',
  'setInterval',
  'location',
]);

/** The variable of each axis and what it stands for. */
const AXIS_VARIABLES: Readonly<Record<string, string>> = {
  r: 'the residual',
  m: 'the margin',
  z: 'the logit',
  p: 'the probability',
  x: 'the general axis',
};

export const MAX_PARAMS = 8;
export const MAX_NAME_LENGTH = 24;

/** Why `name` cannot be a parameter of a formula in `variable`, or undefined when it can. */
export function parameterRefusal(name: string, variable: string, reserved: readonly string[], at: number): string | undefined {
  if (CODE_NAMES.has(name)) return `\`${name}\` is not allowed: formulas are not code (at ${at})`;
  if (KEYWORDS.has(name)) return `\`${name}\` is a word of the grammar, not a name (at ${at})`;
  const axis = Object.prototype.hasOwnProperty.call(AXIS_VARIABLES, name) ? AXIS_VARIABLES[name] : undefined;
  if (axis !== undefined && name !== variable) return `\`${name}\` is ${axis}'s variable; this view's variable is \`${variable}\` (at ${at})`;
  if (reserved.includes(name)) return `\`${name}\` is reserved by the link; choose another name (at ${at})`;
  if (name.length > MAX_NAME_LENGTH) return `the name at ${at} is ${name.length} characters long; at most ${MAX_NAME_LENGTH}`;
  return undefined;
}

/** Whether `name` is refused wherever it appears (also as a function name before `(`). */
export function isCodeName(name: string): boolean {
  return CODE_NAMES.has(name);
}
