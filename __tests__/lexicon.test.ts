/** The word lists of attribution: speech-verb inflections and strengths, first-name genders. */
import { readFileSync } from 'node:fs';
import { firstNameGender, usualSex } from '../src/lexicon/first-names.js';
import { renderModule, unlistedSexes, usualSexes } from '../scripts/generate-first-name-usage.js';
import { isTitle } from '../src/attribute/sieves/00-titles.js';
import { STRONG_SPEECH_VERB_FORMS, inflect, isBaseForm, isNeutralSpeechVerb, speechVerbStrength } from '../src/lexicon/speech-verbs.js';

describe('speech verbs', () => {
  test.each([
    ['say', ['say', 'says', 'said', 'saying']],
    ['tell', ['tell', 'tells', 'told', 'telling']],
    ['quip', ['quip', 'quips', 'quipped', 'quipping']],
    ['reply', ['reply', 'replies', 'replied', 'replying']],
    ['concede', ['concede', 'concedes', 'conceded', 'conceding']],
    ['admit', ['admit', 'admits', 'admitted', 'admitting']],
    ['write', ['write', 'writes', 'wrote', 'written', 'writing']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
  ])('inflect(%s)', (base, forms) => {
    expect(inflect(base).sort()).toEqual([...forms].sort());
  });

  test.each([
    ['said', 2], ['insisted', 2], ['warned', 2], ['noted', 2], ['conceded', 2], ['tweeted', 2], ['wrote', 2],
    ['recalled', 2], ['quipped', 2], ['called', 1], ['described', 2], ['believes', 1], ['table', 0], ['the', 0],
  ] as const)('speechVerbStrength(%s) = %d', (word, strength) => {
    expect(speechVerbStrength(word)).toBe(strength);
  });

  test.each([
    ['said', true], ['told', true], ['added', true], ['writes', true], ['noted', true], ['called', false],
    ['slammed', false], ['blasted', false], ['praised', false], ['dubbed', false], ['the', false],
  ] as const)('isNeutralSpeechVerb(%s) = %s', (word, neutral) => {
    expect(isNeutralSpeechVerb(word)).toBe(neutral);
  });

  test('every strong form is lower case and inflected forms are not base forms', () => {
    for (const form of STRONG_SPEECH_VERB_FORMS) expect(form).toBe(form.toLowerCase());
    expect(isBaseForm('comment')).toBe(true);
    expect(isBaseForm('commented')).toBe(false);
  });
});

describe('first names', () => {
  test.each([
    ['John', 'm'], ['Maria', 'f'], ['margaret', 'f'], ['Chris', 'u'], ['Jordan', 'u'], ['Zzyzx', undefined],
    // in both stdlib lists, but nine in ten US births of one sex
    ['Hillary', 'f'], ['Julie', 'f'], ['Ted', 'm'], ['Bill', 'm'], ['George', 'm'],
  ] as const)('firstNameGender(%s) = %s', (name, gender) => {
    expect(firstNameGender(name)).toBe(gender);
  });

  test('the generated table of usual sexes is what its generator writes from the current data', () => {
    expect(renderModule()).toBe(readFileSync(new URL('../src/lexicon/first-name-usage.ts', import.meta.url), 'utf8'));
  });

  test.each([
    ['Donald', 'm'], ['Walter', 'm'], ['Hillary', 'f'], ['John', 'm'], ['Chris', undefined], ['Zzyzx', undefined],
  ] as const)('usualSex(%s) = %s: the lists, then common given names they lack', (name, sex) => {
    expect(usualSex(name)).toBe(sex);
  });

  test('a given name the lists lack gets a sex but stays unknown as a first name', () => {
    expect(firstNameGender('Donald')).toBeUndefined();
    expect(unlistedSexes()).toContainEqual(['donald', 'm']);
    for (const [name] of unlistedSexes()) expect(firstNameGender(name)).toBeUndefined();
  });

  test('the generated table only settles names the stdlib lists give to both sexes', () => {
    const table = usualSexes();
    expect(table.length).toBeGreaterThan(100);
    for (const [name] of table) expect(firstNameGender(name)).not.toBe('u');
    expect(table).toContainEqual(['hillary', 'f']);
    expect(table.find(([n]) => n === 'jordan')).toBeUndefined();
  });
});

describe('title case', () => {
  test.each([
    ['Keep Harlow Green', true],
    ['Friends of the Harbor', true],
    ['Pride and Prejudice', true],
    ['Crime or Punishment', true],
    ['Small but Mighty', true],
    ['Neither Here nor There', true],
    ['Ali vs. Frazier', true],
    ['a shell game', false],
    ['Keep it Green', false],
  ] as const)('isTitle(%s) = %s: one list of small words for titles, headlines and confidence', (text, title) => {
    expect(isTitle(text)).toBe(title);
  });
});
