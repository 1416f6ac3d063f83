import { Anchor, Badge, Box, Group, Paper, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ReviewCaseView } from '../../../../contracts/review.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { displayDiagnosis, lineOfBusinessLabel } from '../../cases/components/case-summary.tsx';
import { DetailRow } from '../../cases/components/detail-row.tsx';
import { PostDecisionOptions } from '../../cases/components/post-decision-options.tsx';
import { CriteriaTable } from '../../cases/components/review-step.tsx';
import { statusLabel } from '../../cases/status.ts';

export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DetailRow label={label} labelWidth={200}>
      {children}
    </DetailRow>
  );
}

/** A titled part of the case page, named for screen readers by its heading. */
export function Section({ id, title, extra, children }: { id: string; title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Group gap="sm" mb="xs" align="center">
        <Title order={2} size="h4" id={`${id}-heading`}>
          {title}
        </Title>
        {extra}
      </Group>
      {children}
    </section>
  );
}

export function healthPlan(view: Pick<ReviewCaseView, 'planName' | 'lineOfBusiness'>): string {
  return [view.planName, lineOfBusinessLabel(view.lineOfBusiness)].filter(Boolean).join(' – ');
}

/** Who, what, where and when: the request as the office submitted it. */
export function RequestSection({ view }: { view: ReviewCaseView }) {
  const radiation = view.lines.some((line) => line.phase || line.technique || line.fractionsRequested !== null);
  const decided = view.lines.some((line) => line.status !== 'requested');
  const columns = 4 + (radiation ? 3 : 0) + (decided ? (radiation ? 3 : 2) : 0);
  return (
    <Section id="request" title="Request">
      <Stack gap="md">
        <Table variant="vertical" layout="fixed" withTableBorder>
          <Table.Tbody>
            <Row label="Member">{view.member ? `${view.member.name} (ID ${view.member.patientId}, DOB ${formatDate(view.member.dateOfBirth)})` : ''}</Row>
            <Row label="Ordering Provider">{view.orderingProvider ? `${view.orderingProvider.name} (NPI ${view.orderingProvider.npi})` : ''}</Row>
            <Row label="Site">{view.site ? `${view.site.name} (NPI ${view.site.npi})` : ''}</Row>
            <Row label="Office">{view.officeName}</Row>
            <Row label="Program">{view.programName}</Row>
            <Row label="Health Plan">{healthPlan(view)}</Row>
            <Row label="Date of Service">{formatDate(view.dateOfService)}</Row>
            <Row label="Diagnoses">
              {view.diagnoses.map((diagnosis) => (
                <div key={`${diagnosis.rank}-${diagnosis.code}`}>
                  {diagnosis.rank.charAt(0).toUpperCase() + diagnosis.rank.slice(1)}: {displayDiagnosis(diagnosis.code)} {diagnosis.description}
                </div>
              ))}
            </Row>
          </Table.Tbody>
        </Table>
        <Table.ScrollContainer minWidth={720}>
          <Table withTableBorder striped aria-label="Service lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Code</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th>Units</Table.Th>
                {radiation && <Table.Th>Phase</Table.Th>}
                {radiation && <Table.Th>Technique</Table.Th>}
                {radiation && <Table.Th>Fractions</Table.Th>}
                {decided && <Table.Th>Units approved</Table.Th>}
                {decided && radiation && <Table.Th>Fractions approved</Table.Th>}
                {decided && <Table.Th>Decision</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.lines.map((line) => (
                <Table.Tr key={line.lineNumber}>
                  <Table.Td>{line.lineNumber}</Table.Td>
                  <Table.Td>{line.code}</Table.Td>
                  <Table.Td>{line.description}</Table.Td>
                  <Table.Td>{line.unitsRequested}</Table.Td>
                  {radiation && <Table.Td>{line.phase ?? ''}</Table.Td>}
                  {radiation && <Table.Td>{line.technique ?? ''}</Table.Td>}
                  {radiation && <Table.Td>{line.fractionsRequested ?? ''}</Table.Td>}
                  {decided && <Table.Td>{line.unitsApproved ?? ''}</Table.Td>}
                  {decided && radiation && <Table.Td>{line.fractionsApproved ?? ''}</Table.Td>}
                  {decided && <Table.Td>{statusLabel(line.status)}</Table.Td>}
                </Table.Tr>
              ))}
              {view.lines.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={columns}>No service lines.</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Section>
  );
}

/** The clinical questions as asked and the answers given, follow-up questions indented under theirs. */
export function AnswersSection({ answers }: { answers: ReviewCaseView['answers'] }) {
  return (
    <Section id="answers" title="Clinical answers">
      {answers.length === 0 ? (
        <Text size="sm">No clinical questions were answered.</Text>
      ) : (
        <Box component="dl" m={0}>
          {answers.map((answer, index) => (
            <Box key={index} pl={answer.depth * 24} py={6} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
              <Text component="dt" size="sm" fw={600}>
                {answer.prefix ? `${answer.prefix} ` : ''}
                {answer.question}
              </Text>
              <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
                {answer.answer}
              </Text>
            </Box>
          ))}
        </Box>
      )}
    </Section>
  );
}

export function CriteriaSection({ criteria }: { criteria: ReviewCaseView['criteria'] }) {
  return (
    <Section id="criteria" title="Guideline criteria">
      {criteria.length === 0 ? <Text size="sm">No guideline criteria were evaluated.</Text> : <CriteriaTable criteria={criteria} />}
    </Section>
  );
}

/** Each document opens in a new tab, shown inline by the server in a sandbox. */
export function DocumentsSection({ caseId, documents }: { caseId: string; documents: ReviewCaseView['documents'] }) {
  return (
    <Section id="documents" title="Documents">
      {documents.length === 0 ? (
        <Text size="sm">No documents.</Text>
      ) : (
        <Stack gap={4}>
          {documents.map((document) => (
            <Text key={document.id} size="sm">
              <Anchor href={`/api/review/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(document.id)}`} target="_blank" rel="noopener">
                {document.displayName}
                <IconExternalLink size={12} aria-hidden style={{ marginLeft: 4 }} />
              </Anchor>{' '}
              ({document.purpose.replace(/_/g, ' ')}, {formatDateTime(document.uploadedAt)}, {Math.max(1, Math.round(document.sizeBytes / 1024))} KB)
            </Text>
          ))}
        </Stack>
      )}
    </Section>
  );
}

/** What happened to the case, oldest first, and which events the office can see. */
export function HistorySection({ timeline }: { timeline: ReviewCaseView['timeline'] }) {
  return (
    <Section id="history" title="History">
      {timeline.length === 0 ? (
        <Text size="sm">No history yet.</Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} active={timeline.length - 1}>
          {timeline.map((event, index) => (
            <Timeline.Item
              key={`${event.at}-${index}`}
              title={
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {event.description}
                  </Text>
                  {event.officeVisible && (
                    <Badge size="xs" variant="light" color="blue">
                      Office sees this
                    </Badge>
                  )}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(event.at)}
                {event.actor ? ` · ${event.actor}` : ''}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}

const outcomeColors: Record<string, string> = { approved: 'teal', partially_approved: 'yellow', denied: 'red', administratively_denied: 'red', alternative_recommended: 'indigo' };

/** The decision, once there is one: outcome, reason, who and when, and the authorization it gave. */
export function DeterminationPanel({ determination }: { determination: NonNullable<ReviewCaseView['determination']> }) {
  const color = outcomeColors[determination.outcome] ?? 'gray';
  return (
    <Paper withBorder p="md" radius="md" style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}>
      <Section id="determination" title="Determination" extra={<Badge color={color}>{statusLabel(determination.outcome)}</Badge>}>
        <Table variant="vertical" layout="fixed" withTableBorder>
          <Table.Tbody>
            <Row label="Outcome">{statusLabel(determination.outcome)}</Row>
            {determination.reason && (
              <Row label="Reason">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {determination.reason}
                </Text>
              </Row>
            )}
            {determination.alternative && <Row label="Recommended instead">{determination.alternative.text}</Row>}
            {determination.criteria.length > 0 && (
              <Row label="Criteria not met">
                <Stack gap={4}>
                  {determination.criteria.map((criterion) => (
                    <Text key={criterion.id} size="sm">
                      {criterion.text}{' '}
                      <Text span size="xs" c="dimmed">
                        ({criterion.guideline}, version {criterion.version}, section {criterion.section})
                      </Text>
                    </Text>
                  ))}
                </Stack>
              </Row>
            )}
            <Row label="Decided by">{determination.decidedBy}</Row>
            {determination.p2pStatus && <Row label="P2P Status">{determination.p2pStatus}</Row>}
            <Row label="Decided">{formatDateTime(determination.decidedAt)}</Row>
            {determination.authorizationNumber && <Row label="Authorization Number">{determination.authorizationNumber}</Row>}
            {(determination.validFrom || determination.validTo) && (
              <Row label="Valid">
                {formatDate(determination.validFrom)} – {formatDate(determination.validTo)}
              </Row>
            )}
          </Table.Tbody>
        </Table>
        <Box mt="md">
          <PostDecisionOptions options={determination.postDecisionOptions} headingLevel={3} />
        </Box>
      </Section>
    </Paper>
  );
}
