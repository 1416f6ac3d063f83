import { Alert, Button, Grid, Group, Paper, Radio, ScrollArea, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconBuildingHospital, IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useEffect, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { applyServerErrors, focusFirstInvalid, type FormErrors } from '../../../lib/forms.ts';
import { formatPhone } from '../../../lib/format.ts';
import { useSiteSearch, type SiteResult, type SiteSearchParams } from '../api/search-sites.ts';
import { StepActions } from './step-actions.tsx';
import { StepFeedback } from './step-feedback.tsx';
import { StepHeading } from './step-heading.tsx';
import { useStepForm, useStepSave, useWizard } from './wizard-context.tsx';

interface SiteValues extends Record<string, unknown> {
  npi: string;
  tin: string;
  zip: string;
  city: string;
  name: string;
  nameMatch: 'exact' | 'starts_with';
  /** The last search run (its results stay when the person goes BACK and returns). */
  searched: SiteSearchParams | null;
  siteId: string;
  selected: SiteResult | null;
}

const digits = (value: string) => value.replace(/[\s-]/g, '');

/** The same rules as GET /api/sites, with the same messages. */
function searchErrors(values: SiteValues): FormErrors {
  const errors: FormErrors = {};
  if (values.npi.trim() && !/^\d{10}$/.test(digits(values.npi))) {
    errors['npi'] = 'An NPI is 10 digits.';
  }
  if (values.tin.trim() && !/^\d{9}$/.test(digits(values.tin))) {
    errors['tin'] = 'A TIN is 9 digits.';
  }
  if (values.zip.trim() && !/^\d{3,5}$/.test(values.zip.trim())) {
    errors['zip'] = 'Enter the first 3 to 5 digits of the zip.';
  }
  if (values.city.trim() && values.city.trim().length < 2) {
    errors['city'] = 'Enter at least 2 letters of the city.';
  }
  if (values.name.trim() && values.name.trim().length < 2) {
    errors['name'] = 'Enter at least 2 characters of the site name.';
  }
  return errors;
}

function toParams(values: SiteValues): SiteSearchParams | null {
  const params: SiteSearchParams = { nameMatch: values.nameMatch };
  if (values.npi.trim()) {
    params.npi = digits(values.npi);
  }
  if (values.tin.trim()) {
    params.tin = digits(values.tin);
  }
  if (values.zip.trim()) {
    params.zip = values.zip.trim();
  }
  if (values.city.trim()) {
    params.city = values.city.trim();
  }
  if (values.name.trim()) {
    params.name = values.name.trim();
  }
  return params.npi || params.tin || params.zip || params.city || params.name ? params : null;
}

const siteAddress = (site: SiteResult) => `${site.address}, ${site.city}, ${site.state} ${site.zip}`;

/** Step 8: find the site of service by NPI, TIN, zip, city or name (exact or starts with), SELECT it. */
export function SiteStep() {
  const { view } = useWizard();
  const dme = view.program.code === 'DME';
  const save = useStepSave('site');
  const form = useStepForm<SiteValues>('site', {
    initial: () => ({
      npi: '',
      tin: '',
      zip: '',
      city: '',
      name: '',
      nameMatch: 'starts_with',
      searched: null,
      siteId: view.site?.id ?? '',
      selected: view.site ? { ...view.site, tin: '', phone: '', fax: '' } : null,
    }),
  });
  const values = form.getValues();
  const sites = useSiteSearch(values.searched);

  // The server's field messages (a 400 from the search) go on the inputs like any form's.
  const searchError = sites.error;
  useEffect(() => {
    if (isApiError(searchError)) {
      applyServerErrors(form, searchError);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new error arrives
  }, [searchError]);

  const runSearch = (event: FormEvent) => {
    event.preventDefault();
    const current = form.getValues();
    const errors = searchErrors(current);
    form.clearErrors();
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstInvalid();
      return;
    }
    const params = toParams(current);
    if (!params) {
      form.setErrors({ search: 'Search by NPI, TIN, zip, city or name.' });
      return;
    }
    form.setFieldValue('searched', params);
  };

  const choose = (site: SiteResult) => {
    form.setValues({ siteId: site.id, selected: site });
    form.clearErrors();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const current = form.getValues();
    if (!current.siteId) {
      form.setErrors({ siteId: 'Choose the site of service.' });
      return;
    }
    save.submit({ siteId: current.siteId }, form);
  };

  const selected = values.selected;
  const results = values.searched ? sites.data : undefined;

  return (
    <Stack gap="md">
      <StepHeading>Add Site of Service</StepHeading>
      {dme && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          For DME authorization requests, the place of service is 12 – Home. Choose the DME supplier below.
        </Alert>
      )}
      {selected ? (
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Group gap={6}>
                <IconBuildingHospital size={18} aria-hidden />
                <Text fw={600}>Selected Site: {selected.name}</Text>
              </Group>
              <Text size="sm">{siteAddress(selected)}</Text>
              <Text size="sm">
                NPI {selected.npi}
                {selected.phone ? ` · Phone ${formatPhone(selected.phone)}` : ''}
                {selected.fax ? ` · Fax ${formatPhone(selected.fax)}` : ''}
              </Text>
            </div>
            <Button variant="outline" size="xs" onClick={() => form.setValues({ siteId: '', selected: null })}>
              FIND NEW SITE
            </Button>
          </Group>
        </Paper>
      ) : (
        <>
          <div>
            <Title order={3} size="h4">
              Specific Site Search
            </Title>
            <Text size="sm" mt={4}>
              Use the fields below to search for specific sites. For best results, search by NPI or TIN. Other search
              options are by name plus zip or name plus city. You may search a partial site name by entering some portion
              of the name and choosing “Starts with”.
            </Text>
          </div>
          <form onSubmit={runSearch} noValidate>
            <Stack gap="sm">
              {form.errors['search'] && (
                <Alert color="red" variant="light" role="alert">
                  {form.errors['search']}
                </Alert>
              )}
              <ErrorAlert error={searchError} formValues={values} />
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput label="NPI" inputMode="numeric" autoComplete="off" {...form.getInputProps('npi')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput label="Zip Code" inputMode="numeric" autoComplete="off" {...form.getInputProps('zip')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput label="Site Name" autoComplete="off" {...form.getInputProps('name')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput label="TIN" inputMode="numeric" autoComplete="off" {...form.getInputProps('tin')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput label="City" autoComplete="off" {...form.getInputProps('city')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <Radio.Group label="Name match" {...form.getInputProps('nameMatch')}>
                    <Group gap="md" mt={6}>
                      <Radio value="exact" label="Exact match" />
                      <Radio value="starts_with" label="Starts with" />
                    </Group>
                  </Radio.Group>
                </Grid.Col>
              </Grid>
              <Group>
                <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />} loading={sites.isFetching}>
                  LOOKUP SITE
                </Button>
              </Group>
            </Stack>
          </form>
          <div aria-live="polite">
            {results && results.length === 0 && (
              <Alert color="yellow" variant="light" title="No sites found">
                No site matches that search. Check the numbers, or try “Starts with” and fewer letters of the name.
              </Alert>
            )}
            {results && results.length > 0 && (
              <ScrollArea type="auto">
                <Table striped withTableBorder highlightOnHover>
                  <Table.Caption>
                    {results.length === 50 ? 'The first 50 sites found; narrow the search to see others.' : `${results.length} site${results.length === 1 ? '' : 's'} found`}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">
                        <VisuallyHidden>Action</VisuallyHidden>
                      </Table.Th>
                      <Table.Th scope="col">Name</Table.Th>
                      <Table.Th scope="col">NPI</Table.Th>
                      <Table.Th scope="col">Address</Table.Th>
                      <Table.Th scope="col">Phone</Table.Th>
                      <Table.Th scope="col">Fax</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {results.map((site) => (
                      <Table.Tr key={site.id}>
                        <Table.Td>
                          <Button size="xs" onClick={() => choose(site)}>
                            SELECT<VisuallyHidden> {site.name}, {siteAddress(site)}</VisuallyHidden>
                          </Button>
                        </Table.Td>
                        <Table.Td>{site.name}</Table.Td>
                        <Table.Td>{site.npi}</Table.Td>
                        <Table.Td>{siteAddress(site)}</Table.Td>
                        <Table.Td className="nowrap">{formatPhone(site.phone)}</Table.Td>
                        <Table.Td className="nowrap">{formatPhone(site.fax)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea>
            )}
          </div>
        </>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {form.errors['siteId'] && (
            <Text c="red" size="sm" role="alert">
              {form.errors['siteId']}
            </Text>
          )}
          <StepFeedback error={save.error} formValues={values} />
          <StepActions step="site" loading={save.isPending} />
        </Stack>
      </form>
    </Stack>
  );
}
