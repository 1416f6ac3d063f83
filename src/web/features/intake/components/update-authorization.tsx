import { Alert, Anchor, Button, Group, Modal, NumberInput, Paper, SegmentedControl, Select, Stack, Table, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  authorizationUpdateSchema,
  isUpdatable,
  type AuthorizationChange,
  type AuthorizationUpdateInput,
  type AuthorizationUpdateOptions,
  type AuthorizationUpdateResult,
} from '../../../../contracts/intake.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { hasPermission, useSession } from '../../auth/api/get-session.ts';
import { useSiteSearch, type SiteSearchParams } from '../../cases/api/search-sites.ts';
import { ProcedureField } from '../../cases/components/code-fields.tsx';
import { useUpdateAuthorization, useUpdateOptions } from '../api/authorization-update.ts';

interface UpdateValues extends Record<string, unknown> {
  change: AuthorizationChange;
  siteId: string;
  siteLabel: string;
  procedureCode: string;
  procedureLabel: string;
  answers: Record<string, string | number>;
  reason: string;
}

function toInput(options: AuthorizationUpdateOptions, values: UpdateValues): AuthorizationUpdateInput {
  const common = { version: options.version, reason: values.reason };
  switch (values.change) {
    case 'site':
      return { change: 'site', siteId: values.siteId, ...common };
    case 'procedure':
      return { change: 'procedure', procedureCode: values.procedureCode, ...common };
    case 'treatment':
      return { change: 'treatment', answers: values.answers, ...common };
  }
}

/** The wizard's site search (GET /api/sites), by NPI or the start of the name, to pick the new site. */
function SitePicker({ value, label, error, onPick }: { value: string; label: string; error: ReactNode; onPick: (siteId: string, label: string) => void }) {
  const [typed, setTyped] = useState('');
  const [params, setParams] = useState<SiteSearchParams | null>(null);
  const sites = useSiteSearch(params);
  const search = () => {
    const text = typed.trim();
    setParams(/^\d{10}$/.test(text) ? { npi: text, nameMatch: 'starts_with' } : { name: text, nameMatch: 'starts_with' });
  };
  return (
    <Stack gap="xs">
      {value && (
        <Text size="sm">
          New site: <strong>{label}</strong>
        </Text>
      )}
      <Group align="flex-start">
        <TextInput
          label="Find the new site"
          description="Site NPI, or the first letters of its name"
          autoComplete="off"
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter searches for a site; it must not send the update form around it.
            if (event.key === 'Enter') {
              event.preventDefault();
              search();
            }
          }}
          error={error}
          style={{ flex: 1 }}
        />
        <Button variant="outline" mt={44} leftSection={<IconSearch size={16} aria-hidden />} onClick={search} loading={sites.isFetching} disabled={typed.trim().length < 2}>
          LOOKUP SITE
        </Button>
      </Group>
      <ErrorAlert error={sites.error} />
      {sites.data && sites.data.length === 0 && <Text size="sm">No site matches that search.</Text>}
      {sites.data && sites.data.length > 0 && (
        <Paper withBorder mah={220} style={{ overflowY: 'auto' }}>
          <Table striped>
            <Table.Tbody>
              {sites.data.map((site) => (
                <Table.Tr key={site.id} bg={site.id === value ? 'var(--mantine-color-teal-light)' : undefined}>
                  <Table.Td>
                    {site.name} (NPI {site.npi}), {site.city}, {site.state}
                  </Table.Td>
                  <Table.Td w={90}>
                    <Button size="xs" onClick={() => onPick(site.id, `${site.name} (NPI ${site.npi})`)}>
                      SELECT<VisuallyHidden> {site.name}</VisuallyHidden>
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

function UpdateForm({ caseId, options, onDone }: { caseId: string; options: AuthorizationUpdateOptions; onDone: (result: AuthorizationUpdateResult) => void }) {
  const update = useUpdateAuthorization(caseId);
  const form = useForm<UpdateValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: {
      change: 'site',
      siteId: '',
      siteLabel: '',
      procedureCode: '',
      procedureLabel: '',
      answers: Object.fromEntries(options.treatment.flatMap((item) => (item.value === null ? [] : [[item.linkId, item.value]]))),
      reason: '',
    },
    validate: contractValidator<UpdateValues>(authorizationUpdateSchema, (values) => toInput(options, values)),
  });
  const values = form.getValues();
  const changes = [
    { value: 'site', label: 'Site' },
    { value: 'procedure', label: 'Procedure code' },
    ...(options.treatment.length > 0 ? [{ value: 'treatment', label: 'Technique or fractions' }] : []),
  ];
  const submit = form.onSubmit(
    (current) => {
      update
        .mutateAsync(toInput(options, current))
        .then((result) => {
          notifications.show({ color: 'teal', title: 'Authorization updated', message: result.message });
          onDone(result);
        })
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={update.error} formValues={values} />
        <SegmentedControl
          aria-label="What changes"
          data={changes}
          value={values.change}
          onChange={(next) => {
            form.setFieldValue('change', next as AuthorizationChange);
            form.clearErrors();
            update.reset();
          }}
        />
        {values.change === 'site' && (
          <>
            <Text size="sm">Current site: {options.site ? `${options.site.name} (NPI ${options.site.npi})` : 'none'}</Text>
            <SitePicker value={values.siteId} label={values.siteLabel} error={form.errors['siteId']} onPick={(siteId, label) => form.setValues({ siteId, siteLabel: label })} />
          </>
        )}
        {values.change === 'procedure' && (
          <>
            <Text size="sm">Current procedure: {options.procedure ? `${options.procedure.code} ${options.procedure.description}` : 'none'}</Text>
            <ProcedureField
              caseId={caseId}
              label="New procedure code"
              description="From this program's list; a code asked other clinical questions is requested as a new case"
              required
              value={values.procedureCode}
              selectedLabel={values.procedureLabel}
              onPick={(code, label) => form.setValues({ procedureCode: code, procedureLabel: label })}
              error={form.errors['procedureCode']}
            />
          </>
        )}
        {values.change === 'treatment' && (
          <>
            <Alert color="blue" variant="light">
              A new technique or number of fractions needs a new medical-necessity review: Priora creates a new case for
              review, and this case is withdrawn when the new one is approved.
            </Alert>
            {options.treatment.map((item) =>
              item.type === 'choice' ? (
                <Select key={item.linkId} label={item.label} data={item.options.map((option) => ({ value: option.value, label: option.display }))} allowDeselect={false} {...form.getInputProps(`answers.${item.linkId}`)} />
              ) : (
                <NumberInput key={item.linkId} label={item.label} min={item.min ?? undefined} max={item.max ?? undefined} allowDecimal={false} {...form.getInputProps(`answers.${item.linkId}`)} />
              ),
            )}
          </>
        )}
        <Textarea label="Reason for the update" description="What the caller asked for, in a sentence" required autosize minRows={2} {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            Save update
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Update authorization (C5, by phone): for an intake agent on a call, on a submitted case that is
 * not closed. Shown only when both hold; the server checks them again.
 */
export function UpdateAuthorization({ caseId, status }: { caseId: string; status: string }) {
  const { data: session } = useSession();
  const [opened, setOpened] = useState(false);
  // The new case made by a treatment change, for this case only (the page may move to another case).
  const [replacement, setReplacement] = useState<{ caseId: string; newCase: AuthorizationUpdateResult['newCase'] }>({ caseId, newCase: null });
  const replaced = replacement.caseId === caseId ? replacement.newCase : null;
  const allowed = hasPermission(session, 'cases.amend') && isUpdatable(status);
  const options = useUpdateOptions(caseId, allowed && opened);
  if (!allowed) {
    return null;
  }
  return (
    <Stack gap="xs" data-no-print>
      <Group>
        <Button variant="light" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setOpened(true)}>
          Update authorization
        </Button>
      </Group>
      {replaced && (
        <Alert color="teal" variant="light" role="status">
          Case {replaced.caseNumber} was created for the new treatment plan and sent to clinical review; this case is withdrawn
          when it is approved.{' '}
          <Anchor component={Link} to={`/cases/${replaced.id}/detail`}>
            Open case {replaced.caseNumber}
          </Anchor>
        </Alert>
      )}
      <Modal opened={opened} onClose={() => setOpened(false)} title="Update authorization" size="lg">
        {options.data ? (
          options.data.notUpdatable ? (
            <Alert color="yellow">{options.data.notUpdatable}</Alert>
          ) : (
            <UpdateForm
              caseId={caseId}
              options={options.data}
              onDone={(result) => {
                setReplacement({ caseId, newCase: result.newCase });
                setOpened(false);
              }}
            />
          )
        ) : options.isError ? (
          <ErrorAlert error={options.error} />
        ) : (
          <FullPageLoader label="Loading the case…" inline />
        )}
      </Modal>
    </Stack>
  );
}
