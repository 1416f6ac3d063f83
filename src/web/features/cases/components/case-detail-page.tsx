import { Group, Paper, Stack, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSession } from '../../auth/api/get-session.ts';
import { useCaseDetail } from '../api/tracking.ts';
import { isPending, statusLabel } from '../status.ts';
import { CaseCorrespondence } from './case-correspondence.tsx';
import { CaseDocumentList } from './case-documents.tsx';
import { CaseHoldAlert } from './case-hold-alert.tsx';
import { PostDecisionOptions } from './post-decision-options.tsx';
import { DetailRow } from './detail-row.tsx';
import { DocumentUpload } from './document-upload.tsx';
import { PrintButtons } from './print-buttons.tsx';
import { PostDecisionRequest } from '../../post-decision/components/post-decision-request.tsx';
import { UpdateAuthorization } from '../../intake/components/update-authorization.tsx';
import { ScheduleP2pButton } from '../../p2p/components/schedule-p2p-button.tsx';

/** The detail is one wide table: room for long labels. */
function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DetailRow label={label} labelWidth={220}>
      {children}
    </DetailRow>
  );
}

/** /cases/:id/detail: the authorization's detail (Authorization Lookup, Certification Summary). */
export function CaseDetailPage() {
  usePageTitle('Authorization Detail');
  const { caseId = '' } = useParams();
  const detail = useCaseDetail(caseId);
  // An intake agent on a call attaches what the office faxed in (the upload control says so too).
  const onCall = Boolean(useSession().data?.actingOffice);
  if (!detail.data) {
    return detail.isError ? <ErrorAlert error={detail.error} /> : <FullPageLoader label="Loading the authorization…" inline />;
  }
  const data = detail.data;
  const fractions = data.procedures.some((line) => line.fractionsRequested !== null || line.phase);
  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Authorization Detail</Title>
        <PrintButtons caseId={caseId} />
      </Group>
      {/* What the office must do now comes first. */}
      {data.hold && <CaseHoldAlert hold={data.hold} audience="office" />}
      <UpdateAuthorization caseId={data.id} status={data.status} />
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          <Row label="Authorization Number">{data.authorizationNumber ?? 'N/A'}</Row>
          <Row label="Case Number">{data.caseNumber ?? ''}</Row>
          <Row label="Status">{statusLabel(data.status)}</Row>
          {data.p2p.eligibilityResult && <Row label="P2P Eligibility Result">{data.p2p.eligibilityResult}</Row>}
          {data.p2p.status && <Row label="P2P Status">{data.p2p.status}</Row>}
          <Row label="Urgency">{data.urgency === 'urgent' ? 'Urgent' : 'Standard'}</Row>
          <Row label="Program">{data.programName}</Row>
          <Row label="Health Plan">{[data.planName, data.lineOfBusiness].filter(Boolean).join(' – ')}</Row>
          <Row label="Member">{data.member ? `${data.member.name} (ID ${data.member.patientId}, DOB ${formatDate(data.member.dateOfBirth)})` : ''}</Row>
          <Row label="Ordering Provider">{data.orderingProvider ? `${data.orderingProvider.name} (NPI ${data.orderingProvider.npi})` : ''}</Row>
          <Row label="Site">{data.site ? `${data.site.name} (NPI ${data.site.npi}), ${data.site.address}, ${data.site.city}, ${data.site.state} ${data.site.zip}` : ''}</Row>
          <Row label="Date of Service">{formatDate(data.dateOfService)}</Row>
          <Row label="Submitted">{formatDateTime(data.submittedAt)}</Row>
          <Row label="Valid From">{formatDate(data.validFrom) || 'N/A'}</Row>
          <Row label="Expiration Date">{formatDate(data.validTo) || 'N/A'}</Row>
          <Row label="Last Updated">{formatDateTime(data.lastUpdated)}</Row>
          <Row label="Diagnoses">
            {data.diagnoses.map((diagnosis) => (
              <div key={diagnosis.code}>
                {diagnosis.rank}: {diagnosis.code} {diagnosis.description}
              </div>
            ))}
          </Row>
        </Table.Tbody>
      </Table>
      {/* After an adverse decision, what the office can still do, right under the decision (C6). */}
      <PostDecisionOptions options={data.postDecisionOptions} />
      <ScheduleP2pButton caseNumber={data.caseNumber} dateOfBirth={data.member?.dateOfBirth ?? null} p2p={data.p2p} />
      <PostDecisionRequest caseId={data.id} options={data.postDecisionOptions} />
      <section aria-labelledby="procedures-heading">
        <Title order={2} size="h4" id="procedures-heading" mb="xs">
          Procedures
        </Title>
        <Table.ScrollContainer minWidth={800}>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Code</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th>Modifiers</Table.Th>
                {fractions && <Table.Th>Phase</Table.Th>}
                {fractions && <Table.Th>Technique</Table.Th>}
                <Table.Th>Quantity Requested</Table.Th>
                <Table.Th>Quantity Approved</Table.Th>
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
                  {fractions && <Table.Td>{line.phase ?? ''}</Table.Td>}
                  {fractions && <Table.Td>{line.technique ?? ''}</Table.Td>}
                  <Table.Td>
                    {line.unitsRequested}
                    {line.fractionsRequested !== null ? ` (${line.fractionsRequested} fractions)` : ''}
                  </Table.Td>
                  <Table.Td>
                    {line.unitsApproved ?? ''}
                    {line.fractionsApproved !== null ? ` (${line.fractionsApproved} fractions)` : ''}
                  </Table.Td>
                  <Table.Td>{statusLabel(line.status)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
      <CaseCorrespondence caseId={data.id} scope="office" />
      <section aria-labelledby="documents-heading">
        <Title order={2} size="h4" id="documents-heading" mb="xs">
          Uploads and faxes
        </Title>
        <CaseDocumentList caseId={data.id} documents={data.documents} emptyText="No documents yet." />
      </section>
      {data.history.length > 0 && (
        <section aria-labelledby="history-heading">
          <Title order={2} size="h4" id="history-heading" mb="xs">
            History
          </Title>
          <Table withTableBorder striped>
            <Table.Tbody>
              {data.history.map((event, index) => (
                <Table.Tr key={`${event.at}-${index}`}>
                  <Table.Td w={220}>{formatDateTime(event.at)}</Table.Td>
                  <Table.Td>{event.description}</Table.Td>
                  <Table.Td w={220}>{event.actor ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}
      {isPending(data.status) && (
        <Paper withBorder p="md" radius="md" data-no-print>
          <Title order={2} size="h4" mb="xs">
            {onCall ? 'Attach a faxed document' : 'Upload additional clinical'}
          </Title>
          <DocumentUpload caseId={data.id} purpose="additional_clinical" label="Additional clinical documents" onUploaded={() => void detail.refetch()} />
        </Paper>
      )}
    </Stack>
  );
}
