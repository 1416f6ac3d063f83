import { Anchor, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ContactLine } from '../../../../contracts/resources.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate, formatPhone } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { useResourcePlans } from '../api/list-resource-plans.ts';
import { useContactLookup } from '../api/lookup-contacts.ts';
import { HealthPlanSelect } from './health-plan-select.tsx';

/** "Requests made before 06/01/2025 are in the legacy view; new requests use this portal", or "This portal". */
export function portalText(currentPortalFrom: string | null): string {
  return currentPortalFrom
    ? `Requests made before ${formatDate(currentPortalFrom)} are in the legacy view; new requests use this portal`
    : 'This portal';
}

function Phone({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {value ? (
        <Anchor href={`tel:+1${value.replace(/\D/g, '')}`} fw={600}>
          {formatPhone(value)}
        </Anchor>
      ) : (
        <Text fw={600}>Not given</Text>
      )}
    </div>
  );
}

function Fax({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value ? formatPhone(value) : 'Not given'}</Text>
    </div>
  );
}

function LineCard({ line }: { line: ContactLine }) {
  const headingId = `contact-${line.programCode}-${line.lineOfBusiness}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb="xs">
        {line.programName} · {line.lineOfBusinessLabel}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Phone label="Phone" value={line.phone} />
        <Fax label="Fax" value={line.fax} />
        <div>
          <Text size="sm" c="dimmed">
            Hours
          </Text>
          <Text>{line.hours}</Text>
        </div>
      </SimpleGrid>
      <Text size="sm" mt="sm">
        <Text span fw={600}>
          Portal for requests:{' '}
        </Text>
        {portalText(line.currentPortalFrom)}
      </Text>
    </Paper>
  );
}

/** Resources → Contact Lookup: the numbers to call or fax for a plan and program, and which portal takes requests. */
export function ContactLookupPage() {
  usePageTitle('Contact Lookup');
  const [params, setFilters] = useUrlFilters();
  const planCode = params.get('plan');
  const programCode = params.get('program');
  const plans = useResourcePlans();
  const plan = plans.data?.find((candidate) => candidate.code === planCode);
  const lookup = useContactLookup(planCode ? { planCode, programCode } : null);

  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={1}>Contact Lookup</Title>
        <Text mt="xs">Choose a health plan, and a program if you like, to see where to call or fax about its requests.</Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end">
          <HealthPlanSelect plans={plans.data} value={planCode} onChange={(value) => setFilters({ plan: value, program: null })} />
          <Select
            label="Program"
            placeholder="All programs"
            data={(plan?.programs ?? []).map((program) => ({ value: program.code, label: program.name }))}
            value={programCode}
            onChange={(value) => setFilters({ program: value })}
            disabled={!plan}
            clearable
            w={300}
          />
        </Group>
      </Paper>

      <ErrorAlert error={plans.error ?? lookup.error} />
      {lookup.isFetching && !lookup.data && <Loader aria-label="Loading contacts" />}

      {lookup.data && (
        <Stack gap="md" aria-live="polite" aria-busy={lookup.isFetching}>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="plan-contact">
            <Title order={2} size="h4" id="plan-contact" mb="xs">
              {lookup.data.plan.name}
            </Title>
            <Text size="sm" mb="xs">
              The plan itself, for benefits, claims and member questions:
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Phone label="Plan phone" value={lookup.data.plan.phone} />
              <Fax label="Plan fax" value={lookup.data.plan.fax} />
            </SimpleGrid>
          </Paper>
          <Title order={2} size="h4">
            Prior authorization, by program
          </Title>
          {lookup.data.lines.length === 0 ? (
            <Text>{lookup.data.plan.name} has no program reviewed through Priora today.</Text>
          ) : (
            lookup.data.lines.map((line) => <LineCard key={`${line.programCode}-${line.lineOfBusiness}`} line={line} />)
          )}
        </Stack>
      )}
      {!planCode && <Text c="dimmed">Choose a health plan to see its contacts.</Text>}
    </Stack>
  );
}
