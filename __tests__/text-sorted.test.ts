import { countAtMost, countBelow } from '../src/text/sorted.js';

const starts = [0, 10, 10, 25, 40];

describe('countAtMost', () => {
  test.each([
    [-1, 0],
    [0, 1],
    [9, 1],
    [10, 3],
    [24, 3],
    [25, 4],
    [1000, 5],
  ])('of %i is %i', (value, expected) => {
    expect(countAtMost(starts, value)).toBe(expected);
  });

  test('searches only the first `length` elements', () => {
    expect(countAtMost(starts, 1000, 4)).toBe(4);
    expect(countAtMost(starts, 1000, 0)).toBe(0);
    expect(countAtMost(starts, 1000, -1)).toBe(0);
  });

  test('works on typed arrays and empty arrays', () => {
    expect(countAtMost(Uint32Array.from(starts), 30)).toBe(4);
    expect(countAtMost([], 5)).toBe(0);
  });
});

describe('countBelow', () => {
  test.each([
    [0, 0],
    [1, 1],
    [10, 1],
    [11, 3],
    [41, 5],
  ])('of %i is %i', (value, expected) => {
    expect(countBelow(starts, value)).toBe(expected);
  });
});
