/**
 * A header, a word or a name as compared with the known ones: without case, diacritics
 * (`Imię` → `imie`, `ł` → `l`) or punctuation (`Date_of_Birth`, `Date of birth` and `date-of-birth`
 * alike: `date_of_birth`; `Employee #` → `employee_number`).
 *
 * @internal
 */
export function normalName(text: string): string {
  return text
    .replace(/#/g, ' number ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
