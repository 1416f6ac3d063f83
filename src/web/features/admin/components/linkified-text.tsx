import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';

const urlPattern = /https?:\/\/[^\s<>"'`]+/g;
/** Sentence punctuation after a link is not part of it ("…reset?token=abc." ). */
const trailingPunctuation = /[.,;:!?)\]}]+$/;

/**
 * Plain text with its http(s) URLs as links. Everything is rendered as React text nodes,
 * so markup in a message body is shown, never interpreted (no dangerouslySetInnerHTML).
 */
export function LinkifiedText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const raw = match[0];
    const url = raw.replace(trailingPunctuation, '');
    if (start > last) {
      parts.push(text.slice(last, start));
    }
    parts.push(
      <Anchor key={`${start}-${url}`} href={url} target="_blank" rel="noopener noreferrer">
        {url}
      </Anchor>,
    );
    last = start + url.length;
  }
  if (last < text.length) {
    parts.push(text.slice(last));
  }
  return <>{parts}</>;
}
