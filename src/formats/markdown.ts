/**
 * The text of a Markdown document: paragraphs, headings, list items, quoted blocks and table
 * cells become paragraphs; code blocks, raw HTML and link definitions are left out; escapes and
 * character references are decoded.
 *
 * @module
 */
import type { Nodes } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { TextBuilder, type MappedText } from './text-builder.js';

/** Markup characters that may stand in the source between the characters of a text node. */
const MARKUP = new Set([' ', '\t', '\n', '>', '\\', '`']);

/** Blocks that start and end a paragraph. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'thematicBreak', 'listItem', 'blockquote']);

/** Extracts the text of `source` (Markdown) with its offset map. */
export function markdownText(source: string): MappedText {
  const builder = new TextBuilder(source, MARKUP);
  walk(unified().use(remarkParse).parse(source), builder);
  return builder.finish();
}

function walk(node: Nodes, builder: TextBuilder): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) builder.text(node.value, start, end);
      return;
    }
    case 'break':
      return builder.lineBreak();
    case 'code':
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
    case 'image':
    case 'imageReference':
    case 'yaml':
      return;
    default:
      break;
  }
  if (!('children' in node)) return;
  if (BLOCKS.has(node.type)) builder.paragraph();
  for (const child of node.children) walk(child, builder);
  if (BLOCKS.has(node.type)) builder.paragraph();
}
