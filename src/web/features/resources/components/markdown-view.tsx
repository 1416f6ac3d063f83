import { Code, List, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** "3.1 Rental period" → "3-1-rental-period", so a citation can link to its section. */
export function headingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function textOf(children: ReactNode): string {
  if (typeof children === 'string' || typeof children === 'number') {
    return String(children);
  }
  if (Array.isArray(children)) {
    return children.map(textOf).join('');
  }
  return '';
}

/** The page's own h1 is the guideline's title, so a document's headings start at h2. */
const heading = (order: 2 | 3 | 4) =>
  function Heading({ children }: { children?: ReactNode }) {
    return (
      <Title order={order} id={headingId(textOf(children))} mt={order <= 3 ? 'lg' : 'md'} mb="xs" size={order === 2 ? 'h3' : order === 3 ? 'h4' : 'h5'}>
        {children}
      </Title>
    );
  };

const components: Components = {
  h1: heading(2),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(4),
  h6: heading(4),
  p: ({ children }) => <Text mb="sm">{children}</Text>,
  ul: ({ children }) => (
    <List type="unordered" mb="sm" spacing={4} withPadding>
      {children}
    </List>
  ),
  ol: ({ children }) => (
    <List type="ordered" mb="sm" spacing={4} withPadding>
      {children}
    </List>
  ),
  li: ({ children }) => <List.Item>{children}</List.Item>,
  code: ({ children }) => <Code>{children}</Code>,
  pre: ({ children }) => <Code block mb="sm">{textOf((children as { props?: { children?: ReactNode } } | undefined)?.props?.children ?? children)}</Code>,
  table: ({ children }) => (
    <Table.ScrollContainer minWidth={560} mb="sm">
      <Table withTableBorder striped>
        {children}
      </Table>
    </Table.ScrollContainer>
  ),
  thead: ({ children }) => <Table.Thead>{children}</Table.Thead>,
  tbody: ({ children }) => <Table.Tbody>{children}</Table.Tbody>,
  tr: ({ children }) => <Table.Tr>{children}</Table.Tr>,
  th: ({ children }) => <Table.Th>{children}</Table.Th>,
  td: ({ children }) => <Table.Td>{children}</Table.Td>,
  // Guidelines are our own text, but links still never open in Priora's window.
  a: ({ children, href }) => (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
};

/**
 * A guideline's markdown as React elements with react-markdown: raw HTML in the text is never
 * rendered (react-markdown's default). `skipTitle` leaves out a leading "# Title" that repeats
 * the page's own heading.
 */
export function MarkdownView({ markdown, skipTitle }: { markdown: string; skipTitle?: string }) {
  const lines = markdown.split('\n');
  const firstContent = lines.findIndex((line) => line.trim() !== '');
  const body = skipTitle && lines[firstContent]?.trim() === `# ${skipTitle.trim()}` ? lines.slice(firstContent + 1).join('\n') : markdown;
  return (
    <div className="priora-markdown">
      <Markdown remarkPlugins={[remarkGfm]} components={components}>
        {body}
      </Markdown>
    </div>
  );
}
