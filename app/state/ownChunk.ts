import { derivativeCheckText } from '../../src/math/expr/derivativeCheck';
import { undefinedParts } from '../../src/math/expr/domain';
import { compileOwn, installOwn } from '../../src/math/own/install';
import type { OwnEngine } from './ownHook';

/** The lazily loaded part of typed losses: the parser, the spec builder, the domain words and the derivative's check. */
export const OWN_ENGINE: OwnEngine = { compileOwn, installOwn, undefinedParts, derivativeCheckText };
