import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconKey, IconPencil, IconShieldLock, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AccountView } from '../../../../contracts/account.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatPhone } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { hasPermission, useSession } from '../../auth/api/get-session.ts';
import { useAccount } from '../api/get-account.ts';
import { usePractitioners } from '../api/list-practitioners.ts';
import { ChangePasswordForm } from './change-password-form.tsx';
import { EditAccountForm } from './edit-account-form.tsx';
import { PractitionersTable } from './practitioners-table.tsx';
import { ResetMfaForm } from './reset-mfa-form.tsx';

type Dialog = 'edit' | 'password' | 'mfa' | null;

const mfaLabels: Record<string, string> = { totp: 'Authenticator app', sms: 'Text message', email: 'Email' };

function AccountDetails({ account }: { account: AccountView }) {
  const { office, primaryContact, me } = account;
  return (
    <Table variant="vertical" layout="fixed" withTableBorder maw={720}>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th w={180}>Office Name</Table.Th>
          <Table.Td>{office.name}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Address</Table.Th>
          <Table.Td>
            {office.address}
            <br />
            {office.city}, {office.state} {office.zip}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Office Phone</Table.Th>
          <Table.Td>{formatPhone(office.phone)}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Office Fax</Table.Th>
          <Table.Td>{office.fax ? formatPhone(office.fax) : 'None on file'}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Primary Contact</Table.Th>
          <Table.Td>{primaryContact?.name ?? 'None on file'}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Email Address</Table.Th>
          <Table.Td>{primaryContact?.email ?? 'None on file'}</Table.Td>
        </Table.Tr>
        {(office.npi || office.tin) && (
          <Table.Tr>
            <Table.Th>NPI / Tax ID</Table.Th>
            <Table.Td>
              {office.npi ?? '—'} / {office.tin ?? '—'}
            </Table.Td>
          </Table.Tr>
        )}
        <Table.Tr>
          <Table.Th>Your sign-in</Table.Th>
          <Table.Td>
            {me.userName} · {me.email}
            <br />
            Second step: {me.mfaMethod ? (mfaLabels[me.mfaMethod] ?? me.mfaMethod) : 'not set up yet'}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

export function AccountPage() {
  usePageTitle('Manage Your Account');
  const { data: session } = useSession();
  const account = useAccount();
  const canReadPractitioners = hasPermission(session, 'account.practitioners.read');
  const canManagePractitioners = hasPermission(session, 'account.practitioners.manage');
  const practitioners = usePractitioners({ enabled: canReadPractitioners });
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <Stack gap="lg">
      <Title order={1}>Manage Your Account</Title>

      {account.isPending ? (
        <FullPageLoader label="Loading your account…" inline />
      ) : account.isError ? (
        <ErrorAlert error={account.error} />
      ) : (
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <AccountDetails account={account.data} />
            <Group gap="sm">
              {account.data.canEdit && (
                <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setDialog('edit')}>
                  EDIT ACCOUNT
                </Button>
              )}
              <Button variant="outline" leftSection={<IconKey size={16} aria-hidden />} onClick={() => setDialog('password')}>
                CHANGE PASSWORD
              </Button>
              <Button variant="outline" color="gray" leftSection={<IconShieldLock size={16} aria-hidden />} onClick={() => setDialog('mfa')}>
                Reset multi-factor authentication
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {canReadPractitioners && (
        <section aria-labelledby="providers-heading">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h3" id="providers-heading">
                Providers
              </Title>
              {canManagePractitioners && (
                <Button component={Link} to="/account/practitioners/add" leftSection={<IconUserPlus size={16} aria-hidden />}>
                  ADD PROVIDER
                </Button>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              Providers must be on your account before cases can be submitted for them over the web.
            </Text>
            {practitioners.isPending ? (
              <FullPageLoader label="Loading providers…" inline />
            ) : practitioners.isError ? (
              <ErrorAlert error={practitioners.error} />
            ) : (
              <PractitionersTable practitioners={practitioners.data} canRemove={canManagePractitioners} />
            )}
          </Stack>
        </section>
      )}

      <Modal opened={dialog === 'edit'} onClose={close} title="Edit account" size="lg">
        {account.data && <EditAccountForm account={account.data} onDone={close} />}
      </Modal>
      <Modal opened={dialog === 'password'} onClose={close} title="Change password" size="md">
        <ChangePasswordForm me={account.data?.me} onDone={close} />
      </Modal>
      <Modal opened={dialog === 'mfa'} onClose={close} title="Reset multi-factor authentication" size="md">
        <ResetMfaForm onDone={close} />
      </Modal>
    </Stack>
  );
}
