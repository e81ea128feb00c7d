/**
 * The `speech-noun` sieve on its own: a fragment after a noun of speech takes the noun's possessor,
 * unless the fragment opens with a finite verb and so is the noun's predicate (said about it).
 */
import { attributeQuotes } from '../src/index.js';

const only = { sieves: ['speech-noun' as const] };

test.each([
  ['Critics mocked Governor Hale\'s pledge to stay "above the fray" all spring.', 'Hale'],
  ['Her reply echoed his promise of "a port that works for everyone."', 'his'],
  ['The harbor board released a statement Wednesday saying Governor Hale\'s remarks "are not supported by the data," and invited him to the docks.', null],
  ['Several residents said Mayor Ortiz\'s comments "were a slap in the face" to the crews.', null],
])('%s', (text, speaker) => {
  const q = attributeQuotes(text, only)[0];
  if (speaker === null) expect(q?.speaker).toBeNull();
  else expect(q?.speaker?.mention.text).toContain(speaker);
});
