/**
 * A sorted word list, front-coded: each word is the number of letters it shares with the word
 * before (one digit, at most 9) followed by the rest of its letters. Lower-case a-z words only,
 * so the digits mark where each word starts. A 1,900-word verb list takes about 8 KB this way
 * instead of 14 KB, in every bundle that classifies statements.
 */
export function packWords(sortedWords: readonly string[]): string {
  let packed = '';
  let previous = '';
  for (const word of sortedWords) {
    if (!/^[a-z]+$/.test(word)) throw new Error(`"${word}" is not a lower-case a-z word`);
    let shared = 0;
    while (shared < 9 && word[shared] !== undefined && word[shared] === previous[shared]) shared++;
    packed += `${shared}${word.slice(shared)}`;
    previous = word;
  }
  return packed;
}

export function unpackWords(packed: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  for (const [, shared = '0', rest = ''] of packed.matchAll(/(\d)([a-z]*)/g)) {
    previous = previous.slice(0, Number(shared)) + rest;
    words.add(previous);
  }
  return words;
}
