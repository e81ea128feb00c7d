import * as quotecheck from '../src/index.js';

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(quotecheck).sort()).toEqual([
      'DEFAULT_SIEVES',
      'MAX_ARTICLE_LENGTH',
      'MAX_INPUT_BYTES',
      'MAX_JSONL_LINE_BYTES',
      'MAX_MARKDOWN_LENGTH',
      'MAX_QUOTE_LENGTH',
      'MAX_REFERENCES_LENGTH',
      'ReferenceIndex',
      'articleFormats',
      'articleText',
      'attribute',
      'attributeQuotes',
      'checkArticle',
      'findQuotes',
      'formatFromPath',
      'jsonReport',
      'jsonlError',
      'jsonlRecord',
      'quoteProblems',
      'quoteProblemsOf',
      'renderHtml',
      'renderText',
      'retextQuotecheck',
    ]);
  });
});
