import * as quotecheck from '../src/index.js';

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(quotecheck).sort()).toEqual([
      'DEFAULT_SIEVES',
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
