import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishVerbs, LEXICON_FILE, lexiconSource } from '../../../scripts/lexicon';
import { packWords, unpackWords } from '../../../src/core/statements/packed-words';
import { isVerb, participleOf } from '../../../src/core/statements/verbs';

describe('the verb lexicon', () => {
  it('is what scripts/lexicon.ts writes from compromise (run it to refresh)', () => {
    expect(readFileSync(LEXICON_FILE, 'utf8')).toBe(lexiconSource());
  });

  it('unpacks to exactly the words packed', () => {
    const verbs = englishVerbs();
    expect(verbs.length).toBeGreaterThan(1500);
    expect([...unpackWords(packWords(verbs))]).toEqual(verbs);
    expect([...unpackWords(packWords(['plan', 'planned', 'plant', 'zoom']))]).toEqual([
      'plan',
      'planned',
      'plant',
      'zoom',
    ]);
    expect(() => packWords(['Plan'])).toThrow('"Plan" is not a lower-case a-z word');
  });

  it.each([
    ['automate', true],
    ['ensure', true],
    ['digitalize', true], // by its suffix
    ['strengthen', true],
    ['track', true], // a noun to the lexicon, a verb in the task list
    ['customer', false],
    ['revenue', false],
    ['excellence', false],
  ])('isVerb(%j) is %s', (word, verb) => {
    expect(isVerb(word)).toBe(verb);
  });

  it.each([
    ['enhanced', 'enhance'],
    ['strengthened', 'strengthen'],
    ['planned', 'plan'],
    ['simplified', 'simplify'],
    ['built', 'build'],
    ['implemented', 'implement'],
    ['red', null],
    ['need', null],
    ['hundred', null],
  ])('participleOf(%j) is %j', (word, verb) => {
    expect(participleOf(word)).toBe(verb);
  });
});
