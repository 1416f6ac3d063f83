import { Anchor, Badge, Button, Group, Modal, ScrollArea, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { createPlanSchema, LINE_OF_BUSINESS_LABELS } from '../../../../contracts/plan-admin.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { formatPhone } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { hasPermission, useSession } from '../../auth/api/get-session.ts';
import { planChanges, usePlanChange, type CreatePlanInput } from '../api/change-plan.ts';
import { usePlans } from '../api/list-plans.ts';

function CreatePlanForm({ onDone }: { onDone: (code: string) => void }) {
  const create = usePlanChange(planChanges.create);
  const form = useForm<CreatePlanInput>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { code: '', name: '', phone: '', fax: '' },
    validate: contractValidator<CreatePlanInput>(createPlanSchema),
  });
  const submit = form.onSubmit(
    (values) => {
      create
        .mutateAsync([values])
        .then((plan) => {
          notifications.show({ color: 'teal', title: 'Plan added', message: `${plan.name} (${plan.code}). Add its lines of business and contracts next.` });
          onDone(plan.code);
        })
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={create.error} formValues={form.getValues()} />
        <TextInput label="Plan code" description="Short and permanent, e.g. ACME. Used in configuration and reports." required {...form.getInputProps('code')} />
        <TextInput label="Plan name" required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Plan phone" {...form.getInputProps('phone')} />
          <TextInput label="Plan fax" {...form.getInputProps('fax')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            Add plan
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Health plans: who Priora reviews for, their lines of business, states and programs (C11). */
export function PlansPage() {
  usePageTitle('Health plans');
  const { data: session } = useSession();
  const plans = usePlans();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const canManage = hasPermission(session, 'plans.manage');

  if (plans.isPending) {
    return <FullPageLoader />;
  }
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Health plans</Title>
        {canManage && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            Add plan
          </Button>
        )}
      </Group>
      <Text c="dimmed">Each plan's lines of business, the programs it contracts, and the policy numbers Priora applies to its requests.</Text>
      <ErrorAlert error={plans.error} />
      <ScrollArea>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Plan</Table.Th>
              <Table.Th>Code</Table.Th>
              <Table.Th>Lines of business and states</Table.Th>
              <Table.Th>Programs</Table.Th>
              <Table.Th>Phone</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(plans.data ?? []).map((plan) => (
              <Table.Tr key={plan.code}>
                <Table.Td>
                  <Anchor component={Link} to={`/admin/plans/${plan.code}`}>
                    {plan.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{plan.code}</Table.Td>
                <Table.Td>
                  {plan.linesOfBusiness.map((line) => (
                    <Text key={line.lineOfBusiness} size="sm">
                      {LINE_OF_BUSINESS_LABELS[line.lineOfBusiness as keyof typeof LINE_OF_BUSINESS_LABELS] ?? line.lineOfBusiness}: {line.states.join(', ')}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {plan.programCodes.map((code) => (
                      <Badge key={code} variant="light" size="sm">
                        {code}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{formatPhone(plan.phone)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Modal opened={creating} onClose={() => setCreating(false)} title="Add a health plan">
        <CreatePlanForm
          onDone={(code) => {
            setCreating(false);
            void navigate(`/admin/plans/${code}`);
          }}
        />
      </Modal>
    </Stack>
  );
}
