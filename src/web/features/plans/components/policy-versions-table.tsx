import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import { LINE_OF_BUSINESS_LABELS, type PolicyVersionView } from '../../../../contracts/plan-admin.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { fieldLabel } from './policy-labels.ts';

function scopeText(scope: PolicyVersionView['scope']): string {
  const line = scope.lineOfBusiness ? (LINE_OF_BUSINESS_LABELS[scope.lineOfBusiness as keyof typeof LINE_OF_BUSINESS_LABELS] ?? scope.lineOfBusiness) : 'All lines of business';
  return `${line}${scope.programCode ? `, ${scope.programCode}` : ''}`;
}

/** Who changed what, when and why: the history of policy versions. */
export function PolicyVersionsTable({ versions, showScope = false }: { versions: PolicyVersionView[]; showScope?: boolean }) {
  if (versions.length === 0) {
    return <Text c="dimmed">No versions written for this scope: it follows a broader one.</Text>;
  }
  return (
    <ScrollArea>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            {showScope && <Table.Th>Applies to</Table.Th>}
            <Table.Th>In force</Table.Th>
            <Table.Th>Changed</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>Cases decided</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((version) => (
            <Table.Tr key={version.versionId}>
              <Table.Td>
                {version.versionId} {version.status === 'withdrawn' && <Badge color="gray">Withdrawn</Badge>}
              </Table.Td>
              {showScope && <Table.Td>{scopeText(version.scope)}</Table.Td>}
              <Table.Td>
                {formatDate(version.effectiveFrom)} – {version.effectiveTo ? formatDate(version.effectiveTo) : 'open-ended'}
              </Table.Td>
              <Table.Td>{version.changedFields.length ? version.changedFields.map(fieldLabel).join(', ') : '—'}</Table.Td>
              <Table.Td>
                {version.createdBy ?? 'Shipped with Priora'}
                {version.createdAt && (
                  <Text size="xs" c="dimmed">
                    {formatDateTime(version.createdAt)}
                  </Text>
                )}
                {version.withdrawnBy && (
                  <Text size="xs" c="dimmed">
                    Withdrawn by {version.withdrawnBy}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{version.note ?? ''}</Table.Td>
              <Table.Td>{version.casesDecided}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
