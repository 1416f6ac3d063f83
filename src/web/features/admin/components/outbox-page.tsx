import { Anchor, Badge, Button, Group, Modal, ScrollArea, Select, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import type { OutboxMessageView } from '../../../../contracts/admin.ts';
import { RequirePermission } from '../../../app/guards.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useOutbox, type OutboxChannel } from '../api/list-outbox.ts';
import { LinkifiedText } from './linkified-text.tsx';

const channelLabels: Record<OutboxChannel, string> = { email: 'Email', sms: 'SMS', fax: 'Fax', mail: 'Member mail' };

const statusColors: Record<OutboxMessageView['status'], string> = { pending: 'yellow', sent: 'teal', kept: 'blue', failed: 'red' };

const statusHelp: Record<OutboxMessageView['status'], string> = {
  pending: 'Waiting to be delivered.',
  sent: 'Handed to the delivery service.',
  kept: 'Kept here: no delivery service is configured for this channel.',
  failed: 'Delivery failed after all attempts.',
};

function MessageDetails({ message }: { message: OutboxMessageView }) {
  return (
    <Stack gap="sm">
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={140}>Channel</Table.Th>
            <Table.Td>{channelLabels[message.channel]}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>To</Table.Th>
            <Table.Td>{message.recipient}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Template</Table.Th>
            <Table.Td>{message.template}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Status</Table.Th>
            <Table.Td>
              {message.status} ({message.attempts} attempt{message.attempts === 1 ? '' : 's'}) · {statusHelp[message.status]}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Created</Table.Th>
            <Table.Td>{formatDateTime(message.createdAt)}</Table.Td>
          </Table.Tr>
          {message.deliveredAt && (
            <Table.Tr>
              <Table.Th>Delivered</Table.Th>
              <Table.Td>{formatDateTime(message.deliveredAt)}</Table.Td>
            </Table.Tr>
          )}
          {message.lastError && (
            <Table.Tr>
              <Table.Th>Last error</Table.Th>
              <Table.Td>{message.lastError}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Text fw={600}>{message.subject || '(no subject)'}</Text>
      {message.letterId && (
        <Anchor href={`/api/outbox/${encodeURIComponent(message.id)}/letter`} target="_blank" rel="noopener">
          Open the letter (PDF, new tab)
        </Anchor>
      )}
      <Text component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} p="sm" bg="gray.0" bdrs="sm">
        <LinkifiedText text={message.body} />
      </Text>
    </Stack>
  );
}

function OutboxContent() {
  usePageTitle('Outbox');
  const [channel, setChannel] = useState<OutboxChannel | null>(null);
  const outbox = useOutbox(channel);
  const [open, setOpen] = useState<OutboxMessageView | null>(null);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Outbox</Title>
        <Text mt="xs">
          Every email, text message and fax Priora sends, newest first. Without a delivery service configured, messages
          are kept here so you can read them (for example, registration links in development).
        </Text>
      </div>
      <Group align="flex-end">
        <Select
          label="Channel"
          data={[
            { value: 'all', label: 'All channels' },
            { value: 'email', label: 'Email' },
            { value: 'sms', label: 'SMS' },
            { value: 'fax', label: 'Fax' },
            { value: 'mail', label: 'Member mail' },
          ]}
          value={channel ?? 'all'}
          onChange={(value) => setChannel(!value || value === 'all' ? null : value)}
          allowDeselect={false}
          w={200}
        />
        <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => void outbox.refetch()} loading={outbox.isFetching}>
          Refresh
        </Button>
      </Group>

      {outbox.isPending ? (
        <FullPageLoader label="Loading messages…" inline />
      ) : outbox.isError ? (
        <ErrorAlert error={outbox.error} />
      ) : outbox.data.length === 0 ? (
        <Text>No messages{channel ? ` on the ${channelLabels[channel]} channel` : ''}.</Text>
      ) : (
        <ScrollArea type="auto">
          <Table striped highlightOnHover withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Created</Table.Th>
                <Table.Th scope="col">Channel</Table.Th>
                <Table.Th scope="col">To</Table.Th>
                <Table.Th scope="col">Subject</Table.Th>
                <Table.Th scope="col">Template</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {outbox.data.map((message) => (
                <Table.Tr key={message.id} onClick={() => setOpen(message)} style={{ cursor: 'pointer' }}>
                  <Table.Td className="nowrap">{formatDateTime(message.createdAt)}</Table.Td>
                  <Table.Td>{channelLabels[message.channel]}</Table.Td>
                  <Table.Td>{message.recipient}</Table.Td>
                  <Table.Td>
                    {/* The row is clickable with a mouse; this button is the keyboard and screen-reader way in. */}
                    <UnstyledButton
                      onClick={(event) => {
                        event.stopPropagation();
                        setOpen(message);
                      }}
                      td="underline"
                      c="teal.9"
                    >
                      {message.subject || '(no subject)'}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{message.template}</Table.Td>
                  <Table.Td>
                    <Badge color={statusColors[message.status]} variant="light">
                      {message.status}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}

      <Modal opened={open !== null} onClose={() => setOpen(null)} title="Message" size="xl">
        {open && <MessageDetails message={open} />}
      </Modal>
    </Stack>
  );
}

export function OutboxPage() {
  return (
    <RequirePermission anyOf={['outbox.read']}>
      <OutboxContent />
    </RequirePermission>
  );
}
