import { Alert, Button, Group, Paper, ScrollArea, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { practitionerSearchSchema, type OfficePractitioner, type PractitionerMatch } from '../../../../contracts/account.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { formatPhone } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { StateSelect } from '../../reference/components/state-select.tsx';
import { useAddPractitioner } from '../api/add-practitioner.ts';
import { useSearchPractitioners } from '../api/search-practitioners.ts';

interface SearchValues {
  npi: string;
  state: string;
  zip: string;
}

const blankSearch: SearchValues = { npi: '', state: '', zip: '' };

function MatchesTable({ matches, adding, onAdd }: { matches: PractitionerMatch[]; adding: string | null; onAdd: (match: PractitionerMatch) => void }) {
  return (
    <ScrollArea type="auto">
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <VisuallyHidden>Action</VisuallyHidden>
            </Table.Th>
            <Table.Th scope="col">Practitioner Name</Table.Th>
            <Table.Th scope="col">NPI</Table.Th>
            <Table.Th scope="col">Address</Table.Th>
            <Table.Th scope="col">City</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            <Table.Th scope="col">Zip</Table.Th>
            <Table.Th scope="col">Phone</Table.Th>
            <Table.Th scope="col">Fax</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matches.map((match) => (
            <Table.Tr key={match.locationId}>
              <Table.Td className="nowrap">
                {match.alreadyOnAccount ? (
                  <Button size="xs" variant="default" disabled>
                    Already on your account
                    <VisuallyHidden>: {match.name}</VisuallyHidden>
                  </Button>
                ) : (
                  <Button size="xs" onClick={() => onAdd(match)} loading={adding === match.locationId} disabled={adding !== null}>
                    ADD THIS PRACTITIONER
                    <VisuallyHidden>: {match.name}, {match.address}</VisuallyHidden>
                  </Button>
                )}
              </Table.Td>
              <Table.Td>
                {match.name}
                {match.specialty && (
                  <Text size="xs" c="dimmed">
                    {match.specialty}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{match.npi}</Table.Td>
              <Table.Td>{match.address}</Table.Td>
              <Table.Td>{match.city}</Table.Td>
              <Table.Td>{match.state}</Table.Td>
              <Table.Td>{match.zip}</Table.Td>
              <Table.Td className="nowrap">{formatPhone(match.phone)}</Table.Td>
              <Table.Td className="nowrap">{formatPhone(match.fax)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

/** Add Practitioner: NPI + state + zip, pick the matching record, then add another or continue. */
export function AddPractitionerPage() {
  usePageTitle('Add Practitioner');
  const navigate = useNavigate();
  const search = useSearchPractitioners();
  const add = useAddPractitioner();
  const [added, setAdded] = useState<OfficePractitioner | null>(null);
  const form = useForm<SearchValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: blankSearch,
    validate: contractValidator<SearchValues>(practitionerSearchSchema),
  });

  const submit = form.onSubmit(
    (values) => {
      add.reset();
      search.mutateAsync(values).catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );

  const addMatch = (match: PractitionerMatch) => {
    add
      .mutateAsync(match.locationId)
      .then((practitioner) => setAdded(practitioner))
      .catch(() => undefined); // shown above the table
  };

  const startOver = () => {
    form.setValues(blankSearch);
    form.clearErrors();
    search.reset();
    add.reset();
    setAdded(null);
  };

  if (added) {
    return (
      <Stack gap="lg" maw={760}>
        <Title order={1}>Add Practitioner</Title>
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
          Thank you. {added.name} was added to your account. If you wish to add an additional practitioner, click Add
          Another Practitioner. If you are finished, click Continue.
        </Alert>
        <Group>
          <Button variant="outline" onClick={startOver}>
            ADD ANOTHER PRACTITIONER
          </Button>
          <Button onClick={() => void navigate('/account')}>CONTINUE</Button>
        </Group>
      </Stack>
    );
  }

  const matches = search.data?.matches;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Add Practitioner</Title>
        <Text mt="xs">Enter Practitioner information and find matches.</Text>
      </div>
      <Paper withBorder p="lg" radius="md" maw={760}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <ErrorAlert error={search.error} formValues={form.getValues()} />
            <Group align="flex-start" gap="md" grow preventGrowOverflow={false} wrap="wrap">
              <TextInput
                label="Practitioner NPI"
                description="10 digits"
                inputMode="numeric"
                autoComplete="off"
                required
                miw={180}
                {...form.getInputProps('npi')}
              />
              <StateSelect label="Practitioner State" description="Where the practice is" required miw={200} {...form.getInputProps('state')} />
              <TextInput
                label="Practitioner Zip"
                description="5 digits or ZIP+4"
                inputMode="numeric"
                autoComplete="off"
                required
                miw={140}
                {...form.getInputProps('zip')}
              />
            </Group>
            <Group>
              <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />} loading={search.isPending}>
                FIND MATCHES
              </Button>
              <Button variant="default" onClick={() => void navigate('/account')}>
                CANCEL
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>

      {matches && (
        <section aria-labelledby="matches-heading" aria-live="polite">
          <Stack gap="sm">
            <Title order={2} size="h3" id="matches-heading">
              Matches
            </Title>
            {matches.length === 0 ? (
              <Alert color="yellow" variant="light">
                No practitioner matches that NPI, state and zip. Check the numbers and try again.
              </Alert>
            ) : (
              <>
                <Text>
                  The following practitioner record(s) were found to match the requested NPI. Is this the practitioner
                  you would like to register?
                </Text>
                <ErrorAlert error={add.error} />
                <MatchesTable matches={matches} adding={add.isPending ? (add.variables ?? null) : null} onAdd={addMatch} />
              </>
            )}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
