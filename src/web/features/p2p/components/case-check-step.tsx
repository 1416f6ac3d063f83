import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { caseCheckSchema, type P2pCaseView } from '../../../../contracts/p2p.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../lib/format.ts';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid, unplacedFieldMessages } from '../../../lib/forms.ts';
import { useCheckCases } from '../api/scheduler.ts';

interface Values {
  cases: Array<{ caseNumber: string; dateOfBirth: string }>;
}

interface Props {
  initial: { caseNumber: string; dateOfBirth: string };
  onContinue: (cases: P2pCaseView[]) => void;
}

/** Step 1 (seed 003 "New P2P Request"): the cases for one appointment, each checked for a P2P. */
export function CaseCheckStep({ initial, onContinue }: Props) {
  const check = useCheckCases();
  const [checked, setChecked] = useState<P2pCaseView[] | null>(null);
  const form = useForm<Values>({ mode: 'controlled', ...accessibleErrors, initialValues: { cases: [initial] }, validate: contractValidator<Values>(caseCheckSchema) });
  const submit = form.onSubmit(
    (values) => {
      setChecked(null);
      check
        .mutateAsync(values)
        .then((result) => setChecked(result.cases))
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  const allEligible = checked !== null && checked.every((one) => one.eligible);
  const mixed = checked !== null && checked.some((one) => one.level === 'pre_decision') && checked.some((one) => one.level !== 'pre_decision');
  return (
    <Stack>
      <form onSubmit={submit} noValidate>
        <Stack>
          {check.error && unplacedFieldMessages(form.getValues(), check.error).length === 0 && Object.keys(form.errors).length === 0 && <ErrorAlert error={check.error} />}
          {form.getValues().cases.map((_, index) => (
            <Group key={index} align="flex-end">
              <TextInput label="Case number" required {...form.getInputProps(`cases.${index}.caseNumber`)} />
              <TextInput label="Member date of birth" type="date" required {...form.getInputProps(`cases.${index}.dateOfBirth`)} />
              {index > 0 && (
                <Button variant="subtle" color="red" onClick={() => form.removeListItem('cases', index)}>
                  Remove
                </Button>
              )}
            </Group>
          ))}
          <Group>
            <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.insertListItem('cases', { caseNumber: '', dateOfBirth: '' })}>
              Add Another Case
            </Button>
            <Button type="submit" loading={check.isPending}>
              Look up cases
            </Button>
          </Group>
        </Stack>
      </form>
      {checked?.map((one) => (
        <Paper key={one.caseId} withBorder p="md" radius="md">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              Case {one.caseNumber}
            </Title>
            <Badge color={one.eligible ? 'teal' : 'red'} variant="light">
              {one.eligible ? 'P2P Eligible' : 'Not eligible'}
            </Badge>
          </Group>
          <Alert color={one.eligible ? 'blue' : 'red'} variant="light" mb="sm">
            {one.message}
          </Alert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Stack gap={2}>
              <Text fw={600} size="sm">
                Member Information
              </Text>
              <Text size="sm">Name: {one.member.name}</Text>
              <Text size="sm">DOB: {formatDate(one.member.dateOfBirth)}</Text>
              <Text size="sm">State: {one.member.state}</Text>
              <Text size="sm">Health Plan: {one.member.planName ?? ''}</Text>
              <Text size="sm">Member ID: {one.member.patientId}</Text>
            </Stack>
            <Stack gap={2}>
              <Text fw={600} size="sm">
                Case P2P Information
              </Text>
              <Text size="sm">P2P Valid Until: {one.validUntil ? formatDate(one.validUntil) : '—'}</Text>
              <Text size="sm">Modality: {one.programName}</Text>
              <Text size="sm">Level of Review: {one.levelLabel ?? '—'}</Text>
            </Stack>
          </SimpleGrid>
        </Paper>
      ))}
      {mixed && <Alert color="red">A consultation before a decision is booked on its own: remove the cases already decided.</Alert>}
      {checked && (
        <Group justify="flex-end">
          <Button onClick={() => onContinue(checked)} disabled={!allEligible || mixed}>
            Continue
          </Button>
        </Group>
      )}
    </Stack>
  );
}
