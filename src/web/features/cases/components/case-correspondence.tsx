import { Anchor, Table, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { CaseLetterView } from '../../../../contracts/letters.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime, formatPhone } from '../../../lib/format.ts';
import { lettersPath, useCaseLetters, type LettersScope } from '../api/letters.ts';

function recipientWords(recipient: CaseLetterView['recipients'][number]): string {
  const to = recipient.channel === 'fax' ? ` ${formatPhone(recipient.to)}` : recipient.channel === 'email' && recipient.to ? ` to ${recipient.to}` : '';
  return `${recipient.roleLabel} (${recipient.name}): ${recipient.channelLabel.toLowerCase()}${to}`;
}

/**
 * The case's correspondence (C4): every letter sent about it, as sent, with who it went to and
 * how; each opens as a PDF in a new tab. The same list for the office and for reviewers.
 */
export function CaseCorrespondence({ caseId, scope, version }: { caseId: string; scope: LettersScope; version?: number }) {
  const letters = useCaseLetters(scope, caseId, version);
  return (
    <section aria-labelledby="correspondence-heading">
      <Title order={2} size="h4" id="correspondence-heading" mb="xs">
        Correspondence
      </Title>
      {letters.isError ? (
        <ErrorAlert error={letters.error} />
      ) : !letters.data ? (
        <Text size="sm">Loading letters…</Text>
      ) : letters.data.length === 0 ? (
        <Text size="sm">No letters yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Sent</Table.Th>
                <Table.Th scope="col">Letter</Table.Th>
                <Table.Th scope="col">Sent to</Table.Th>
                <Table.Th scope="col">PDF</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {letters.data.map((letter) => (
                <Table.Tr key={letter.id}>
                  <Table.Td className="nowrap">{formatDateTime(letter.sentAt)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {letter.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {letter.typeLabel} · {letter.audience === 'member' ? "member's letter" : "provider's letter"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {letter.recipients.length === 0 ? (
                      <Text size="sm">Kept in Priora only (no fax number or address on file)</Text>
                    ) : (
                      letter.recipients.map((recipient) => (
                        <Text key={`${recipient.role}-${recipient.channel}`} size="sm">
                          {recipientWords(recipient)}
                        </Text>
                      ))
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={`${lettersPath(scope, caseId)}/${encodeURIComponent(letter.id)}`} target="_blank" rel="noopener" size="sm" className="nowrap" aria-label={`Open ${letter.title} (PDF, new tab)`}>
                      Open
                      <IconExternalLink size={12} aria-hidden style={{ marginLeft: 4 }} />
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
