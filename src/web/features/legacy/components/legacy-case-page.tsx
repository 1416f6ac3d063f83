import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDate, formatDateTime, formatPhone } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { CaseDocumentList } from '../../cases/components/case-documents.tsx';
import { DetailRow } from '../../cases/components/detail-row.tsx';
import { statusLabel } from '../../cases/status.ts';
import { useLegacyCase } from '../api/get-legacy-case.ts';
import { lineOfBusinessLabel } from '../legacy-words.ts';

/** The legacy detail is two columns of section cards: a narrower label column. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DetailRow label={label} labelWidth={190}>
      {children}
    </DetailRow>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `legacy-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h5" id={id} mb={4}>
        {title}
      </Title>
      <Table variant="vertical" layout="fixed" verticalSpacing={4}>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Paper>
  );
}

/**
 * /legacy/:caseId: everything about one legacy request on one screen, as the legacy portal showed
 * it: the individual codes with their units and, for radiation oncology, the simulation date.
 */
export function LegacyCasePage() {
  const { caseId = '' } = useParams();
  const legacyCase = useLegacyCase(caseId);
  usePageTitle(legacyCase.data ? `Legacy authorization ${legacyCase.data.caseNumber ?? ''}` : 'Legacy authorization');
  if (!legacyCase.data) {
    return (
      <Stack gap="md">
        <Anchor component={Link} to="/legacy">
          Back to legacy authorizations
        </Anchor>
        {legacyCase.isError ? <ErrorAlert error={legacyCase.error} /> : <FullPageLoader label="Loading the legacy authorization…" inline />}
      </Stack>
    );
  }
  const data = legacyCase.data;
  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end" data-no-print>
        <Button component={Link} to="/legacy" variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />}>
          Back to legacy authorizations
        </Button>
        <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
          Print
        </Button>
      </Group>
      <Title order={1}>Legacy authorization {data.caseNumber}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title="Request">
          <Field label="Case Number">{data.caseNumber ?? ''}</Field>
          <Field label="Authorization Number">{data.authorizationNumber ?? 'N/A'}</Field>
          <Field label="Status">{statusLabel(data.status)}</Field>
          <Field label="Urgency">{data.urgency === 'urgent' ? 'Urgent' : 'Standard'}</Field>
          <Field label="Requested">{formatDateTime(data.requestedAt)}</Field>
          <Field label="Last Updated">{formatDateTime(data.lastUpdated)}</Field>
          {data.simulationDate ? <Field label="Simulation Date">{formatDate(data.simulationDate)}</Field> : <Field label="Date of Service">{formatDate(data.dateOfService)}</Field>}
          <Field label="Valid From">{formatDate(data.validFrom) || 'N/A'}</Field>
          <Field label="Expiration Date">{formatDate(data.validTo) || 'N/A'}</Field>
        </Section>
        <Section title="Plan and program">
          <Field label="Health Plan">{data.plan?.name ?? ''}</Field>
          <Field label="Line of Business">{lineOfBusinessLabel(data.lineOfBusiness)}</Field>
          <Field label="Program">{data.program.name}</Field>
          <Field label="Moved to current portal">{data.currentPortalFrom ? formatDate(data.currentPortalFrom) : 'N/A'}</Field>
        </Section>
        <Section title="Member">
          <Field label="Name">{data.member?.name ?? ''}</Field>
          <Field label="Patient ID">{data.member?.patientId ?? ''}</Field>
          <Field label="Member Number">{data.member?.memberCode ?? ''}</Field>
          <Field label="Date of Birth">{formatDate(data.member?.dateOfBirth)}</Field>
        </Section>
        <Section title="Ordering provider">
          <Field label="Name">{data.orderingProvider?.name ?? ''}</Field>
          <Field label="NPI">{data.orderingProvider?.npi ?? ''}</Field>
          <Field label="Specialty">{data.orderingProvider?.specialty ?? ''}</Field>
          <Field label="Address">{data.orderingProvider?.address ?? ''}</Field>
          <Field label="Phone / Fax">{[formatPhone(data.orderingProvider?.phone), formatPhone(data.orderingProvider?.fax)].filter(Boolean).join(' / ')}</Field>
        </Section>
        <Section title="Site of service">
          <Field label="Name">{data.site?.name ?? ''}</Field>
          <Field label="NPI">{data.site?.npi ?? ''}</Field>
          <Field label="Address">{data.site ? `${data.site.address}, ${data.site.city}, ${data.site.state} ${data.site.zip}` : ''}</Field>
          <Field label="Phone">{formatPhone(data.site?.phone)}</Field>
        </Section>
        <Section title="Diagnoses and notes">
          {data.diagnoses.map((diagnosis) => (
            <Field key={`${diagnosis.rank}-${diagnosis.code}`} label={diagnosis.rank === 'primary' ? 'Primary Diagnosis' : 'Secondary Diagnosis'}>
              {diagnosis.code} {diagnosis.description}
            </Field>
          ))}
          <Field label="Notes">{data.notes ?? ''}</Field>
        </Section>
      </SimpleGrid>
      <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby="legacy-procedures">
        <Title order={2} size="h5" id="legacy-procedures" mb={4}>
          Procedure codes
        </Title>
        <Table.ScrollContainer minWidth={760}>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Code</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th>Modifiers</Table.Th>
                <Table.Th>Units Requested</Table.Th>
                <Table.Th>Units Approved</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.procedures.map((line) => (
                <Table.Tr key={line.lineNumber}>
                  <Table.Td>{line.lineNumber}</Table.Td>
                  <Table.Td>{line.code}</Table.Td>
                  <Table.Td>{line.description}</Table.Td>
                  <Table.Td>{line.modifiers.join(', ')}</Table.Td>
                  <Table.Td>{line.unitsRequested}</Table.Td>
                  <Table.Td>{line.unitsApproved ?? ''}</Table.Td>
                  <Table.Td>{statusLabel(line.status)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby="legacy-documents">
        <Title order={2} size="h5" id="legacy-documents" mb={4}>
          Documents
        </Title>
        <CaseDocumentList caseId={data.id} documents={data.documents} emptyText="No documents were kept with this request." />
      </Paper>
    </Stack>
  );
}
