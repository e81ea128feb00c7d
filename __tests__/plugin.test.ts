import { readFileSync } from 'node:fs';
import rehypeParse from 'rehype-parse';
import rehypeRetext from 'rehype-retext';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import remarkStringify from 'remark-stringify';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { attributeQuotes } from '../src/attribute/attribute-quotes.js';
import { articleText } from '../src/formats/article-text.js';
import retextQuotecheck from '../src/plugin.js';
import { checkArticle } from '../src/report/check-article.js';
import { ReferenceIndex } from '../src/verify/reference-index.js';

const read = (name: string): string => readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8');
const references = [{ id: 'council-meeting', text: read('transcript.txt') }];

async function checkText(text: string, options: Parameters<typeof retextQuotecheck>[0] = {}): Promise<VFile> {
  const file = new VFile({ path: 'article.txt', value: text });
  await retext().use(retextQuotecheck, options).process(file);
  return file;
}

async function checkHtml(source: string): Promise<VFile> {
  const file = new VFile({ path: 'article.html', value: source });
  await unified().use(rehypeParse).use(rehypeRetext, unified().use(retextEnglish).use(retextQuotecheck, { references })).use(rehypeStringify).process(file);
  return file;
}

async function checkMarkdown(source: string): Promise<VFile> {
  const file = new VFile({ path: 'article.md', value: source });
  await unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(retextQuotecheck, { references })).use(remarkStringify).process(file);
  return file;
}

const rules = (file: VFile) => file.messages.map((message) => [message.ruleId, message.actual]);
const expectedRules = [
  ['altered-quote', 'We found the money without raising a single fee,'],
  ['misattributed-quote', 'We owe residents a straight answer on overtime,'],
  ['quote-not-found', 'The council will take up parking fees again in the spring,'],
];

describe('retextQuotecheck after retext-english (plain text)', () => {
  const text = read('article.txt');

  test('stores the attributed quotes on file.data.quotecheck', async () => {
    const file = await checkText(text);
    const data = file.data.quotecheck!;
    expect(data.text).toBe(text);
    expect(data.verified).toBe(false);
    expect(data.quotes.map(({ position, ...quote }) => quote)).toEqual(attributeQuotes(text));
    for (const quote of data.quotes) {
      expect([quote.position?.start.offset, quote.position?.end.offset]).toEqual([quote.start, quote.end]);
    }
    expect(file.messages).toEqual([]);
  });

  test('with references: one message per problem, with rule, source and place', async () => {
    const file = await checkText(text, { references });
    expect(rules(file)).toEqual(expectedRules);
    for (const message of file.messages) {
      expect(message.source).toBe('quotecheck');
      expect(message.fatal).toBe(false);
      const place = message.place as { start: { offset: number }; end: { offset: number } };
      expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual);
    }
    expect(file.messages[0]?.expected?.[0]).toMatch(/^We found the money without raising a single tax\b/);
    expect(file.messages[1]?.expected).toEqual(['NATARAJAN']);
    expect(file.data.quotecheck?.quotes.every((quote) => quote.verification !== undefined)).toBe(true);
  });

  test('a ready index gives the same verifications as references', async () => {
    const viaIndex = await checkText(text, { index: new ReferenceIndex(references) });
    const viaReferences = await checkText(text, { references });
    expect(viaIndex.data.quotecheck).toEqual(viaReferences.data.quotecheck);
  });

  test('unattributed full quotes are reported, scare quotes are not', async () => {
    const orphan = 'The hearing ran long.\n\n"We will be back next year with the votes."\n\nCritics called the plan a "giveaway" to developers.';
    const file = await checkText(orphan);
    expect(rules(file)).toEqual([['unattributed-quote', 'We will be back next year with the votes.']]);
    expect(reporter(file, { color: false })).toMatch(/3:2-3:43 +warning +Unattributed quotation .* +unattributed-quote +quotecheck/);
  });

  test('the same positions when the file holds bytes, or no source at all', async () => {
    const expected = (await checkText(text)).data.quotecheck!.quotes.map((quote) => quote.position);
    const bytes = new VFile({ value: new TextEncoder().encode(text) });
    await retext().use(retextQuotecheck).process(bytes);
    expect(bytes.data.quotecheck!.quotes.map((quote) => quote.position)).toEqual(expected);
    const processor = retext().use(retextQuotecheck);
    const bare = new VFile();
    await processor.run(processor.parse(text), bare);
    expect(bare.data.quotecheck!.quotes.map((quote) => quote.position)).toEqual(expected);
  });

  test('misuse throws a TypeError naming the option', () => {
    expect(() => retext().use(retextQuotecheck, { referencs: [] } as never).freeze()).toThrow(/retextQuotecheck: unknown option `referencs`/);
    expect(() => retext().use(retextQuotecheck, { index: {} } as never).freeze()).toThrow(/`options.index` must be a ReferenceIndex/);
  });
});

describe('retextQuotecheck inside rehype-retext (HTML)', () => {
  const source = read('article.html');

  test('finds the same quotes as the plain-text article, placed in the page', async () => {
    const file = await checkHtml(source);
    const data = file.data.quotecheck!;
    expect(data.quotes.map((quote) => quote.text)).toEqual(checkArticle(source, { format: 'html' }).quotes.map((quote) => quote.text));
    expect(data.quotes.length).toBeGreaterThanOrEqual(8);
    for (const quote of data.quotes) {
      const markup = source.slice(quote.position!.start.offset, quote.position!.end.offset);
      expect(articleText(markup, 'html').text).toBe(quote.text);
      expect(source.split('\n')[quote.position!.start.line - 1]?.slice(quote.position!.start.column - 1).startsWith(markup)).toBe(true);
    }
  });

  test('reports the problems at their lines in the page', async () => {
    const file = await checkHtml(source);
    expect(rules(file)).toEqual(expectedRules);
    const report = reporter(file, { color: false });
    for (const [rule] of expectedRules) expect(report).toContain(rule!);
    const line = source.split('\n').findIndex((l) => l.includes('single fee')) + 1;
    expect(report).toMatch(new RegExp(`^${line}:17-${line}:65 +warning +Altered quotation`, 'm'));
  });

  test.each([
    ['named and numeric references inside a quotation', '<p>&laquo;Caf&eacute; &amp; cr&egrave;me prices rose 4&#x25;,&raquo; said <b>Ana</b> Ruiz.</p>'],
    ['a literal ampersand next to references', '<p>&ldquo;AT&T &amp; Verizon&nbsp;will bid,&rdquo; said analyst Ken Ito.</p><p>&#8220;We&#8217;ll see &#128079;,&#8221; Ito said.</p>'],
  ])('%s: every quotation maps to exactly its markup', async (_name, page) => {
    const file = new VFile({ value: page });
    await unified().use(rehypeParse).use(rehypeRetext, unified().use(retextEnglish).use(retextQuotecheck)).use(rehypeStringify).process(file);
    const quotes = file.data.quotecheck!.quotes;
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      // articleText turns a no-break space into a space; the tree keeps it.
      const markup = page.slice(quote.position!.start.offset, quote.position!.end.offset);
      expect(articleText(markup, 'html').text).toBe(quote.text.replace(/\s/g, ' '));
    }
  });
});

describe('retextQuotecheck inside remark-retext (Markdown)', () => {
  test('finds the quotes and places them in the Markdown source', async () => {
    const source = read('article.md');
    const file = await checkMarkdown(source);
    const quotes = file.data.quotecheck!.quotes;
    expect(quotes.map((quote) => quote.text)).toEqual(checkArticle(source, { format: 'markdown' }).quotes.map((quote) => quote.text));
    for (const quote of quotes) expect(source.slice(quote.position!.start.offset, quote.position!.end.offset)).toBe(quote.text);
    expect(rules(file)).toEqual(expectedRules);
  });
});
