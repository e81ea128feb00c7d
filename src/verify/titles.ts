/**
 * Finding references by their title, id, speaker or date with fuse.js (fuzzy search over short
 * strings, which it is good at): "second debate", "Trump Ohio rally", "state of the union 1862".
 *
 * @module
 */
import Fuse from 'fuse.js';

/** A reference found by `ReferenceIndex.searchReferences`. */
export interface ReferenceMatch {
  /** The reference's id. */
  readonly id: string;
  /** Its title, or `null`. */
  readonly title: string | null;
  /** Its date, or `null`. */
  readonly date: string | null;
  /** Its speaker, or `null`. */
  readonly speaker: string | null;
  /** How well it matches, in [0, 1] (1 is a perfect match; fuse.js score inverted). */
  readonly score: number;
}

/** What is searched of each reference. */
export interface TitleEntry {
  readonly id: string;
  readonly title?: string;
  readonly date?: string;
  readonly speaker?: string;
}

/** A fuse.js index over reference titles, ids, speakers and dates. */
export function titleSearcher(entries: readonly TitleEntry[]): Fuse<TitleEntry> {
  return new Fuse([...entries], {
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
    // Extended search: each word of the query is matched fuzzily on its own (in any order).
    useExtendedSearch: true,
    keys: [
      { name: 'title', weight: 3 },
      { name: 'speaker', weight: 2 },
      { name: 'id', weight: 1 },
      { name: 'date', weight: 1 },
    ],
  });
}

/**
 * The references that best match `query`, best first.
 *
 * @param fuse The searcher from {@link titleSearcher}.
 * @param query Words of a title, id, speaker or date.
 * @param limit Most matches returned.
 */
export function searchTitles(fuse: Fuse<TitleEntry>, query: string, limit: number): ReferenceMatch[] {
  // Words only: extended-search operators (`=`, `'`, `!`, `^`, `$`, `|`) are not the user's intent.
  const words = query.slice(0, 200).replace(/[=!^$|'"]/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return fuse.search(words.join(' '), { limit }).map(({ item, score }) => ({
    id: item.id,
    title: item.title ?? null,
    date: item.date ?? null,
    speaker: item.speaker ?? null,
    score: Math.round((1 - (score ?? 1)) * 1000) / 1000,
  }));
}
