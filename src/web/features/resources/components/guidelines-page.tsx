import { Anchor, Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { useGuidelines } from '../api/list-guidelines.ts';
import { useResourcePlans } from '../api/list-resource-plans.ts';
import { useResourcePrograms } from '../api/list-resource-programs.ts';

/** Resources → Clinical Guidelines: our guideline documents, by program and by health plan. */
export function GuidelinesPage() {
  usePageTitle('Clinical Guidelines');
  const [params, setFilters] = useUrlFilters();
  const programCode = params.get('program');
  const planCode = params.get('plan');
  const programs = useResourcePrograms();
  const plans = useResourcePlans();
  const guidelines = useGuidelines({ programCode, planCode });

  const plan = plans.data?.find((candidate) => candidate.code === planCode);

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>Clinical Guidelines</Title>
        <Text mt="xs">
          The guidelines our clinical criteria come from, in plain language. Every automated decision names the guideline, its
          version and the section it relied on. Earlier versions stay here for the requests decided under them.
        </Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end">
          <Select
            label="Program"
            placeholder="All programs"
            data={(programs.data ?? []).map((program) => ({ value: program.code, label: program.name }))}
            value={programCode}
            onChange={(value) => setFilters({ program: value })}
            clearable
            searchable
            w={300}
          />
          <Select
            label="Health Plan"
            placeholder="All health plans"
            data={(plans.data ?? []).map((option) => ({ value: option.code, label: option.name }))}
            value={planCode}
            onChange={(value) => setFilters({ plan: value })}
            clearable
            searchable
            w={300}
          />
        </Group>
        {plan && (
          <Text size="sm" c="dimmed" mt="xs">
            {plan.name} has us review:{' '}
            {plan.programs.length > 0 ? plan.programs.map((program) => program.name).join(', ') : 'no program today'}.
          </Text>
        )}
      </Paper>

      <ErrorAlert error={programs.error ?? plans.error ?? guidelines.error} />

      <div aria-live="polite" aria-busy={guidelines.isFetching}>
        {guidelines.data && (
          <Text size="sm" c="dimmed">
            {guidelines.data.length === 0
              ? 'No guideline matches these filters yet.'
              : `${guidelines.data.length} guideline${guidelines.data.length === 1 ? '' : 's'}.`}
          </Text>
        )}
      </div>

      {guidelines.data && guidelines.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder highlightOnHover>
            <Table.Caption>Clinical guidelines{plan ? ` for ${plan.name}` : ''}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Guideline</Table.Th>
                <Table.Th scope="col" w={170}>
                  Version
                </Table.Th>
                <Table.Th scope="col">Programs</Table.Th>
                <Table.Th scope="col">Used for</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {guidelines.data.map((guideline) => (
                <Table.Tr key={guideline.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/resources/guidelines/${encodeURIComponent(guideline.id)}`} fw={600}>
                      {guideline.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{guideline.version}</Text>
                      {guideline.current ? (
                        <Badge color="teal" variant="light">
                          Current
                        </Badge>
                      ) : (
                        <Badge color="gray" variant="light">
                          Earlier
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{guideline.programs.length > 0 ? guideline.programs.map((program) => program.name).join(', ') : '—'}</Table.Td>
                  <Table.Td>{guideline.usedFor.length > 0 ? guideline.usedFor.join('; ') : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
