import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { Reviewer, ReviewQueueRow } from '../../../../contracts/review.ts';
import { roleLabels } from '../../../../contracts/roles.ts';

type Escalation = NonNullable<ReviewQueueRow['escalation']>;

export const escalationColors: Record<Escalation, string> = {
  ok: 'green',
  watch: 'yellow',
  warning: 'orange',
  critical: 'red',
  breached: 'red',
};

/** Urgent requests stand out in red; standard ones stay quiet. */
export function UrgencyBadge({ urgency }: { urgency: 'standard' | 'urgent' }) {
  return urgency === 'urgent' ? (
    <Badge color="red" variant="filled">
      Urgent
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      Standard
    </Badge>
  );
}

/** "3 d 4 h left", "5 h 10 min left", "12 min left". */
function timeLeftText(dueAt: string, now: number): string {
  const minutes = Math.max(0, Math.round((Date.parse(dueAt) - now) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) {
    return `${days} d ${hours} h left`;
  }
  if (hours > 0) {
    return `${hours} h ${minutes % 60} min left`;
  }
  return `${minutes} min left`;
}

/**
 * How much of the decision window is used, as a bar coloured by the escalation level
 * (ok green, watch yellow, warning orange, critical red); a breached window says so.
 */
export function TimeLeft({ percentElapsed, escalation, dueAt, width = 160 }: { percentElapsed: number | null; escalation: ReviewQueueRow['escalation']; dueAt: string | null; width?: number }) {
  if (percentElapsed === null || !escalation) {
    return (
      <Text size="sm" c="dimmed">
        No due time
      </Text>
    );
  }
  const percent = Math.round(percentElapsed);
  const breached = escalation === 'breached';
  return (
    <Stack gap={2} w={width}>
      <Progress value={Math.min(100, Math.max(0, percent))} color={escalationColors[escalation]} size="md" radius="xl" aria-label={`Decision window used: ${percent}%`} />
      <Group gap={6} wrap="nowrap">
        {breached ? (
          <Text size="xs" fw={700} c="red">
            Breached
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            {dueAt ? timeLeftText(dueAt, Date.now()) : `${percent}% used`}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

export function reviewerName(reviewer: Reviewer | null): string {
  return reviewer ? `${reviewer.name} (${roleLabels[reviewer.role].toLowerCase()})` : 'Unassigned';
}
