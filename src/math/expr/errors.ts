/** The parser's fault: a short message in our own words and the 1-based character position it points at. */
export class FormulaError extends Error {
  constructor(
    message: string,
    readonly at?: number,
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}
