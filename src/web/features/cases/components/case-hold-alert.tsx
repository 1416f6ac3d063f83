import { Alert, List, Text } from '@mantine/core';
import type { CaseDetail } from '../../../../contracts/cases.ts';
import { formatDate } from '../../../lib/format.ts';

type Hold = NonNullable<CaseDetail['hold']>;

/**
 * An open hold, for the office (what to send by when) or for a reviewer (what was asked). A
 * Medicare pre-decision notice reads differently: a denial is intended, and the provider may send
 * more information or ask for a clinical consultation before the date.
 */
export function CaseHoldAlert({ hold, audience }: { hold: Hold; audience: 'office' | 'reviewer' }) {
  if (hold.kind === 'pre_decision') {
    return (
      <Alert color="orange" variant="light" title={`Pre-decision notice: a denial is intended. ${audience === 'office' ? 'You may answer' : 'The provider may answer'} by ${formatDate(hold.lastDay)}`}>
        <Text size="sm">Why: {hold.note}</Text>
        <Text size="sm" mt="xs">
          Criteria not met:
        </Text>
        <List size="sm">
          {hold.items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
        <Text size="sm" mt="xs">
          {audience === 'office'
            ? 'Upload more clinical information below. To talk with the reviewer before the end of that day, schedule a pre-decision clinical consultation online with "Schedule a clinical consultation" below, or call the number in the notice letter (Correspondence). Information received is reviewed at once.'
            : 'The case comes back to review when information arrives or after that day; then it can be decided.'}
        </Text>
      </Alert>
    );
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      title={audience === 'office' ? `On hold: please send the following by ${formatDate(hold.lastDay)}` : `On hold: information requested by ${formatDate(hold.lastDay)}`}
    >
      <List size="sm">
        {hold.items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
      {hold.note && (
        <Text size="sm" mt="xs">
          Reviewer&apos;s note: {hold.note}
        </Text>
      )}
      <Text size="sm" mt="xs">
        {audience === 'office'
          ? 'Upload them below. If nothing is received by then, the request is decided on what was submitted.'
          : 'An upload or fax before then brings the case back to review; otherwise it returns at that date to be decided on what was submitted.'}
      </Text>
    </Alert>
  );
}
