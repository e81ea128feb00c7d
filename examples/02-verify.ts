/**
 * Verifies the bundled article's quotations against the bundled council-meeting transcript
 * and prints each verdict, and whether the transcript gives the words to the same speaker.
 *
 * Run: npx tsx examples/02-verify.ts
 */
import { readFileSync } from 'node:fs';
import { checkArticle, ReferenceIndex } from '../src/index.js';

const read = (name: string): string => readFileSync(new URL(`data/${name}`, import.meta.url), 'utf8');

const index = new ReferenceIndex([{ id: 'council-meeting', title: 'Riverton City Council budget meeting', text: read('transcript.txt') }]);
const { quotes } = checkArticle(read('article.txt'), { index });

for (const quote of quotes) {
  const verification = quote.verification;
  if (!verification) continue;
  const who = quote.speaker?.name ?? '(unattributed)';
  const saidBy = verification.reference?.speaker ?? verification.nearest?.speaker;
  const speakerNote = verification.speakerCheck === 'mismatch' ? ` — but the transcript gives it to ${saidBy}` : '';
  console.log(`${verification.verdict.padEnd(10)} ${who}: “${quote.text}”${speakerNote}`);
}
