/**
 * A definite title noun (`the mayor`, `the senator`, `the prime minister`) refers to the person
 * the article named with that title earlier, when there is exactly one; otherwise it stays a
 * descriptor. The mention stays the descriptor's own span. Prose written for the test.
 */
import { attributeQuotes } from '../src/index.js';

const cases = [
  [
    'one titled person before: resolves to him',
    'Mayor Daniel Reyes unveiled the budget on Monday. "Every branch stays open," Reyes said.\n\n' +
      'The mayor also said the city still had "the lowest property tax rate in the county," a claim the council disputed.',
    'the lowest property tax', 'Daniel Reyes', 'person', 'The mayor',
  ],
  [
    'an abbreviated title: Sen. ↔ the senator',
    'Sen. Jo Li toured the flooded farms on Saturday.\n\n' +
      '"We will not wait for the next storm," the senator told reporters after the visit.',
    'We will not wait', 'Jo Li', 'person', 'the senator',
  ],
  [
    'two senators before: stays a descriptor',
    'Sen. Jo Li and Sen. Mark Ortiz toured the flooded farms on Saturday.\n\n' +
      '"We will not wait for the next storm," the senator told reporters after the visit.',
    'We will not wait', 'the senator', 'descriptor', 'the senator',
  ],
  [
    'no titled person before: stays a descriptor',
    'Residents packed the hall on Tuesday night to hear about the new bridge.\n\n' +
      '"We will finish it before winter," the mayor told the crowd.',
    'We will finish it', 'the mayor', 'descriptor', 'the mayor',
  ],
  [
    'the title named only after the descriptor: stays a descriptor',
    '"We will finish it before winter," the mayor told the crowd.\n\n' +
      'Mayor Ana Cruz later repeated the promise at City Hall.',
    'We will finish it', 'the mayor', 'descriptor', 'the mayor',
  ],
  [
    'an indefinite descriptor is untouched',
    'Mayor Daniel Reyes unveiled the budget on Monday.\n\n' +
      '"The numbers do not add up," a senior official said.',
    'The numbers do not', 'a senior official', 'descriptor', 'a senior official',
  ],
] as const;

test.each(cases)('%s', (_name, text, prefix, speaker, kind, mention) => {
  const q = attributeQuotes(text).find((r) => r.text.includes(prefix));
  expect(q).toBeDefined();
  expect(q?.speaker?.name).toBe(speaker);
  expect(q?.speaker?.kind).toBe(kind);
  expect(q?.speaker?.mention.text).toBe(mention);
  if (q?.speaker) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(mention);
});
