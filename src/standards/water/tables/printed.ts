/**
 * A limit as printed in a standard: a plain decimal in text (`'0.5'`, `'1.0'`, `'40000'`), so the
 * tables read like the page and every limit is exact as a decimal.
 *
 * @category Water
 */
export type PrintedDecimal = `${number}`
