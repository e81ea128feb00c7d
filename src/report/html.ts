/**
 * The standalone HTML report: the article with every quotation highlighted (one colour per
 * speaker, the cue underlined, a badge per verdict) and beside it, per quotation, the source
 * passage and the word diff; clicking a quotation opens its verification details.
 *
 * The page makes no network requests (inline CSS and JS only), carries a Content-Security-Policy
 * that allows only its own style and script (by nonce), and escapes every character that comes
 * from the article or the references.
 *
 * @module
 */
import { assertArticleCheck, assertOptions, invalidOption } from '../errors.js';
import type { DiffOp, Passage } from '../types.js';
import type { ArticleCheck, CheckedQuote } from './check-article.js';
import { quoteProblemsOf, shorten, speakersInOrder } from './summary.js';

/** Options for {@link renderHtml}. */
export interface HtmlReportOptions {
  /** The article's name shown in the heading, such as its file path (default: `'article'`). */
  readonly name?: string;
  /**
   * The CSP nonce of the page's own style and script (default: 128 random bits). Give a fixed
   * one only to make the output reproducible in tests.
   */
  readonly nonce?: string;
}

/** Number of distinct speaker colours; speakers past it reuse them in turn. */
const SPEAKER_COLOURS = 8;

/**
 * Renders a checked article as a standalone HTML page.
 *
 * @param check The checked article.
 * @param options The article's name and the CSP nonce.
 * @returns The page.
 */
export function renderHtml(check: ArticleCheck, options: HtmlReportOptions = {}): string {
  assertArticleCheck(check, 'check', 'renderHtml');
  assertOptions(options, ['name', 'nonce'], 'renderHtml');
  if (options.name !== undefined && typeof options.name !== 'string') throw invalidOption('renderHtml', 'name', 'a string', options.name, TypeError);
  if (options.nonce !== undefined && typeof options.nonce !== 'string') throw invalidOption('renderHtml', 'nonce', 'a string', options.nonce, TypeError);
  const nonce = options.nonce ?? randomNonce();
  if (!/^[A-Za-z0-9+/=_-]{8,}$/.test(nonce)) {
    throw new RangeError('renderHtml: `options.nonce` must be at least 8 base64 characters');
  }
  const name = options.name ?? 'article';
  const speakers = speakersInOrder(check.quotes);
  const colourOf = (quote: CheckedQuote): string => {
    const index = quote.speaker ? speakers.indexOf(quote.speaker.name) : -1;
    return index < 0 ? 'sx' : `s${index % SPEAKER_COLOURS}`;
  };
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const legend = speakers
    .map((speaker, i) => `<li><span class="swatch s${i % SPEAKER_COLOURS}"></span>${escape(speaker)}</li>`)
    .join('');
  const facts = [
    `${check.quotes.length} quotation${check.quotes.length === 1 ? '' : 's'}`,
    `${speakers.length} speaker${speakers.length === 1 ? '' : 's'}`,
    check.verified ? 'verified against the references' : 'not verified (no references given)',
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escape(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>quotecheck: ${escape(name)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header class="top">
<h1>quotecheck report <span class="name">${escape(name)}</span></h1>
<p class="facts">${facts.map(escape).join(' · ')}</p>
<ul class="legend">${legend}<li><span class="swatch sx"></span>unattributed</li></ul>
</header>
<main>
<article class="article" aria-label="Article text">${articleHtml(check, colourOf)}</article>
<section class="cards" aria-label="Quotations">
${check.quotes.map((quote, i) => cardHtml(quote, i, colourOf(quote), check.verified)).join('\n')}
</section>
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

interface Markup {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly close: string;
}

function articleHtml(check: ArticleCheck, colourOf: (quote: CheckedQuote) => string): string {
  const markups: Markup[] = [];
  check.quotes.forEach((quote, i) => {
    const start = Math.min(quote.start, quote.open.offset);
    const end = Math.max(quote.end, quote.close ? quote.close.offset + quote.close.mark.length : quote.end);
    const verdict = quote.verification?.verdict;
    const classes = ['q', colourOf(quote), verdict ? `v-${verdict}` : '', ...quoteProblemsOf(quote).map((p) => `p-${p}`)];
    markups.push({
      start,
      end,
      open: `<mark class="${classes.filter(Boolean).join(' ')}" id="q${i}" data-q="${i}" tabindex="0" role="button" aria-controls="card-${i}" title="${escape(quote.speaker?.name ?? 'unattributed')}${verdict ? ` · ${verdict}` : ''}">`,
      close: '</mark>',
    });
    if (quote.cue) markups.push({ start: quote.cue.start, end: quote.cue.end, open: '<span class="cue">', close: '</span>' });
    const mention = quote.speaker?.mention;
    if (mention) markups.push({ start: mention.start, end: mention.end, open: `<span class="mention ${colourOf(quote)}">`, close: '</span>' });
  });
  // Keep only properly nested markups: outer before inner, skip duplicates and crossings.
  markups.sort((a, b) => a.start - b.start || b.end - a.end);
  const text = check.text;
  const out: string[] = [];
  const stack: Markup[] = [];
  let position = 0;
  const closeUntil = (offset: number): void => {
    for (let top = stack.at(-1); top && top.end <= offset; top = stack.at(-1)) {
      out.push(escape(text.slice(position, top.end)), top.close);
      position = top.end;
      stack.pop();
    }
  };
  const seen = new Set<string>();
  for (const markup of markups) {
    const key = `${markup.start}:${markup.end}`;
    if (markup.start >= markup.end || markup.start < 0 || markup.end > text.length || seen.has(key)) continue;
    closeUntil(markup.start);
    const top = stack.at(-1);
    if (markup.start < position || (top && markup.end > top.end)) continue;
    seen.add(key);
    out.push(escape(text.slice(position, markup.start)), markup.open);
    position = markup.start;
    stack.push(markup);
  }
  closeUntil(Infinity);
  out.push(escape(text.slice(position)));
  return out.join('');
}

function cardHtml(quote: CheckedQuote, i: number, colour: string, verified: boolean): string {
  const verification = quote.verification;
  const badges = [
    verification ? badge(verification.verdict, verification.verdict) : verified ? '' : badge('unverified', 'not verified'),
    ...quoteProblemsOf(quote)
      .filter((problem) => problem === 'unattributed' || problem === 'misattributed')
      .map((problem) => badge(problem, problem)),
  ].join(' ');
  const passage = verification ? (verification.reference ?? verification.nearest) : null;
  const rows: [string, string][] = [
    ['Speaker', quote.speaker ? `${quote.speaker.name} (${quote.speaker.kind}, “${quote.speaker.mention.text}”)` : 'none'],
    ['Rule', quote.method ? `${quote.method}, confidence ${quote.confidence.toFixed(2)}` : 'none'],
    ['Cue', quote.cue?.text ?? 'none'],
    ['Kind', `${quote.kind} quotation, paragraph ${quote.paragraph + 1}, characters ${quote.start}–${quote.end}`],
  ];
  if (quote.position) {
    rows.push(['Source', `line ${quote.position.start.line}, column ${quote.position.start.column}`]);
  }
  if (verification) {
    rows.push(
      ['Verdict', `${verification.verdict} (similarity ${verification.score.toFixed(2)})`],
      ['Reference', verification.reference ? passageLabel(verification.reference) : 'none'],
      ['Nearest', verification.nearest ? passageLabel(verification.nearest) : 'none'],
      ['Speaker check', `${verification.speakerCheck}${verification.quoteSpeaker ? ` (article: ${verification.quoteSpeaker})` : ''}`],
    );
  }
  return `<section class="card ${colour}" id="card-${i}" data-card="${i}">
<p class="card-head"><a class="who ${colour}" href="#q${i}">${escape(quote.speaker?.name ?? 'unattributed')}</a> ${badges}</p>
<blockquote class="said">${escape(shorten(quote.text, 220))}</blockquote>
${passage ? `<p class="passage-label">${escape(verification?.reference ? 'Source passage' : 'Nearest passage')} · ${escape(passageLabel(passage))}</p>
<blockquote class="passage">${escape(shorten(passage.text, 400))}</blockquote>` : verification ? '<p class="passage-label">No source passage found.</p>' : ''}
${verification && verification.diff.some((op) => op.op !== 'equal') ? `<p class="diff"><span class="diff-label">Word diff (struck: the reference's words; underlined: the article's)</span><br>${diffHtml(verification.diff)}</p>` : ''}
<details><summary>Verification details</summary><dl>${rows.map(([term, value]) => `<dt>${escape(term)}</dt><dd>${escape(value)}</dd>`).join('')}</dl></details>
</section>`;
}

function passageLabel(passage: Passage): string {
  return `${passage.id}${passage.speaker ? `, ${passage.speaker}` : ''}`;
}

function diffHtml(diff: readonly DiffOp[]): string {
  return diff
    .map((op) => {
      const quote = escape(op.quote.join(' '));
      const reference = escape(op.reference.join(' '));
      switch (op.op) {
        case 'equal':
          return quote;
        case 'insert':
          return `<ins>${quote}</ins>`;
        case 'delete':
          return `<del>${reference}</del>`;
        case 'replace':
          return `<del>${reference}</del> <ins>${quote}</ins>`;
        default:
          return '';
      }
    })
    .filter(Boolean)
    .join(' ');
}

function badge(kind: string, label: string): string {
  return `<span class="badge b-${escape(kind)}">${escape(label)}</span>`;
}

/** Escapes text for HTML content and double- or single-quoted attribute values. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const STYLE = `
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 Georgia,'Times New Roman',serif;color:var(--ink);background:#f6f8fa}
.top{padding:16px 24px;background:#fff;border-bottom:1px solid var(--line);font-family:system-ui,sans-serif}
.top h1{margin:0;font-size:20px}.top .name{font-weight:400;color:var(--muted);margin-left:8px}
.facts{margin:4px 0;color:var(--muted);font-size:14px}
.legend{list-style:none;margin:6px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:14px}
.swatch{display:inline-block;width:14px;height:14px;border-radius:3px;margin-right:6px;vertical-align:-2px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:24px;padding:24px;align-items:start}
.article{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid var(--line);border-radius:8px;padding:24px 28px;margin:0}
.cards{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto;display:flex;flex-direction:column;gap:12px;font-family:system-ui,sans-serif;font-size:14px}
.q{cursor:pointer;border-radius:3px;padding:1px 0;color:inherit}
.q:focus{outline:2px solid #0969da}.q.active{outline:2px solid var(--ink)}
.cue{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
.mention{font-weight:700;background:none}
.card{background:#fff;border:1px solid var(--line);border-left:6px solid #999;border-radius:8px;padding:10px 14px}
.card.active{box-shadow:0 0 0 2px #0969da}
.card-head{margin:0 0 4px}.who{font-weight:600;color:var(--ink);text-decoration:none}
.said,.passage{margin:4px 0;padding:4px 10px;border-left:3px solid var(--line);font-family:Georgia,serif;overflow-wrap:anywhere}
.passage{background:#f6f8fa}.passage-label{margin:6px 0 0;color:var(--muted);font-size:12px;overflow-wrap:anywhere}
.diff{margin:6px 0;overflow-wrap:anywhere;font-family:Georgia,serif}.diff-label{color:var(--muted);font:12px system-ui,sans-serif}
del{background:#ffebe9;color:#82071e}ins{background:#dafbe1;color:#116329;text-decoration:underline}
details summary{cursor:pointer;color:#0969da}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:6px 0 0}
dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;background:#6e7781}
.b-verbatim{background:#1a7f37}.b-normalized{background:#2da44e}.b-elided{background:#0969da}.b-altered{background:#bf8700}
.b-not-found{background:#cf222e}.b-misattributed{background:#8250df}.b-unattributed,.b-unverified{background:#6e7781}
.q.v-altered,.q.v-not-found,.q.p-misattributed{text-decoration:underline wavy #cf222e;text-decoration-skip-ink:none}
.s0{background:#fde68a}.s1{background:#bfdbfe}.s2{background:#bbf7d0}.s3{background:#fbcfe8}
.s4{background:#ddd6fe}.s5{background:#fed7aa}.s6{background:#a5f3fc}.s7{background:#d9f99d}
.sx{background:#eaeef2}.q.sx{outline:1px dashed #6e7781;background:none}
.card.s0{border-left-color:#f59e0b}.card.s1{border-left-color:#3b82f6}.card.s2{border-left-color:#22c55e}.card.s3{border-left-color:#ec4899}
.card.s4{border-left-color:#8b5cf6}.card.s5{border-left-color:#f97316}.card.s6{border-left-color:#06b6d4}.card.s7{border-left-color:#84cc16}
.card{background:#fff}.who.s0,.who.s1,.who.s2,.who.s3,.who.s4,.who.s5,.who.s6,.who.s7,.who.sx{padding:0 4px;border-radius:3px}
@media (max-width:800px){main{grid-template-columns:1fr}.cards{position:static;max-height:none}}
`;

const SCRIPT = `
(() => {
  const select = (i) => {
    const card = document.getElementById('card-' + i);
    if (!card) return;
    for (const element of document.querySelectorAll('.active')) element.classList.remove('active');
    card.classList.add('active');
    const mark = document.getElementById('q' + i);
    if (mark) mark.classList.add('active');
    const details = card.querySelector('details');
    if (details) details.open = true;
    card.scrollIntoView({ block: 'nearest' });
  };
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-q]') : null;
    if (target) select(target.getAttribute('data-q'));
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && target instanceof Element && target.matches('[data-q]')) {
      event.preventDefault();
      select(target.getAttribute('data-q'));
    }
  });
})();
`;
