/**
 * A progress bar for long batches, drawn on standard error only when it is a terminal.
 *
 * @module
 */
import type { WriteStream } from 'node:tty';

/** Batches shorter than this never show the bar. */
const SHOW_AFTER_MS = 500;

/** Reports progress; every method is a no-op when the stream is not a terminal. */
export interface Progress {
  /** Records that `articles` lines are done, after reading `bytes` bytes of the input. */
  update(articles: number, bytes: number): void;
  /** Clears the bar. */
  finish(): void;
}

/**
 * Creates a progress bar on `stream` (standard error).
 *
 * @param totalBytes The input's size, when known (a file), for a percentage.
 * @param clock The time in milliseconds (replaceable in tests).
 */
export function createProgress(stream: NodeJS.WriteStream, totalBytes: number | undefined, clock: () => number = Date.now): Progress {
  if (!stream.isTTY) return { update() {}, finish() {} };
  const tty = stream as WriteStream;
  const started = clock();
  let last = 0;
  let drawn = false;
  return {
    update(articles, bytes) {
      const now = clock();
      // Short batches finish before the bar would appear; then redraw ten times a second at most.
      if (now - started < SHOW_AFTER_MS || now - last < 100) return;
      last = now;
      const seconds = Math.max(0.001, (now - started) / 1000);
      const rate = `${(articles / seconds).toFixed(1)}/s`;
      let bar = '';
      if (totalBytes) {
        const fraction = Math.min(1, bytes / totalBytes);
        const width = 24;
        const filled = Math.round(fraction * width);
        bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}%  `;
      }
      const line = `quotecheck ${bar}${articles} article${articles === 1 ? '' : 's'}  ${rate}`;
      tty.write(`\r${line.slice(0, Math.max(10, (tty.columns || 80) - 1))}\u001b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) tty.write('\r\u001b[K');
    },
  };
}
