import { Code, List, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { headingId, parseInline, parseMarkdown } from '../markdown.ts';

function Inline({ text }: { text: string }): ReactNode {
  return parseInline(text).map((part, index) => {
    switch (part.kind) {
      case 'code':
        return <Code key={index}>{part.text}</Code>;
      case 'strong':
        return <strong key={index}>{part.text}</strong>;
      case 'em':
        return <em key={index}>{part.text}</em>;
      case 'text':
        return <Fragment key={index}>{part.text}</Fragment>;
    }
  });
}

/**
 * A guideline's markdown as React elements (no HTML is ever injected). The page's own h1 is the
 * guideline's title, so a document's headings start at h2; `skipTitle` leaves out a leading
 * "# Title" that repeats it.
 */
export function MarkdownView({ markdown, skipTitle }: { markdown: string; skipTitle?: string }) {
  let blocks = parseMarkdown(markdown);
  const first = blocks[0];
  if (skipTitle && first?.kind === 'heading' && first.level === 1 && first.text.trim() === skipTitle.trim()) {
    blocks = blocks.slice(1);
  }
  return (
    <div className="priora-markdown">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading': {
            const order = Math.max(block.level, 2) as 2 | 3 | 4 | 5 | 6;
            return (
              <Title key={index} order={order} id={headingId(block.text)} mt={order <= 3 ? 'lg' : 'md'} mb="xs" size={order === 2 ? 'h3' : order === 3 ? 'h4' : 'h5'}>
                <Inline text={block.text} />
              </Title>
            );
          }
          case 'paragraph':
            return (
              <Text key={index} mb="sm">
                <Inline text={block.text} />
              </Text>
            );
          case 'list':
            return (
              <List key={index} type={block.ordered ? 'ordered' : 'unordered'} mb="sm" spacing={4} withPadding>
                {block.items.map((item, itemIndex) => (
                  <List.Item key={itemIndex}>
                    <Inline text={item} />
                  </List.Item>
                ))}
              </List>
            );
          case 'code':
            return (
              <Code key={index} block mb="sm">
                {block.text}
              </Code>
            );
        }
      })}
    </div>
  );
}
