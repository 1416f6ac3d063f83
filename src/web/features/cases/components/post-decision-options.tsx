import { Badge, Table, Text, Title } from '@mantine/core';
import type { PostDecisionOptionView } from '../../../../contracts/letters.ts';
import { formatDate, formatPhone } from '../../../lib/format.ts';

function availability(option: PostDecisionOptionView) {
  if (!option.lastDay) {
    return <Badge color="gray" variant="light">Not offered</Badge>;
  }
  if (option.open) {
    return (
      <Badge color="teal" variant="light">
        Until {formatDate(option.lastDay)}
      </Badge>
    );
  }
  // Used up before its last day: the explanation says why; otherwise the day it ended.
  return (
    <Badge color="gray" variant="light">
      {option.closedByHistory ? 'Closed' : `Closed ${formatDate(option.lastDay)}`}
    </Badge>
  );
}

function contactWords(option: PostDecisionOptionView): string {
  if (!option.contact) {
    return '';
  }
  const numbers = [option.contact.phone && `phone ${formatPhone(option.contact.phone)}`, option.contact.fax && `fax ${formatPhone(option.contact.fax)}`].filter(Boolean).join(', ');
  return numbers ? `${option.contact.name}: ${numbers}` : option.contact.name;
}

/**
 * "P2P availability" (C6, seed 000 "Peer to Peer Review allowed through … until …"): whether a
 * peer-to-peer conversation may still change the decision, is consultative only, or is over.
 */
function p2pAvailability(options: PostDecisionOptionView[]): string {
  const decisive = options.find((option) => option.kind === 'peer_to_peer' && option.open);
  if (decisive) {
    return `Peer to Peer Review allowed through Priora until ${formatDate(decisive.lastDay)}.`;
  }
  const consultative = options.find((option) => option.kind === 'peer_to_peer_consultative' && option.open);
  if (consultative) {
    return `A peer to peer conversation is available until ${formatDate(consultative.lastDay)}; it is consultative only and cannot change the decision.`;
  }
  return 'Peer to Peer Review is no longer available for this case.';
}

/**
 * "All post decision options" (C6): after an adverse decision, what the provider may still ask for
 * (peer to peer, reconsideration, appeals), until which day, from whom, or why it is not offered.
 */
export function PostDecisionOptions({ options, headingLevel = 2 }: { options: PostDecisionOptionView[]; headingLevel?: 2 | 3 }) {
  if (options.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="post-decision-heading">
      <Title order={headingLevel} size="h4" id="p2p-availability-heading" mb="xs">
        P2P availability
      </Title>
      <Text size="sm" mb="md">
        {p2pAvailability(options)}
      </Text>
      <Title order={headingLevel} size="h4" id="post-decision-heading" mb="xs">
        All post decision options
      </Title>
      <Table withTableBorder striped aria-label="All post decision options">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Option</Table.Th>
            <Table.Th>Available</Table.Th>
            <Table.Th>What it is</Table.Th>
            <Table.Th>Contact</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {options.map((option) => (
            <Table.Tr key={option.kind}>
              <Table.Td>{option.label}</Table.Td>
              <Table.Td>{availability(option)}</Table.Td>
              <Table.Td>
                <Text size="sm">{option.explanation}</Text>
              </Table.Td>
              <Table.Td>{contactWords(option)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
