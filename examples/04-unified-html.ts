/**
 * Runs the quotecheck plugin inside a unified HTML pipeline (rehype-parse → rehype-retext →
 * retext-english + quotecheck) over the bundled web page, verifying against the bundled
 * transcript, and prints the messages the way linters print them: line:column of the page.
 *
 * Run: npx tsx examples/04-unified-html.ts
 */
import { readFileSync } from 'node:fs';
import rehypeParse from 'rehype-parse';
import rehypeRetext from 'rehype-retext';
import rehypeStringify from 'rehype-stringify';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { retextQuotecheck } from '../src/index.js';

const read = (name: string): string => readFileSync(new URL(`data/${name}`, import.meta.url), 'utf8');

const file = new VFile({ path: 'examples/data/article.html', value: read('article.html') });
const references = [{ id: 'council-meeting', text: read('transcript.txt') }];

await unified()
  .use(rehypeParse)
  .use(rehypeRetext, unified().use(retextEnglish).use(retextQuotecheck, { references }))
  .use(rehypeStringify)
  .process(file);

console.log(`${file.data.quotecheck?.quotes.length ?? 0} quotations checked`);
console.log(reporter(file, { color: false }));
