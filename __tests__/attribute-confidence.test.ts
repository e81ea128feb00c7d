/**
 * Confidence (src/attribute/confidence.ts): a logistic model over the features of a link, fitted
 * on annotated articles (`npm run fit-confidence`), rescaled so that the model's threshold lands on
 * 0.8. These tests pin the rescaling, the model file's shape, and the directions the fitted model
 * must keep on written examples (a neutral verb of saying over an evaluative one, a named cue over
 * none, a pronoun without antecedent never confident).
 */
import { attributeQuotes } from '../src/index.js';
import { CONFIDENT, probabilityOf, scaleProbability, UNRESOLVED_CEILING } from '../src/attribute/confidence.js';
import { CONFIDENCE_MODEL } from '../src/attribute/confidence-model.js';
import { confidenceFeatures } from '../src/attribute/confidence-features.js';
import { run } from '../src/attribute/attribute.js';
import { DEFAULT_SIEVES } from '../src/attribute/sieves/index.js';
import { findQuotes } from '../src/extract/find-quotes.js';

/** The features of the `index`-th quotation of `text` (empty when it has no speaker). */
function featuresOf(text: string, index = 0): string[] {
  let features: string[] = [];
  run(text, findQuotes(text), DEFAULT_SIEVES, 0, (i, facts) => {
    if (i === index) features = confidenceFeatures(facts);
  });
  return features;
}

describe('rescaling the model probability', () => {
  const t = CONFIDENCE_MODEL.threshold;

  test('the threshold maps to 0.8, 1 to 1 and 0 to 0', () => {
    expect(scaleProbability(t)).toBe(CONFIDENT);
    expect(scaleProbability(1)).toBe(1);
    expect(scaleProbability(0)).toBe(0);
  });

  test('below the threshold is below 0.8, above it at least 0.8', () => {
    expect(scaleProbability(t - 1e-6)).toBeLessThan(CONFIDENT);
    expect(scaleProbability(t + 1e-6)).toBeGreaterThanOrEqual(CONFIDENT);
  });

  test('keeps the order of probabilities', () => {
    let last = -1;
    for (let p = 0; p <= 1; p += 0.01) {
      const c = scaleProbability(p);
      expect(c).toBeGreaterThanOrEqual(last);
      last = c;
    }
  });

  test('unknown features add nothing; known ones move the probability', () => {
    expect(probabilityOf([])).toBeCloseTo(1 / (1 + Math.exp(-CONFIDENCE_MODEL.bias)));
    expect(probabilityOf(['no-such-feature'])).toBe(probabilityOf([]));
    const [name, weight] = Object.entries(CONFIDENCE_MODEL.weights)[0] ?? ['', 0];
    if (weight > 0) expect(probabilityOf([name])).toBeGreaterThan(probabilityOf([]));
    else expect(probabilityOf([name])).toBeLessThan(probabilityOf([]));
  });
});

describe('the fitted model file', () => {
  test('has a threshold strictly between 0 and 1 and finite weights', () => {
    expect(CONFIDENCE_MODEL.threshold).toBeGreaterThan(0);
    expect(CONFIDENCE_MODEL.threshold).toBeLessThan(1);
    for (const w of Object.values(CONFIDENCE_MODEL.weights)) expect(Number.isFinite(w)).toBe(true);
  });

  test('names only features that confidence-features.ts produces', () => {
    const groups = /^(?:method|mention|strength|kind&strength|length|verb|participle&kind|cue-before&gap|cue-after&gap|kind&cue-gap|names-between|pronoun-between&kind|mention-gap|terminal&kind|copied-from-fragment&kind|opens-line&kind|first-person&kind|unclosed&kind|title-case&kind|mention-other-line&copied)=|^(?:unresolved|copied|conversation-turn|no-cue|sentence-between|according-nearby|report-nearby|odd-marks)$/;
    for (const name of Object.keys(CONFIDENCE_MODEL.weights)) expect(name).toMatch(groups);
  });
});

describe('features of the marks, the words and the speaker phrase', () => {
  test.each([
    // a short quotation that capitalizes every word is a title or a name, not words said
    ['Mayor Ruth Calder called the plan "Operation Clean Streets" on Monday.', 0, 'title-case&kind=partial', true],
    ['Mayor Ruth Calder called the plan "a betrayal of the parks" on Monday.', 0, 'title-case&kind=partial', false],
    ['Mayor Ruth Calder called the plan "Not Now" on Monday, then "a betrayal of the parks and of the Bay Street Youth Club."', 1, 'title-case&kind=partial', false],
    // a quotation opened by a closing mark is mispaired more often
    ['”We will not close a single library,” Mayor Ruth Calder said.', 0, 'odd-marks', true],
    ['“We will not close a single library,” Mayor Ruth Calder said.', 0, 'odd-marks', false],
    // a quotation never closed
    ['Mayor Ruth Calder said on Monday: "We will not close a single library, not one, not while I am here.\n\nThe council met until midnight.', 0, 'unclosed&kind=full', true],
    ['Mayor Ruth Calder said on Monday: "We will not close a single library, not one, not while I am here."\n\nThe council met until midnight.', 0, 'unclosed&kind=full', false],
    // the speaker phrase, near, but in the paragraph before
    ['Mayor Ruth Calder took questions from reporters on Monday.\n\n"We will not close a single library."', 0, 'mention-other-line&copied=false', true],
    ['"We will not close a single library," Mayor Ruth Calder said. "Not one."\n\n"We will keep every branch open on Sundays."', 2, 'mention-other-line&copied=true', true],
    ['"We will not close a single library," Mayor Ruth Calder said. "Not one."\n\n"We will keep every branch open on Sundays."', 1, 'mention-other-line&copied=true', false],
  ])('%j (quotation %i) has %s: %s', (text, index, feature, fires) => {
    const features = featuresOf(text, index);
    expect(features.length).toBeGreaterThan(0);
    expect(features.includes(feature)).toBe(fires);
  });

  test('a long quotation is never read as a title (the check stops at 120 characters)', () => {
    const words = Array.from({ length: 40 }, (_, k) => `Word${k}`).join(' ');
    expect(featuresOf(`Mayor Ruth Calder called the plan "${words}" on Monday.`).some((f) => f.startsWith('title-case'))).toBe(false);
  });
});

describe('directions the fitted model keeps', () => {
  test('a full quotation with a named speaker and its cue right after is confident', () => {
    const [q] = attributeQuotes('"We will not close a single library," Mayor Ruth Calder said.');
    expect(q?.speaker?.name).toBe('Ruth Calder');
    expect(q?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  test('a fragment after a neutral verb of saying is trusted more than after an evaluative verb', () => {
    const [said] = attributeQuotes('Mayor Ruth Calder said the budget was "a betrayal of the parks."');
    const [slammed] = attributeQuotes('Mayor Ruth Calder slammed the council, which had met until midnight on Tuesday and Wednesday, for its "betrayal of the parks."');
    expect(said?.speaker?.name).toBe('Ruth Calder');
    expect(slammed?.speaker?.name).toBe('Ruth Calder');
    expect(said?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    expect(slammed?.confidence).toBeLessThan(said?.confidence ?? 0);
  });

  test('a fragment with no cue (the clause subject) is not confident', () => {
    const [q] = attributeQuotes('Senator Dana Whitfield spent the morning fighting the farm bill, "a gift to the banks and nobody else."');
    expect(q?.method).toBe('clause-subject');
    expect(q?.speaker?.name).toBe('Dana Whitfield');
    expect(q?.confidence).toBeLessThan(CONFIDENT);
  });

  test('a fragment after a verb of thinking is trusted less than after a verb of saying', () => {
    const [thinks] = attributeQuotes('Senator Dana Whitfield spent the morning on the farm bill, which she thinks is "a gift to the banks and nobody else."');
    const [said] = attributeQuotes('Senator Dana Whitfield spent the morning on the farm bill, which she said is "a gift to the banks and nobody else."');
    expect(thinks?.speaker?.name).toBe('Dana Whitfield');
    expect(said?.speaker?.name).toBe('Dana Whitfield');
    expect(thinks?.confidence).toBeLessThan(said?.confidence ?? 0);
  });

  test('a fragment in title case (a name or a slogan) is trusted less than words in lower case', () => {
    const [title] = attributeQuotes('Mayor Ruth Calder called the plan "Operation Clean Streets" on Monday.');
    const [words] = attributeQuotes('Mayor Ruth Calder called the plan "operation clean streets" on Monday.');
    expect(title?.speaker?.name).toBe('Ruth Calder');
    expect(words?.speaker?.name).toBe('Ruth Calder');
    expect(title?.confidence).toBeLessThan(words?.confidence ?? 0);
  });

  test('a pronoun without antecedent names no one and is never confident', () => {
    const [q] = attributeQuotes('"We will not close a single library," she said.');
    expect(q?.speaker?.name).toBe('she');
    expect(q?.confidence).toBeLessThanOrEqual(UNRESOLVED_CEILING);
  });
});
