import { Button, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PostDecisionOptionView } from '../../../../contracts/letters.ts';
import { useSession, hasPermission } from '../../auth/api/get-session.ts';

interface Props {
  caseNumber: string | null;
  dateOfBirth: string | null;
  options: readonly PostDecisionOptionView[];
  hold: { kind: string; dueAt: string } | null;
}

/**
 * "Schedule a peer to peer" on the Authorization Lookup detail: shown only while a P2P (or a
 * consultative one) is open, or a Medicare pre-decision consultation may still be asked for.
 */
export function ScheduleP2pButton({ caseNumber, dateOfBirth, options, hold }: Props) {
  const session = useSession();
  const p2pOpen = options.some((option) => (option.kind === 'peer_to_peer' || option.kind === 'peer_to_peer_consultative') && option.open);
  const preDecision = hold?.kind === 'pre_decision' && new Date(hold.dueAt).getTime() > Date.now();
  if (!caseNumber || !(p2pOpen || preDecision) || !hasPermission(session.data, 'p2p.request')) {
    return null;
  }
  const query = new URLSearchParams({ case: caseNumber, dob: dateOfBirth ?? '' });
  return (
    <Paper withBorder p="md" radius="md" data-no-print>
      <Text size="sm" mb="xs">
        {preDecision ? 'Talk with the physician reviewer before the decision is made.' : 'Talk about the decision with a Priora physician reviewer.'}
      </Text>
      <Button component={Link} to={`/p2p/new?${query.toString()}`}>
        {preDecision ? 'Schedule a clinical consultation' : 'Schedule a peer to peer'}
      </Button>
    </Paper>
  );
}
