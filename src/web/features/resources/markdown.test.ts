import { describe, expect, it } from 'vitest';
import { headingId, parseInline, parseMarkdown } from './markdown.ts';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and lists with continuation lines', () => {
    const blocks = parseMarkdown(
      ['# Title', '', 'Version: 2026.1', '', '### 2.1 Qualifying condition', 'The fusion treats one of:', '- a fracture;', '- severe scoliosis, in one or more', '  sessions;', '', '1. first', '2. second', '', 'After.'].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'Version: 2026.1' },
      { kind: 'heading', level: 3, text: '2.1 Qualifying condition' },
      { kind: 'paragraph', text: 'The fusion treats one of:' },
      { kind: 'list', ordered: false, items: ['a fracture;', 'severe scoliosis, in one or more sessions;'] },
      { kind: 'list', ordered: true, items: ['first', 'second'] },
      { kind: 'paragraph', text: 'After.' },
    ]);
  });

  it('keeps markup as text: nothing is HTML', () => {
    expect(parseMarkdown('<script>alert(1)</script>')).toEqual([{ kind: 'paragraph', text: '<script>alert(1)</script>' }]);
    expect(parseMarkdown('```\n<b>x</b>\n```')).toEqual([{ kind: 'code', text: '<b>x</b>' }]);
  });
});

describe('parseInline', () => {
  it('marks code, bold and italic, and shows links as their text', () => {
    expect(parseInline('Use `E0601` **only** when *needed*, see [the guide](https://example.org/x).')).toEqual([
      { kind: 'text', text: 'Use ' },
      { kind: 'code', text: 'E0601' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', text: 'only' },
      { kind: 'text', text: ' when ' },
      { kind: 'em', text: 'needed' },
      { kind: 'text', text: ', see the guide.' },
    ]);
  });

  it('makes section ids', () => {
    expect(headingId('3.1 Rental period')).toBe('3-1-rental-period');
  });
});
