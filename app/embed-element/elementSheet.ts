import chartsCss from '../../src/components/charts/charts.css?inline';
import readoutCss from '../../src/components/readout/readout.css?inline';
import elementCss from './element.css?inline';

let sheet: CSSStyleSheet | undefined;

/**
 * One constructed stylesheet for every element on the page: the theme and the components' own CSS.
 * Constructed sheets are adopted by shadow roots and need no `<style>` (which a strict policy refuses).
 */
export function elementSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync([elementCss, chartsCss, readoutCss].join('\n'));
  }
  return sheet;
}
