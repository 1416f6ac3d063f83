import { Anchor, Badge, Button, Card, CloseButton, Group, Modal, ScrollArea, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { addContractSchema, addPlanLineSchema, LINE_OF_BUSINESS_LABELS, LINES_OF_BUSINESS, updatePlanSchema, type ContractRow, type PlanDetail } from '../../../../contracts/plan-admin.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { hasPermission, useSession } from '../../auth/api/get-session.ts';
import { planChanges, usePlanChange, type AddContractInput, type AddPlanLineInput, type UpdatePlanInput } from '../api/change-plan.ts';
import { usePlan, usePlanHistory } from '../api/get-plan.ts';
import { usePrograms } from '../api/program-procedures.ts';
import { PolicyVersionsTable } from './policy-versions-table.tsx';

const lineLabel = (line: string) => LINE_OF_BUSINESS_LABELS[line as keyof typeof LINE_OF_BUSINESS_LABELS] ?? line;
const lineOptions = LINES_OF_BUSINESS.map((value) => ({ value, label: LINE_OF_BUSINESS_LABELS[value] }));

function PlanDetailsForm({ plan }: { plan: PlanDetail }) {
  const update = usePlanChange(planChanges.update);
  const form = useForm<UpdatePlanInput>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { name: plan.name, phone: plan.phone ?? '', fax: plan.fax ?? '' },
    validate: contractValidator<UpdatePlanInput>(updatePlanSchema),
  });
  const submit = form.onSubmit(
    (values) =>
      void update
        .mutateAsync([plan.code, values])
        .then(() => notifications.show({ color: 'teal', title: 'Plan saved', message: `${values.name} is updated.` }))
        .catch((error: unknown) => applyServerErrors(form, error)),
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={update.error} formValues={form.getValues()} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Plan name" required {...form.getInputProps('name')} />
          <TextInput label="Plan phone" {...form.getInputProps('phone')} />
          <TextInput label="Plan fax" {...form.getInputProps('fax')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={update.isPending}>
            Save plan
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LinesOfBusiness({ plan, canManage }: { plan: PlanDetail; canManage: boolean }) {
  const add = usePlanChange(planChanges.addLine);
  const remove = usePlanChange(planChanges.removeLine);
  const form = useForm<AddPlanLineInput>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { lineOfBusiness: 'commercial', state: '' },
    transformValues: (values) => ({ ...values, state: values.state.trim().toUpperCase() }),
    validate: contractValidator<AddPlanLineInput>(addPlanLineSchema, (values) => ({ ...values, state: values.state.trim().toUpperCase() })),
  });
  const submit = form.onSubmit(
    (values) =>
      void add
        .mutateAsync([plan.code, values])
        .then(() => form.setFieldValue('state', ''))
        .catch((error: unknown) => applyServerErrors(form, error)),
    () => focusFirstInvalid(),
  );
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          Lines of business and states
        </Title>
        {plan.linesOfBusiness.length === 0 && <Text c="dimmed">No lines of business yet.</Text>}
        {plan.linesOfBusiness.map((line) => (
          <Group key={line.lineOfBusiness} gap="xs">
            <Text fw={600} w={220}>
              {lineLabel(line.lineOfBusiness)}
            </Text>
            {line.states.map((state) => (
              <Badge
                key={state}
                variant="outline"
                rightSection={
                  canManage ? (
                    <CloseButton
                      size="xs"
                      aria-label={`Remove ${state} from ${lineLabel(line.lineOfBusiness)}`}
                      onClick={() => remove.mutate([plan.code, line.lineOfBusiness, state])}
                    />
                  ) : undefined
                }
              >
                {state}
              </Badge>
            ))}
          </Group>
        ))}
        <ErrorAlert error={remove.error} />
        {canManage && (
          <form onSubmit={submit} noValidate>
            <ErrorAlert error={add.error} formValues={form.getValues()} />
            <Group align="flex-end">
              <Select label="Line of business" data={lineOptions} allowDeselect={false} {...form.getInputProps('lineOfBusiness')} />
              <TextInput label="State" placeholder="IL" maxLength={2} w={90} {...form.getInputProps('state')} />
              <Button type="submit" variant="light" loading={add.isPending}>
                Add state
              </Button>
            </Group>
          </form>
        )}
      </Stack>
    </Card>
  );
}

function EndContractForm({ plan, contract, onDone }: { plan: PlanDetail; contract: ContractRow; onDone: () => void }) {
  const end = usePlanChange(planChanges.endContract);
  const [date, setDate] = useState(contract.effectiveTo ?? '');
  return (
    <Stack>
      <Text>
        {contract.programName} for {lineLabel(contract.lineOfBusiness)} members, from {formatDate(contract.effectiveFrom)}. Requests for services after the last day are no longer reviewed through Priora.
      </Text>
      <ErrorAlert error={end.error} />
      <TextInput type="date" label="Last day of the contract" description="Leave empty to keep the contract open-ended." value={date} onChange={(event) => setDate(event.currentTarget.value)} />
      <Group justify="flex-end">
        <Button
          loading={end.isPending}
          onClick={() =>
            void end
              .mutateAsync([plan.code, contract.id, date || null])
              .then(onDone)
              .catch(() => undefined)
          }
        >
          Save end date
        </Button>
      </Group>
    </Stack>
  );
}

function Contracts({ plan, canManage }: { plan: PlanDetail; canManage: boolean }) {
  const programs = usePrograms();
  const add = usePlanChange(planChanges.addContract);
  const [ending, setEnding] = useState<ContractRow | null>(null);
  const form = useForm<AddContractInput>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { programCode: '', lineOfBusiness: plan.linesOfBusiness[0]?.lineOfBusiness as AddContractInput['lineOfBusiness'], effectiveFrom: '', effectiveTo: null },
    validate: contractValidator<AddContractInput>(addContractSchema, (values) => ({ ...values, effectiveTo: values.effectiveTo || null })),
  });
  const submit = form.onSubmit(
    (values) =>
      void add
        .mutateAsync([plan.code, { ...values, effectiveTo: values.effectiveTo || null }])
        .then(() => {
          notifications.show({ color: 'teal', title: 'Contract added', message: 'New requests for these members can choose the program from its start date.' });
          form.reset();
        })
        .catch((error: unknown) => applyServerErrors(form, error)),
    () => focusFirstInvalid(),
  );
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          Programs contracted
        </Title>
        <ScrollArea>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Program</Table.Th>
                <Table.Th>Line of business</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>Until</Table.Th>
                <Table.Th>Policy</Table.Th>
                {canManage && <Table.Th>Change</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.contracts.map((contract) => (
                <Table.Tr key={contract.id}>
                  <Table.Td>{contract.programName}</Table.Td>
                  <Table.Td>{lineLabel(contract.lineOfBusiness)}</Table.Td>
                  <Table.Td>{formatDate(contract.effectiveFrom)}</Table.Td>
                  <Table.Td>{contract.effectiveTo ? formatDate(contract.effectiveTo) : 'Open-ended'}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/admin/policies?${new URLSearchParams({ planCode: plan.code, lineOfBusiness: contract.lineOfBusiness, programCode: contract.programCode }).toString()}`}>
                      Policy numbers
                    </Anchor>
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Button size="xs" variant="subtle" onClick={() => setEnding(contract)}>
                        Set end date
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
        {canManage && (
          <form onSubmit={submit} noValidate>
            <ErrorAlert error={add.error} formValues={form.getValues()} />
            <Group align="flex-end">
              <Select label="Program" placeholder="Choose" data={(programs.data ?? []).map((program) => ({ value: program.code, label: program.name }))} {...form.getInputProps('programCode')} />
              <Select label="Line of business" data={lineOptions} allowDeselect={false} {...form.getInputProps('lineOfBusiness')} />
              <TextInput type="date" label="From" {...form.getInputProps('effectiveFrom')} />
              <TextInput type="date" label="Until (optional)" {...form.getInputProps('effectiveTo')} value={form.getValues().effectiveTo ?? ''} />
              <Button type="submit" variant="light" loading={add.isPending}>
                Add contract
              </Button>
            </Group>
          </form>
        )}
      </Stack>
      <Modal opened={ending !== null} onClose={() => setEnding(null)} title="End date of the contract">
        {ending && <EndContractForm plan={plan} contract={ending} onDone={() => setEnding(null)} />}
      </Modal>
    </Card>
  );
}

function PlanHistory({ code }: { code: string }) {
  const history = usePlanHistory(code);
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          Changes to this plan
        </Title>
        <ErrorAlert error={history.error} />
        {history.data?.length === 0 && <Text c="dimmed">No changes since the plan was set up.</Text>}
        {(history.data?.length ?? 0) > 0 && (
          <ScrollArea>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>What changed</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.data?.map((change, index) => (
                  <Table.Tr key={`${change.at}-${index}`}>
                    <Table.Td>{formatDateTime(change.at)}</Table.Td>
                    <Table.Td>{change.by}</Table.Td>
                    <Table.Td>{change.change}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
    </Card>
  );
}

/** One plan: its details, lines of business, contracts and the policy versions that apply to it. */
export function PlanPage() {
  const { code = '' } = useParams();
  const plan = usePlan(code);
  const { data: session } = useSession();
  const canManage = hasPermission(session, 'plans.manage');
  usePageTitle(plan.data?.name ?? 'Health plan');

  if (plan.isPending) {
    return <FullPageLoader />;
  }
  if (!plan.data) {
    return <ErrorAlert error={plan.error} />;
  }
  const scopes = plan.data.linesOfBusiness.map((line) => line.lineOfBusiness);
  return (
    <Stack>
      <Anchor component={Link} to="/admin/plans">
        ← Health plans
      </Anchor>
      <Title order={1}>
        {plan.data.name} ({plan.data.code})
      </Title>
      {canManage && (
        <Card withBorder>
          <PlanDetailsForm key={`${plan.data.name}${plan.data.phone}${plan.data.fax}`} plan={plan.data} />
        </Card>
      )}
      <LinesOfBusiness plan={plan.data} canManage={canManage} />
      <Contracts plan={plan.data} canManage={canManage} />
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            Policy numbers
          </Title>
          <Text size="sm" c="dimmed">
            A line of business's numbers apply to all its programs unless a program has its own. Open one to see the numbers in force and change them.
          </Text>
          <Group>
            {scopes.map((line) => (
              <Button key={line} component={Link} variant="light" to={`/admin/policies?${new URLSearchParams({ planCode: plan.data.code, lineOfBusiness: line }).toString()}`}>
                {lineLabel(line)}: all programs
              </Button>
            ))}
          </Group>
          <Title order={3} size="h5">
            History of this plan's policy versions
          </Title>
          <PolicyVersionsTable versions={plan.data.policyVersions} showScope />
        </Stack>
      </Card>
      <PlanHistory code={plan.data.code} />
    </Stack>
  );
}
