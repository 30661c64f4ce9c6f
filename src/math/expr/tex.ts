/** A formula's tree in TeX. Helper h1b writes it. */
import type { Node } from './ast';

/** The TeX symbol of a parameter named `name` (alpha → \alpha, a2 → a_2, long names upright). */
export function paramSymbol(name: string): string {
  return name;
}

/** `root` in TeX with parameters as `{{name}}` placeholders; undefined when longer than `maxLength` characters. */
export function toTex(root: Node, variable: string, maxLength = 4000): string | undefined {
  void root;
  void maxLength;
  return variable;
}
