// munkres-js 1.2.2 is CommonJS without type declarations; this declares the one call the tests use.
declare module 'munkres-js' {
  /** Textbook Munkres: the `[row, col]` pairs of a minimum-cost assignment (pads to square with 0). */
  function munkres(costMatrix: number[][]): Array<[number, number]>;
  export default munkres;
}
