import { PACKED_VERBS } from './lexicon';
import { unpackWords } from './packed-words';
import {
  CHANGE_VERBS,
  COUNT_VERBS,
  DIRECTION_VERBS,
  IRREGULAR_PARTICIPLES,
  KEEP_VERBS,
  TASK_VERBS,
} from './vocabulary';

/** Unpacked on first use, so loading Code.js for a score costs nothing. */
let verbs: Set<string> | undefined;
const IRREGULAR = new Map<string, string>(IRREGULAR_PARTICIPLES);

/** Suffixes that make a verb of almost any stem: "digitalize", "automate", "simplify". */
export const VERB_SUFFIX = /(?:i[sz]e|ate|ify)$/;

/** A word English uses as a verb (the lexicon's infinitives, and verb-making suffixes). */
export function isVerb(word: string): boolean {
  // The lexicon and the rules' own verb lists: "track" is a noun to the lexicon.
  verbs ??= new Set([
    ...unpackWords(PACKED_VERBS),
    ...DIRECTION_VERBS,
    ...CHANGE_VERBS,
    ...COUNT_VERBS,
    ...TASK_VERBS,
    ...KEEP_VERBS,
  ]);
  return verbs.has(word) || (word.length > 5 && VERB_SUFFIX.test(word));
}

/**
 * The verb a past participle comes from: "enhanced" is "enhance", "planned" "plan",
 * "simplified" "simplify"; null for a word that is not one ("red", "need", "exists").
 */
export function participleOf(word: string): string | null {
  const irregular = IRREGULAR.get(word);
  if (irregular) return irregular;
  if (!word.endsWith('ed') || word.length < 5) return null;
  const stem = word.slice(0, -2);
  const candidates = [
    word.slice(0, -1),
    stem,
    stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : '',
    stem.endsWith('i') ? `${stem.slice(0, -1)}y` : '',
  ];
  return candidates.find((candidate) => candidate !== '' && isVerb(candidate)) ?? null;
}
