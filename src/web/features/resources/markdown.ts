/**
 * A deliberately small markdown reader for our own guideline documents: headings, paragraphs,
 * bulleted and numbered lists (with indented continuation lines), fenced code, and inline
 * `code`, **bold** and *italic*. It produces plain data that the view turns into React elements,
 * so nothing in a document is ever interpreted as HTML. Anything else is shown as text.
 */
export type MarkdownBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'code'; text: string };

export type InlinePart = { kind: 'text' | 'code' | 'strong' | 'em'; text: string };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const FENCE = /^\s{0,3}(```|~~~)/;

export function parseMarkdown(source: string): MarkdownBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    }
    if (list) {
      blocks.push({ kind: 'list', ordered: list.ordered, items: list.items });
      list = null;
    }
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (FENCE.test(line)) {
      flush();
      const code: string[] = [];
      index++;
      while (index < lines.length && !FENCE.test(lines[index] as string)) {
        code.push(lines[index] as string);
        index++;
      }
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: (heading[1] as string).length as 1 | 2 | 3 | 4 | 5 | 6, text: heading[2] as string });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) {
        flush();
      }
      list ??= { ordered, items: [] };
      list.items.push((item[1] as string).trim());
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      // An indented line continues the last list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (list) {
      flush();
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|__[^_]+__|\*[^*\s][^*]*\*|_[^_\s][^_]*_)/g;

/** Inline marks of one block's text; links ([text](url)) are shown as their text only. */
export function parseInline(text: string): InlinePart[] {
  const withoutLinks = text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of withoutLinks.matchAll(INLINE)) {
    const token = match[0];
    const start = match.index;
    if (start > last) {
      parts.push({ kind: 'text', text: withoutLinks.slice(last, start) });
    }
    if (token.startsWith('`')) {
      parts.push({ kind: 'code', text: token.slice(1, -1) });
    } else if (token.startsWith('**') || token.startsWith('__')) {
      parts.push({ kind: 'strong', text: token.slice(2, -2) });
    } else {
      parts.push({ kind: 'em', text: token.slice(1, -1) });
    }
    last = start + token.length;
  }
  if (last < withoutLinks.length) {
    parts.push({ kind: 'text', text: withoutLinks.slice(last) });
  }
  return parts;
}

/** "3.1 Rental period" → "3-1-rental-period", for in-page links to a section. */
export function headingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
