import { Anchor, Divider, Paper, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseView } from '../../../../contracts/cases.ts';
import { formatDate, formatPhone } from '../../../lib/format.ts';
import { isFinished, mayEdit, stepTitles, type EditableStep } from '../steps.ts';

const linesOfBusiness: Record<string, string> = {
  medicare: 'Medicare',
  medicaid: 'Medicaid',
  commercial: 'Commercial',
  dual: 'Medicare and Medicaid',
};

export function lineOfBusinessLabel(value: string | null | undefined): string {
  return value ? (linesOfBusiness[value] ?? value) : '';
}

/** "C50.911" for a stored "C50911": ICD-10-CM codes are shown with their dot after the third character. */
export function displayDiagnosis(code: string): string {
  return code.length > 3 && !code.includes('.') ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

export function ProgressMeter({ percent }: { percent: number }) {
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" id="case-progress-label">
        {percent}% Complete
      </Text>
      <Progress value={percent} size="lg" radius="xl" aria-labelledby="case-progress-label" />
    </Stack>
  );
}

interface SummarySection {
  step: EditableStep | 'program';
  lines: ReactNode[];
}

function sections(view: CaseView): SummarySection[] {
  const result: SummarySection[] = [{ step: 'program', lines: [view.program.name] }];
  const finished = (step: EditableStep) => isFinished(view, step);
  if (finished('provider') && view.provider) {
    result.push({ step: 'provider', lines: [view.provider.name, `NPI ${view.provider.npi}`] });
  }
  if (finished('plan') && view.plan) {
    const address = view.providerAddress;
    result.push({ step: 'plan', lines: [view.plan.name, ...(address ? [`${address.address}, ${address.city}, ${address.state} ${address.zip}`] : [])] });
  }
  if (finished('contact') && view.contact) {
    result.push({ step: 'contact', lines: [view.contact.contactName, `Fax ${formatPhone(view.contact.fax)}`] });
  }
  if (finished('member') && view.member) {
    result.push({ step: 'member', lines: [view.member.name, `DOB ${formatDate(view.member.dateOfBirth)}`, `Patient ID ${view.member.patientId}`] });
  }
  if (finished('date_of_service') && view.dateOfService) {
    result.push({ step: 'date_of_service', lines: [`${formatDate(view.dateOfService)}${view.retrospective ? ' (already performed)' : ''}`] });
  }
  if (finished('service') && view.service) {
    result.push({
      step: 'service',
      lines: [
        `${view.service.procedureCode} ${view.service.procedureDescription}`,
        `Dx ${displayDiagnosis(view.service.primaryDiagnosis.code)}${view.service.secondaryDiagnosis ? `, ${displayDiagnosis(view.service.secondaryDiagnosis.code)}` : ''}`,
      ],
    });
  }
  if (finished('site') && view.site) {
    result.push({ step: 'site', lines: [view.site.name, `${view.site.city}, ${view.site.state}`] });
  }
  return result;
}

/** EDIT reopens a finished step (its link names the step for screen readers and tests). */
export function EditLink({ step }: { step: EditableStep }) {
  return (
    <Anchor component={Link} to={`?step=${step}`} size="sm" fw={600}>
      EDIT<VisuallyHidden> {stepTitles[step]}</VisuallyHidden>
    </Anchor>
  );
}

/** The side panel: % complete and the finished steps, each with EDIT while the request can still change. */
export function CaseSidePanel({ view, viewing, withSteps = true }: { view: CaseView; viewing: string; withSteps?: boolean }) {
  return (
    <Paper withBorder p="md" radius="md" component="aside" aria-label="Your request so far">
      <Stack gap="sm">
        <ProgressMeter percent={view.percentComplete} />
        {withSteps && <Divider />}
        {(withSteps ? sections(view) : []).map((section) => (
          <div key={section.step}>
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">
              {stepTitles[section.step]}
            </Text>
            {section.lines.map((line, index) => (
              <Text key={index} size="sm">
                {line}
              </Text>
            ))}
            {section.step !== 'program' && section.step !== viewing && mayEdit(view, section.step) && <EditLink step={section.step} />}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={220} scope="row">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** Everything entered so far, as the portal's "Summary of Your Request" lays it out. */
export function CaseReview({ view }: { view: CaseView }) {
  const { provider, providerAddress, contact, member, plan, service, site } = view;
  const groups: Array<{ step: EditableStep | 'program'; rows: Array<[string, ReactNode]> }> = [
    { step: 'program', rows: [['Program', view.program.name]] },
    {
      step: 'provider',
      rows: [['Provider Name', provider ? `${provider.name} (NPI ${provider.npi})` : '—']],
    },
    {
      step: 'plan',
      rows: [
        ['Insurance Carrier', plan ? `${plan.name}${plan.lineOfBusiness ? ` (${lineOfBusinessLabel(plan.lineOfBusiness)})` : ''}` : '—'],
        ['Provider Address', providerAddress ? `${providerAddress.address}, ${providerAddress.city}, ${providerAddress.state} ${providerAddress.zip}` : '—'],
      ],
    },
    {
      step: 'contact',
      rows: [
        ['Contact', contact ? contact.contactName : '—'],
        ['Phone Number', contact ? `${formatPhone(contact.phone)}${contact.phoneExtension ? ` ext. ${contact.phoneExtension}` : ''}` : '—'],
        ['Fax Number', contact ? formatPhone(contact.fax) : '—'],
        ['Email', contact ? `${contact.email}${contact.notifyOnStatusChange ? ' (notified of status changes)' : ''}` : '—'],
      ],
    },
    {
      step: 'member',
      rows: [
        ['Patient Name', member ? member.name : '—'],
        ['Patient ID', member ? member.patientId : '—'],
        ['Date of Birth', member ? formatDate(member.dateOfBirth) : '—'],
        ['Best Contact Number', member ? (member.phoneUnknown ? 'Unknown' : formatPhone(member.bestPhone)) : '—'],
      ],
    },
    {
      step: 'date_of_service',
      rows: [['Date of Service', view.dateOfService ? `${formatDate(view.dateOfService)}${view.retrospective ? ' (already performed: retrospective request)' : ''}` : '—']],
    },
    {
      step: 'service',
      rows: [
        ['Procedure', service ? `${service.procedureCode} ${service.procedureDescription}` : '—'],
        ['Primary Diagnosis', service ? `${displayDiagnosis(service.primaryDiagnosis.code)} ${service.primaryDiagnosis.description}` : '—'],
        [
          'Secondary Diagnosis',
          service?.secondaryDiagnosis ? `${displayDiagnosis(service.secondaryDiagnosis.code)} ${service.secondaryDiagnosis.description}` : 'None',
        ],
        ['Rendered in Your Office', service ? (service.renderedInOffice ? 'Yes' : 'No') : '—'],
      ],
    },
    {
      step: 'site',
      rows: [
        ['Site Name', site ? `${site.name} (NPI ${site.npi})` : '—'],
        ['Site Address', site ? `${site.address}, ${site.city}, ${site.state} ${site.zip}` : '—'],
      ],
    },
  ];
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Summary of Your Request
      </Title>
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {groups.map((group) => (
            <Fragment key={group.step}>
              {group.rows.map(([label, value], index) => (
                <Row key={label} label={label}>
                  {value}
                  {index === 0 && group.step !== 'program' && mayEdit(view, group.step) && (
                    <>
                      {' '}
                      <EditLink step={group.step} />
                    </>
                  )}
                </Row>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
