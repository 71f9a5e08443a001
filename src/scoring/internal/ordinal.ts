const EN = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const PL = [
  'pierwszy',
  'drugi',
  'trzeci',
  'czwarty',
  'piąty',
  'szósty',
  'siódmy',
  'ósmy',
  'dziewiąty',
  'dziesiąty',
];

/**
 * "second choice" / "choice no. 12": a rank of a person's list of preferences in English, in
 * words up to the tenth.
 *
 * @internal
 */
export function choiceEn(rank: number): string {
  const word = EN[rank - 1];
  return word === undefined ? `choice no. ${rank}` : `${word} choice`;
}

/**
 * "drugi wybór" / "wybór nr 12": a rank in Polish (the masculine nominative agrees with
 * `wybór`), in words up to the tenth.
 *
 * @internal
 */
export function choicePl(rank: number): string {
  const word = PL[rank - 1];
  return word === undefined ? `wybór nr ${rank}` : `${word} wybór`;
}
