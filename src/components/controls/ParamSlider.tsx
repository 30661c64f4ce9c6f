import { Formula } from '../formula/Formula';
import { ParamSliderCore, type ParamSliderProps } from './ParamSliderCore';

export { clampToSpec, type ParamSliderProps } from './ParamSliderCore';

/**
 * A labelled range slider plus a number field for one parameter, its symbol typeset by KaTeX
 * (ParamSliderCore has the inputs; log scale, clamping and the live value text are described there).
 */
export function ParamSlider(props: ParamSliderProps) {
  return <ParamSliderCore {...props} symbol={<Formula tex={props.spec.symbol} display={false} />} />;
}
