import type { GoldDocument } from './corpus.js';

/** Prints extraction precision, recall and F1. (Being written.) */
export function reportExtraction(docs: GoldDocument[]): void {
  void docs;
}
