/**
 * The article text of an HTML page: the first `<article>` (else `<main>`, else `<body>`), without
 * scripts, styles, templates, navigation, headers, footers and asides. Block elements become
 * paragraphs, `<br>` a line break, character references are decoded.
 *
 * @module
 */
import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { TextBuilder, type MappedText } from './text-builder.js';

/** Elements whose content is not article text. */
const SKIPPED = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'nav', 'header', 'footer', 'aside',
  'svg', 'math', 'iframe', 'object', 'canvas', 'button', 'select', 'textarea', 'dialog',
]);

/** Elements that start and end a paragraph (HTML's block-level content). */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'li',
  'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Extracts the article text of `source` (HTML) with its offset map. */
export function htmlText(source: string): MappedText {
  const tree = unified().use(rehypeParse).parse(source);
  const builder = new TextBuilder(source, new Set());
  const root = findFirst(tree, 'article') ?? findFirst(tree, 'main') ?? findFirst(tree, 'body') ?? tree;
  walk(root, builder, false);
  return builder.finish();
}

function walk(node: Nodes, builder: TextBuilder, preformatted: boolean): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) builder.text(node.value, start, end, preformatted);
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    if (SKIPPED.has(node.tagName) || node.properties.hidden === true) return;
    if (node.tagName === 'br') return builder.lineBreak();
    if (BLOCKS.has(node.tagName)) builder.paragraph();
  }
  const inPre = preformatted || (node.type === 'element' && node.tagName === 'pre');
  // `<template>` content lives in `content`, which is never visited.
  for (const child of node.children) walk(child, builder, inPre);
  if (node.type === 'element' && BLOCKS.has(node.tagName)) builder.paragraph();
}

function findFirst(node: Root | Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    if (SKIPPED.has(child.tagName) && child.tagName !== 'head') continue;
    const found = findFirst(child, tagName);
    if (found) return found;
  }
  return undefined;
}
