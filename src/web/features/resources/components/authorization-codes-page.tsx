import { Badge, Button, Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { CODE_SYSTEM_LABELS, RESOURCE_LINES_OF_BUSINESS, type ResourceLineOfBusiness } from '../../../../contracts/resources.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { authorizationCodesCsvUrl, useAuthorizationCodes } from '../api/get-authorization-codes.ts';
import { useResourcePlans } from '../api/list-resource-plans.ts';
import { HealthPlanSelect } from './health-plan-select.tsx';

const isLineOfBusiness = (value: string | null): value is ResourceLineOfBusiness => (RESOURCE_LINES_OF_BUSINESS as readonly (string | null)[]).includes(value);

/**
 * Resources → Codes Requiring Authorization: pick a plan (and a line of business) and see, by
 * program it contracts, the procedure codes that need authorization through Priora and the
 * settings where it does not apply. Downloadable as CSV.
 */
export function AuthorizationCodesPage() {
  usePageTitle('Codes Requiring Authorization');
  const [params, setFilters] = useUrlFilters();
  const planCode = params.get('plan');
  const lineParam = params.get('line');
  const lineOfBusiness = isLineOfBusiness(lineParam) ? lineParam : null;
  const plans = useResourcePlans();
  const plan = plans.data?.find((candidate) => candidate.code === planCode);
  const query = planCode ? { planCode, lineOfBusiness } : null;
  const codes = useAuthorizationCodes(query);

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>Codes Requiring Authorization</Title>
        <Text mt="xs">
          Choose a health plan to see the services it has us review, by program and line of business, and whether each code needs
          prior authorization through Priora. Descriptions are in plain language; CPT numbers are shown without the AMA descriptors.
        </Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end">
          <HealthPlanSelect plans={plans.data} value={planCode} onChange={(value) => setFilters({ plan: value, line: null })} />
          <Select
            label="Line of Business"
            placeholder="All lines of business"
            data={(plan?.linesOfBusiness ?? []).map((line) => ({ value: line.value, label: line.label }))}
            value={lineOfBusiness}
            onChange={(value) => setFilters({ line: value })}
            disabled={!plan}
            clearable
            w={280}
          />
          {query && (
            <Button component="a" href={authorizationCodesCsvUrl(query)} download variant="default" leftSection={<IconFileTypeCsv size={16} aria-hidden />}>
              Download CSV
            </Button>
          )}
        </Group>
      </Paper>

      <ErrorAlert error={plans.error ?? codes.error} />
      {codes.isFetching && !codes.data && <Loader aria-label="Loading codes" />}

      {codes.data && (
        <Stack gap="lg" aria-live="polite" aria-busy={codes.isFetching}>
          <Text size="sm" c="dimmed">
            {codes.data.plan.name}, as of {formatDate(codes.data.asOf)}.
          </Text>
          {codes.data.sections.length === 0 && <Text>{codes.data.plan.name} has no program reviewed through Priora for this line of business today.</Text>}
          {codes.data.sections.map((section) => {
            const headingId = `codes-${section.programCode}-${section.lineOfBusiness}`;
            return (
              <section key={headingId} aria-labelledby={headingId}>
                <Title order={2} size="h4" id={headingId}>
                  {section.programName} · {section.lineOfBusinessLabel}
                </Title>
                <Text size="sm" mt={4} mb="xs">
                  {section.exemptSettings.length > 0
                    ? `Authorization does not apply in: ${section.exemptSettings.join(', ')}.`
                    : 'Authorization applies in every setting.'}
                </Text>
                <Table.ScrollContainer minWidth={700}>
                  <Table striped withTableBorder>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col" w={110}>
                          Code
                        </Table.Th>
                        <Table.Th scope="col" w={130}>
                          Code system
                        </Table.Th>
                        <Table.Th scope="col">Description</Table.Th>
                        <Table.Th scope="col" w={190}>
                          Authorization required
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {section.codes.map((code) => (
                        <Table.Tr key={code.code}>
                          <Table.Td>
                            <Text ff="monospace" fw={600}>
                              {code.code}
                            </Text>
                          </Table.Td>
                          <Table.Td>{CODE_SYSTEM_LABELS[code.codeSystem]}</Table.Td>
                          <Table.Td>{code.description}</Table.Td>
                          <Table.Td>
                            {code.authorizationRequired ? (
                              <Badge color="orange" variant="light">
                                Yes
                              </Badge>
                            ) : (
                              <Badge color="gray" variant="light">
                                No (exempt)
                              </Badge>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </section>
            );
          })}
        </Stack>
      )}
      {!planCode && <Text c="dimmed">Choose a health plan to see its list.</Text>}
    </Stack>
  );
}
