import { Alert, Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LINE_OF_BUSINESS_LABELS, type PolicyVersionView } from '../../../../contracts/plan-admin.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { hasPermission, useSession } from '../../auth/api/get-session.ts';
import { usePolicyChanges, usePolicyScope } from '../api/policies.ts';
import { PolicyForm } from './policy-form.tsx';
import { PolicySummary } from './policy-summary.tsx';
import { PolicyVersionsTable } from './policy-versions-table.tsx';

function scopeTitle(scope: Record<string, string>): string {
  if (!scope['planCode']) {
    return 'Global default';
  }
  const line = scope['lineOfBusiness'] ? (LINE_OF_BUSINESS_LABELS[scope['lineOfBusiness'] as keyof typeof LINE_OF_BUSINESS_LABELS] ?? scope['lineOfBusiness']) : 'all lines of business';
  return `${scope['planCode']}, ${line}, ${scope['programCode'] ?? 'all programs'}`;
}

function WithdrawForm({ version, onDone }: { version: PolicyVersionView; onDone: () => void }) {
  const { withdraw } = usePolicyChanges();
  const [note, setNote] = useState('');
  return (
    <Stack>
      <Text>
        {version.versionId} was to apply from {formatDate(version.effectiveFrom)}. Withdrawn, it never applies, and the version before it runs on.
      </Text>
      <ErrorAlert error={withdraw.error} />
      <Textarea label="Reason" required value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} />
      <Group justify="flex-end">
        <Button
          color="red"
          loading={withdraw.isPending}
          onClick={() =>
            void withdraw
              .mutateAsync({ versionId: version.versionId, note })
              .then(onDone)
              .catch(() => undefined)
          }
        >
          Withdraw planned change
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The policy numbers of one scope (plan, line of business, program): what is in force today,
 * where it comes from, planned changes, the history, and the form for a new version.
 */
export function PolicyPage() {
  const [params] = useSearchParams();
  const scope = Object.fromEntries([...params.entries()].filter(([key, value]) => ['planCode', 'lineOfBusiness', 'programCode'].includes(key) && value));
  const view = usePolicyScope(scope);
  const { data: session } = useSession();
  const canManage = hasPermission(session, 'plans.manage');
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState<PolicyVersionView | null>(null);
  usePageTitle(`Policy: ${scopeTitle(scope)}`);

  if (view.isPending) {
    return <FullPageLoader />;
  }
  if (!view.data) {
    return <ErrorAlert error={view.error} />;
  }
  const { inForce, versions, today } = view.data;
  const inherited = inForce.scope.planCode !== view.data.scope.planCode || inForce.scope.lineOfBusiness !== view.data.scope.lineOfBusiness || inForce.scope.programCode !== view.data.scope.programCode;
  const planned = versions.filter((version) => version.status === 'active' && version.effectiveFrom > today);

  return (
    <Stack>
      {scope['planCode'] && (
        <Anchor component={Link} to={`/admin/plans/${scope['planCode']}`}>
          ← {scope['planCode']}
        </Anchor>
      )}
      <Group justify="space-between">
        <Title order={1}>Policy numbers: {scopeTitle(scope)}</Title>
        {canManage && !editing && <Button onClick={() => setEditing(true)}>Change these numbers</Button>}
      </Group>
      {inherited && (
        <Alert color="blue">
          No version is written for exactly this scope: {inForce.versionId} ({inForce.scope.planCode ?? 'global default'}
          {inForce.scope.lineOfBusiness ? `, ${inForce.scope.lineOfBusiness}` : ''}) applies. Saving a change here writes a version for this scope only.
        </Alert>
      )}
      {editing ? (
        <Card withBorder>
          <PolicyForm view={view.data} onDone={() => setEditing(false)} />
        </Card>
      ) : (
        <Card withBorder>
          <Stack>
            <Group gap="xs">
              <Title order={2} size="h4">
                In force today
              </Title>
              <Badge variant="light">{inForce.versionId}</Badge>
              <Text size="sm" c="dimmed">
                since {formatDate(inForce.effectiveFrom)}
                {inForce.effectiveTo ? `, until ${formatDate(inForce.effectiveTo)}` : ''}
              </Text>
            </Group>
            <PolicySummary values={inForce.values} />
          </Stack>
        </Card>
      )}
      {planned.length > 0 && (
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">
              Planned changes
            </Title>
            {planned.map((version) => (
              <Group key={version.versionId} justify="space-between">
                <Text>
                  {version.versionId} from {formatDate(version.effectiveFrom)}: {version.note}
                </Text>
                {canManage && (
                  <Button size="xs" variant="subtle" color="red" onClick={() => setWithdrawing(version)}>
                    Withdraw
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        </Card>
      )}
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            History
          </Title>
          <PolicyVersionsTable versions={versions} />
        </Stack>
      </Card>
      <Modal opened={withdrawing !== null} onClose={() => setWithdrawing(null)} title="Withdraw a planned change">
        {withdrawing && <WithdrawForm version={withdrawing} onDone={() => setWithdrawing(null)} />}
      </Modal>
    </Stack>
  );
}
