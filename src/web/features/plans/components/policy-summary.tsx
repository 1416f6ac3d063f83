import { SimpleGrid, Text } from '@mantine/core';
import { SERVICE_SETTING_OPTIONS, type EditablePolicyValues } from '../../../../contracts/plan-admin.ts';
import { formatDate, formatPhone } from '../../../lib/format.ts';

type DayCount = { amount: number; unit: string };
const dayText = (count: DayCount | null | undefined) => (count ? `${count.amount} ${count.unit === 'business_days' ? 'business' : 'calendar'} day${count.amount === 1 ? '' : 's'}` : 'not required');
const settingLabel = (value: string) => SERVICE_SETTING_OPTIONS.find((option) => option.value === value)?.label ?? value;
const handler = (by: string) => (by === 'vendor' ? 'Priora' : 'the plan');

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

/** The numbers in force, in words. */
export function PolicySummary({ values }: { values: Record<string, unknown> }) {
  const policy = values as unknown as EditablePolicyValues & { holidayCalendar?: { name: string } };
  const reconsideration =
    policy.reconsideration.kind === 'none' ? 'Not offered' : policy.reconsideration.kind === 'within' ? `Within ${dayText(policy.reconsideration.within)}` : 'Until an appeal is filed';
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      <Fact label="Retro requests" value={`Within ${dayText(policy.retroWindow.within)}; later ones ${policy.retroWindow.outcomeWhenLate === 'administrative_denial' ? 'are administratively denied' : 'go to review'}`} />
      <Fact label="Unsubmitted requests kept" value={dayText(policy.inProgressExpiry)} />
      <Fact label="Hold for information" value={dayText(policy.holdForInformation)} />
      <Fact label="Decisions" value={`Standard ${dayText(policy.standardDecision)}; urgent ${policy.urgentDecisionHours} hours`} />
      <Fact label="Authorization validity" value={`${policy.authorizationValidity.standardDays} days; DME purchase ${policy.authorizationValidity.dmePurchaseDays}, daily rental ${policy.authorizationValidity.dmeDailyRentalDays}, monthly rental + ${policy.authorizationValidity.dmeMonthlyRentalExtraMonths} month`} />
      <Fact label="No authorization in" value={policy.authorizationRequirement.exemptSettings.map(settingLabel).join(', ') || 'Every setting needs it'} />
      <Fact label="Codes without authorization" value={policy.authorizationRequirement.exemptCodes.join(', ') || 'None'} />
      <Fact label="Reconsideration" value={reconsideration} />
      <Fact
        label="Appeals"
        value={`First level by ${handler(policy.appeal.handledBy)} within ${dayText(policy.appeal.within)}${policy.appeal.secondLevel ? `; second level by ${handler(policy.appeal.secondLevel.handledBy)} within ${dayText(policy.appeal.secondLevel.within)}` : '; no second level'}`}
      />
      <Fact
        label="Peer-to-peer"
        value={`${policy.peerToPeer.afterDenial === 'consultative_only' ? 'Consultative only' : 'May change the decision'}, within ${dayText(policy.peerToPeer.within)}${policy.peerToPeer.preDecision ? '; pre-decision consultation offered' : ''}`}
      />
      <Fact label="Alternative recommendation accepted by" value={policy.alternativeRecommendationAcceptedBy === 'new_case_only' ? 'A new case only' : 'A new case or a reconsideration'} />
      <Fact label="Contact" value={`Phone ${formatPhone(policy.contact.phone)}, fax ${formatPhone(policy.contact.fax)}; ${policy.contact.hours}`} />
      <Fact label="Portal" value={policy.currentPortalFrom ? `This portal from ${formatDate(policy.currentPortalFrom)}; earlier requests in the legacy view` : 'This portal'} />
      <Fact label="Spine surgery lead time" value={dayText(policy.electiveSpineSurgeryLeadTime)} />
      <Fact label="Interventional pain" value={policy.interventionalPainAuthorizationPerDateOfService ? 'One authorization per date of service' : 'No per-date rule'} />
      <Fact label="Uploads" value={`${policy.uploads.maxFiles} files, ${policy.uploads.allowedExtensions.join(' ')}, up to ${Math.round(policy.uploads.maxFileBytes / 104857.6) / 10} MB each`} />
      {policy.holidayCalendar && <Fact label="Business days follow" value={policy.holidayCalendar.name} />}
    </SimpleGrid>
  );
}
