/**
 * Every message quotecheck throws, in one place. Only misuse of the API throws;
 * problems in the article are results, never exceptions.
 *
 * @module
 */

/** Describes a value for an error message: its type, or `null`/`array`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

/** Throws a `TypeError` unless `value` is a string. */
export function assertText(value: unknown, name: string, fn: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: \`${name}\` must be a string (the article text), got ${describe(value)}`);
  }
}

/**
 * Throws a `TypeError` when `options` is not `undefined` or a plain object, or names an option
 * not in `known`.
 */
export function assertOptions(options: unknown, known: readonly string[], fn: string): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}: \`options\` must be an object or undefined, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TypeError(
        `${fn}: unknown option \`${key}\`; expected one of ${known.map((k) => `\`${k}\``).join(', ')}`,
      );
    }
  }
}

/**
 * Creates the error for an option with a bad value: a `TypeError` for a wrong type, a
 * `RangeError` for a value of the right type outside the allowed range.
 */
export function invalidOption(
  fn: string,
  name: string,
  expected: string,
  value: unknown,
  ErrorClass: typeof TypeError | typeof RangeError,
): TypeError | RangeError {
  const got = typeof value === 'number' || typeof value === 'boolean' ? String(value) : describe(value);
  return new ErrorClass(`${fn}: option \`${name}\` must be ${expected}, got ${got}`);
}

/**
 * Throws a `TypeError` unless `value` is a number, and a `RangeError` unless it is within
 * `[min, max]` (and an integer when `integer` is set).
 */
export function assertNumber(
  value: unknown,
  name: string,
  fn: string,
  min: number,
  max: number,
  integer = false,
): asserts value is number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`${fn}: \`${name}\` must be a number, got ${describe(value)}`);
  }
  if (value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new RangeError(
      `${fn}: \`${name}\` must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${value}`,
    );
  }
}

/** The error for a saved reference index that cannot be read: `TypeError` for a wrong format, `RangeError` for bad sizes or offsets. */
export function indexFormatError(kind: 'type' | 'range', reason: string): TypeError | RangeError {
  const message = `ReferenceIndex.load: not a quotecheck index: ${reason}`;
  return kind === 'type' ? new TypeError(message) : new RangeError(message);
}

/**
 * Throws a `TypeError` unless `sieves` is an array, and a `RangeError` when it names a sieve not in
 * `known` or names one twice.
 */
export function assertSieveNames(sieves: unknown, known: readonly string[], fn: string): void {
  if (!Array.isArray(sieves)) {
    throw new TypeError(`${fn}: \`options.sieves\` must be an array of sieve names, got ${describe(sieves)}`);
  }
  const seen = new Set<string>();
  for (const name of sieves as unknown[]) {
    if (typeof name !== 'string' || !known.includes(name)) {
      throw new RangeError(
        `${fn}: unknown sieve ${typeof name === 'string' ? `\`${name}\`` : describe(name)} in \`options.sieves\`; expected some of ${known.map((s) => `\`${s}\``).join(', ')}`,
      );
    }
    if (seen.has(name)) throw new RangeError(`${fn}: sieve \`${name}\` appears twice in \`options.sieves\``);
    seen.add(name);
  }
}

/**
 * Throws a `TypeError` unless `quotes` is an array of quotation records (`start`, `end`, `open`
 * …), and a `RangeError` when one's offsets lie outside a text of `length` code units.
 */
export function assertQuoteRecords(quotes: unknown, length: number, fn: string): void {
  if (!Array.isArray(quotes)) throw new TypeError(`${fn}: \`quotes\` must be an array of Quote records, got ${describe(quotes)}`);
  quotes.forEach((q: unknown, k) => {
    const r = q as { start?: unknown; end?: unknown; open?: unknown } | null;
    if (r === null || typeof r !== 'object' || typeof r.start !== 'number' || typeof r.end !== 'number' || typeof r.open !== 'object' || r.open === null) {
      throw new TypeError(`${fn}: \`quotes[${k}]\` must be a Quote record (start, end, open, close, …), got ${describe(q)}`);
    }
    if (!(r.start >= 0 && r.start <= r.end && r.end <= length)) {
      throw new RangeError(`${fn}: \`quotes[${k}]\` has offsets ${r.start}–${r.end} outside the text (length ${length})`);
    }
  });
}

/**
 * Throws a `TypeError` unless `value` is a checked article (an object with a string `text` and an
 * array of `quotes`, as `checkArticle` returns).
 */
export function assertArticleCheck(value: unknown, name: string, fn: string): void {
  const record = value as { text?: unknown; quotes?: unknown } | null;
  if (record === null || typeof record !== 'object' || Array.isArray(record) || typeof record.text !== 'string' || !Array.isArray(record.quotes)) {
    throw new TypeError(`${fn}: \`${name}\` must be a checked article (the result of checkArticle: text, quotes, …), got ${describe(value)}`);
  }
}

/** Throws a `TypeError` unless `value` is a quotation record (an object with numeric `start` and `end`). */
export function assertQuoteRecord(value: unknown, name: string, fn: string): void {
  const record = value as { start?: unknown; end?: unknown } | null;
  if (record === null || typeof record !== 'object' || Array.isArray(record) || typeof record.start !== 'number' || typeof record.end !== 'number') {
    throw new TypeError(`${fn}: \`${name}\` must be a quotation record (start, end, text, speaker, …), got ${describe(value)}`);
  }
}

/** Throws a `TypeError` unless `value` is a string, naming what the string should hold. */
export function assertString(value: unknown, name: string, fn: string, what: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: \`${name}\` must be a string (${what}), got ${describe(value)}`);
  }
}
