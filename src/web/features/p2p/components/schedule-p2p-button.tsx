import { Anchor, Button, Group, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CaseP2pView } from '../../../../contracts/cases.ts';
import { useSession, hasPermission } from '../../auth/api/get-session.ts';
import { useSchedulerTimeZone } from '../api/scheduler.ts';
import { browserTimeZone, slotDateTime } from '../p2p-time.ts';

const INVITATIONS: Record<NonNullable<CaseP2pView['level']>, string> = {
  pre_decision: 'Talk with the physician reviewer before the decision is made.',
  peer_to_peer: 'Talk about the decision with a Priora physician reviewer: the conversation may change it.',
  peer_to_peer_consultative: 'Talk about the decision with a Priora physician reviewer. The conversation is consultative only: it cannot change the decision.',
};

interface Props {
  caseNumber: string | null;
  dateOfBirth: string | null;
  p2p: CaseP2pView;
}

/**
 * The peer to peer on the Authorization Lookup detail: the appointment already scheduled (with a
 * link to reschedule or cancel it), or "Schedule a peer to peer" while one may be asked for (the
 * server says, by its clock: a P2P open after the decision, or the Medicare consultation before it).
 */
export function ScheduleP2pButton({ caseNumber, dateOfBirth, p2p }: Props) {
  const session = useSession();
  const mayRequest = hasPermission(session.data, 'p2p.request');
  // The office's confirmed zone, to show the scheduled time as the scheduler did.
  const zone = useSchedulerTimeZone(mayRequest && p2p.scheduled !== null);
  if (!caseNumber || !mayRequest || !(p2p.scheduled || p2p.mayRequest)) {
    return null;
  }
  const what = p2p.level === 'pre_decision' ? 'clinical consultation' : 'peer to peer';
  if (p2p.scheduled) {
    return (
      <Paper withBorder p="md" radius="md" data-no-print>
        <Group justify="space-between">
          <Text size="sm">
            A {what} is scheduled for {slotDateTime(p2p.scheduled.startsAt, zone.data?.timeZone ?? browserTimeZone())} with {p2p.scheduled.reviewerName}.
          </Text>
          <Anchor component={Link} to={`/p2p/${p2p.scheduled.appointmentId}`}>
            Open the appointment
          </Anchor>
        </Group>
      </Paper>
    );
  }
  const query = new URLSearchParams({ case: caseNumber, dob: dateOfBirth ?? '' });
  return (
    <Paper withBorder p="md" radius="md" data-no-print>
      <Text size="sm" mb="xs">
        {INVITATIONS[p2p.level ?? 'peer_to_peer']}
      </Text>
      <Button component={Link} to={`/p2p/new?${query.toString()}`}>
        Schedule a {what}
      </Button>
    </Paper>
  );
}
