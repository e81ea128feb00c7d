/**
 * Confidence buckets (src/attribute/confidence.ts): a fragment after a neutral verb of saying is
 * trusted near or far from its cue, and so is a fragment continuing it; a fragment after an
 * evaluative verb (`called`, `slammed`) is kept with a confidence below the documented threshold;
 * a name and a colon in the quotation's own paragraph are trusted.
 */
import { attributeQuotes } from '../src/index.js';

const CONFIDENT = 0.8;

describe('confidence of quotation fragments by the kind of cue verb', () => {
  test.each([
    ['neutral verb, far from the fragment', 'Mayor Ruth Calder said on Monday that the city budget, after months of argument in the council chamber, would leave the parks department "without a single new hire."', true],
    ['neutral verb with its listener', 'Mayor Ruth Calder told reporters that the budget would leave the parks department "without a single new hire."', true],
    ['neutral verb added', 'Mayor Ruth Calder added that the library plan was "dead on arrival" in its present form.', true],
    ['evaluative verb called', 'Mayor Ruth Calder called the budget "a betrayal of the parks."', false],
    ['evaluative verb slammed, far', 'Mayor Ruth Calder slammed the council, which had met until midnight on Tuesday and Wednesday, for its "betrayal of the parks."', false],
  ])('%s', (_label, text, confident) => {
    const [q] = attributeQuotes(text);
    expect(q?.speaker?.name).toBe('Ruth Calder');
    expect(q?.kind).toBe('partial');
    if (confident) expect(q?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    else expect(q?.confidence).toBeLessThan(CONFIDENT);
  });

  test.each([
    ['after a neutral verb', 'Mayor Ruth Calder said the budget was "a disgrace to the city" and "an insult to every family that uses the parks."', true],
    ['after an evaluative verb', 'Mayor Ruth Calder called the budget "a disgrace to the city" and "an insult to every family that uses the parks."', false],
  ])('a fragment continuing a fragment %s', (_label, text, confident) => {
    const [, second] = attributeQuotes(text);
    expect(second?.speaker?.name).toBe('Ruth Calder');
    expect(second?.method).toBe('continuation');
    if (confident) expect(second?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    else expect(second?.confidence).toBeLessThan(CONFIDENT);
  });

  test.each([
    ['a name before a colon in the same paragraph', 'Councilman Ray Ortega on Twitter: "The mayor is right, but the money has to arrive first."', 'Ray Ortega', true],
    ['a descriptor before a colon ending the paragraph before', 'The mayor ended her statement with a warning:\n\n"Nobody in this city will be left behind, and nobody will profit from the flood."', 'The mayor', false],
  ])('colon: %s', (_label, text, speaker, confident) => {
    const [q] = attributeQuotes(text);
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.method).toBe('colon');
    if (confident) expect(q?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    else expect(q?.confidence).toBeLessThan(CONFIDENT);
  });

  test('a full quotation with its cue right after stays confident', () => {
    const [q] = attributeQuotes('"We will not close a single library," Mayor Ruth Calder said.');
    expect(q?.speaker?.name).toBe('Ruth Calder');
    expect(q?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });
});
