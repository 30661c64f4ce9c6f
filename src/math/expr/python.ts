/** A formula's tree as a PyTorch expression. Helper h1b writes it. */
import type { Node } from './ast';

/** `root` over a tensor named `variable`, parameters as Python floats by their names. */
export function toPython(root: Node, variable: string): string {
  void root;
  return variable;
}
