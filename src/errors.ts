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
