import { Alert, Anchor, Button, Group, Modal, Pagination, Paper, ScrollArea, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { practitionerSearchSchema, type OfficePractitioner, type PractitionerMatch } from '../../../../contracts/account.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { formatPhone } from '../../../lib/format.ts';
import { useAddPractitioner } from '../../account/api/add-practitioner.ts';
import { usePractitioners } from '../../account/api/list-practitioners.ts';
import { useSearchPractitioners } from '../../account/api/search-practitioners.ts';
import { hasPermission, useSession } from '../../auth/api/get-session.ts';
import { StateSelect } from '../../reference/components/state-select.tsx';
import { StepHeading } from './step-heading.tsx';
import { PhysicianSearch } from './physician-search.tsx';
import { StepFeedback } from './step-feedback.tsx';
import { useStepForm, useStepSave, useWizard } from './wizard-context.tsx';

const PAGE_SIZE = 10;

interface ProviderValues extends Record<string, unknown> {
  filter: string;
  officePractitionerId: string;
}

function matchesFilter(practitioner: OfficePractitioner, filter: string): boolean {
  const wanted = filter.trim().toLowerCase();
  return wanted === '' || practitioner.npi.startsWith(wanted) || practitioner.lastName.toLowerCase().startsWith(wanted);
}

interface NpiSearchValues {
  npi: string;
  state: string;
  zip: string;
}

/** 003: a provider not on the account is found by NPI and added to it, then chosen for this request. */
function AddByNpi({
  practitioners,
  onChosen,
  onChosenForThisRequest,
}: {
  practitioners: OfficePractitioner[];
  onChosen: (officePractitionerId: string) => void;
  /** "No": use the provider for this request without adding them to the account (seed 003). */
  onChosenForThisRequest: (orderingLocationId: string) => void;
}) {
  const search = useSearchPractitioners();
  const add = useAddPractitioner();
  const [confirming, setConfirming] = useState<PractitionerMatch | null>(null);
  const form = useForm<NpiSearchValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { npi: '', state: '', zip: '' },
    validate: contractValidator<NpiSearchValues>(practitionerSearchSchema),
  });
  const submit = form.onSubmit(
    (values) => {
      search.mutateAsync(values).catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );

  const choose = (match: PractitionerMatch) => {
    const onAccount = practitioners.find((practitioner) => practitioner.npi === match.npi);
    if (onAccount) {
      onChosen(onAccount.id);
      return;
    }
    add.reset();
    setConfirming(match);
  };

  const addAndChoose = () => {
    if (!confirming) {
      return;
    }
    add
      .mutateAsync(confirming.locationId)
      .then((added) => {
        setConfirming(null);
        onChosen(added.id);
      })
      .catch(() => undefined); // shown in the dialog
  };

  const matches = search.data?.matches;
  return (
    <section aria-labelledby="search-by-npi-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="search-by-npi-heading">
          Provider not listed?
        </Title>
        <Text size="sm">
          If the provider&apos;s NPI is not listed above, search for it below to add the provider to your account and
          continue with this request.
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <ErrorAlert error={search.error} formValues={form.getValues()} />
            <Group align="flex-start" gap="md" grow preventGrowOverflow={false} wrap="wrap">
              <TextInput label="Search By NPI" description="10 digits" inputMode="numeric" autoComplete="off" required miw={170} {...form.getInputProps('npi')} />
              <StateSelect label="Practitioner State" description="Where the practice is" required miw={200} {...form.getInputProps('state')} />
              <TextInput label="Practitioner Zip" description="5 digits" inputMode="numeric" autoComplete="off" required miw={130} {...form.getInputProps('zip')} />
            </Group>
            <Group>
              <Button type="submit" variant="outline" leftSection={<IconSearch size={16} aria-hidden />} loading={search.isPending}>
                SEARCH
              </Button>
            </Group>
          </Stack>
        </form>
        <div aria-live="polite">
          {matches && matches.length === 0 && (
            <Alert color="yellow" variant="light">
              No practitioner matches that NPI, state and zip. Check the numbers and try again.
            </Alert>
          )}
          {matches && matches.length > 0 && (
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
                    <Table.Th scope="col">Phone</Table.Th>
                    <Table.Th scope="col">Fax</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {matches.map((match) => (
                    <Table.Tr key={match.locationId}>
                      <Table.Td>
                        <Button size="xs" onClick={() => choose(match)}>
                          SELECT<VisuallyHidden> {match.name}, {match.address}</VisuallyHidden>
                        </Button>
                      </Table.Td>
                      <Table.Td>{match.name}</Table.Td>
                      <Table.Td>{match.npi}</Table.Td>
                      <Table.Td>
                        {match.address}, {match.city}, {match.state} {match.zip}
                      </Table.Td>
                      <Table.Td className="nowrap">{formatPhone(match.phone)}</Table.Td>
                      <Table.Td className="nowrap">{formatPhone(match.fax)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
        </div>
      </Stack>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title="Add this provider?" centered>
        {confirming && (
          <Stack gap="md">
            <Text>
              Do you want to add this NPI ({confirming.npi}) to your account for future requests? Choose Yes to add{' '}
              {confirming.name} (you can remove them later in Manage Your Account), or No to use them for this request
              only.
            </Text>
            <ErrorAlert error={add.error} />
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  const locationId = confirming.locationId;
                  setConfirming(null);
                  onChosenForThisRequest(locationId);
                }}
              >
                NO, JUST THIS REQUEST
              </Button>
              <Button onClick={addAndChoose} loading={add.isPending} leftSection={<IconUserPlus size={16} aria-hidden />}>
                YES
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </section>
  );
}

/** Step 2: the ordering provider, from the account's providers (filter by last name or NPI). */
export function ProviderStep() {
  const { view } = useWizard();
  const { data: session } = useSession();
  // Intake agents on a call add providers here; the office's account page is the office's own.
  const accountLink = hasPermission(session, 'account.read');
  const practitioners = usePractitioners();
  const save = useStepSave('provider');
  const form = useStepForm<ProviderValues>('provider', {
    initial: () => ({ filter: '', officePractitionerId: view.provider?.officePractitionerId ?? '' }),
  });
  const [page, setPage] = useState(1);
  const filter = form.getValues().filter;
  const canAdd = hasPermission(session, 'account.practitioners.manage');
  const supplier = view.program.path === 'dme_supplier';

  const filtered = useMemo(() => (practitioners.data ?? []).filter((practitioner) => matchesFilter(practitioner, filter)), [practitioners.data, filter]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const shown = filtered.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE);

  const choose = (officePractitionerId: string) => {
    form.setFieldValue('officePractitionerId', officePractitionerId);
    form.clearErrors();
    save.submit({ officePractitionerId }, form);
  };

  const chosenError = form.errors['officePractitionerId'];

  return (
    <Stack gap="md">
      <StepHeading>{supplier ? 'Requesting Physician Information' : 'Requesting Provider Information'}</StepHeading>
      {supplier ? (
        <Text>
          Only referring physicians may order durable medical equipment. Search for the ordering physician below, or
          choose one of the providers on your account.
        </Text>
      ) : (
        <Text>
          Select the provider for whom you want to submit an authorization request. If you don&apos;t see them listed,
          {accountLink ? (
            <>
              {' '}click{' '}
              <Anchor component={Link} to="/account">
                Manage Your Account
              </Anchor>{' '}
              to add them.
            </>
          ) : (
            ' search for them by NPI below.'
          )}
        </Text>
      )}
      <StepFeedback error={save.error} formValues={form.getValues()} />
      {supplier && <PhysicianSearch saving={save.isPending} onChoose={(orderingLocationId) => save.submit({ orderingLocationId }, form)} />}
      {chosenError && (
        <Text c="red" size="sm" role="alert">
          {chosenError}
        </Text>
      )}
      <TextInput
        label="Filter Last Name or NPI"
        leftSection={<IconSearch size={16} aria-hidden />}
        autoComplete="off"
        maw={360}
        {...form.getInputProps('filter')}
        onChange={(event) => {
          form.setFieldValue('filter', event.currentTarget.value);
          setPage(1);
        }}
      />
      {practitioners.isPending ? (
        <FullPageLoader label="Loading your providers…" inline />
      ) : practitioners.isError ? (
        <ErrorAlert error={practitioners.error} />
      ) : practitioners.data.length === 0 ? (
        <Alert color="yellow" variant="light" title="No providers on your account yet">
          Providers must be on your account before requests can be made for them. Add one below
          {accountLink && (
            <>
              {' '}or in{' '}
              <Anchor component={Link} to="/account">
                Manage Your Account
              </Anchor>
            </>
          )}
          .
        </Alert>
      ) : filtered.length === 0 ? (
        <Alert color="yellow" variant="light">
          No provider on your account has a last name or NPI starting with “{filter.trim()}”.
        </Alert>
      ) : (
        <Paper withBorder radius="md">
          <ScrollArea type="auto">
            <Table striped highlightOnHover>
              <Table.Caption>Providers on your account</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">
                    <VisuallyHidden>Action</VisuallyHidden>
                  </Table.Th>
                  <Table.Th scope="col">Provider</Table.Th>
                  <Table.Th scope="col">NPI</Table.Th>
                  <Table.Th scope="col">Specialty</Table.Th>
                  <Table.Th scope="col">Address</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((practitioner) => {
                  const current = view.provider?.officePractitionerId === practitioner.id;
                  return (
                    <Table.Tr key={practitioner.id} bg={current ? 'var(--mantine-color-teal-light)' : undefined}>
                      <Table.Td>
                        <Button
                          size="xs"
                          onClick={() => choose(practitioner.id)}
                          loading={save.isPending && form.getValues().officePractitionerId === practitioner.id}
                          disabled={save.isPending}
                        >
                          SELECT<VisuallyHidden> {practitioner.name}</VisuallyHidden>
                        </Button>
                      </Table.Td>
                      <Table.Td>
                        {practitioner.name}
                        {current && (
                          <Text size="xs" c="teal.9" fw={600}>
                            <IconCircleCheck size={12} aria-hidden /> Chosen for this request
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{practitioner.npi}</Table.Td>
                      <Table.Td>{practitioner.specialty}</Table.Td>
                      <Table.Td>
                        {practitioner.address}, {practitioner.city}, {practitioner.state} {practitioner.zip}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      )}
      {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} getControlProps={(control) => ({ 'aria-label': `${control} page` })} />}
      {canAdd && practitioners.data && (
        <AddByNpi practitioners={practitioners.data} onChosen={choose} onChosenForThisRequest={(orderingLocationId) => save.submit({ orderingLocationId }, form)} />
      )}
    </Stack>
  );
}
