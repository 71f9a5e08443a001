import type { Random } from '../createRandom';

const FIRST: Readonly<Record<'pl' | 'en', readonly [string, ...string[]]>> = {
  pl: ['Anna', 'Piotr', 'Maria', 'Tomasz', 'Katarzyna', 'Paweł', 'Magdalena', 'Michał', 'Agnieszka', 'Krzysztof', 'Zuzanna', 'Jakub', 'Julia', 'Szymon', 'Lena', 'Antoni', 'Oliwia', 'Filip', 'Hanna', 'Marek'],
  en: ['Olivia', 'George', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'Noah', 'Emily', 'Oscar', 'Sophie', 'James', 'Grace', 'Thomas', 'Chloe', 'William', 'Ruby', 'Daniel', 'Alice', 'Samuel'],
};

const LAST: Readonly<Record<'pl' | 'en', readonly [string, ...string[]]>> = {
  // Surnames that do not change with gender (no -ski/-ska), so any first name fits.
  pl: ['Nowak', 'Wójcik', 'Kowalczyk', 'Mazur', 'Krawczyk', 'Kaczmarek', 'Zając', 'Król', 'Wieczorek', 'Wróbel', 'Dudek', 'Adamczyk', 'Pawlak', 'Walczak', 'Sikora', 'Baran', 'Szewczyk', 'Michalak', 'Lis', 'Kubiak'],
  en: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke'],
};

/** A plausible display name in the given language (names may repeat, as they do in real firms). @internal */
export function syntheticName(random: Random, language: 'pl' | 'en'): string {
  return `${random.pick(FIRST[language])} ${random.pick(LAST[language])}`;
}
