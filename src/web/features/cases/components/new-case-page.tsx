import { Alert, Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';
import type { programPaths } from '../../../../contracts/cases.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { accessibleErrors, applyServerErrors, focusFirstInvalid, type FormErrors } from '../../../lib/forms.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useProgramOptions } from '../api/list-program-options.ts';
import { useStartCase } from '../api/start-case.ts';
import { saveCaseStep } from '../api/save-case-step.ts';

type ProgramPath = (typeof programPaths)[number];

interface ProgramValues {
  programCode: string;
  /** MSK therapy services: date extension, continuing care or a new case. */
  mskPath: '' | Extract<ProgramPath, 'new_case' | 'date_extension' | 'continuing_care'>;
  /** DME: who is building the case. */
  dmePath: '' | Extract<ProgramPath, 'referring_physician' | 'dme_supplier'>;
}

function validate(values: ProgramValues): FormErrors {
  const errors: FormErrors = {};
  if (!values.programCode) {
    errors['programCode'] = 'Choose a program.';
  } else if (values.programCode === 'MSK' && !values.mskPath) {
    errors['mskPath'] = 'Choose a date extension, continuing care, or to build a new case.';
  } else if (values.programCode === 'MSK' && values.mskPath !== 'new_case') {
    // No plan reviews therapy services through Priora yet, so there is no therapy authorization to extend.
    errors['mskPath'] = 'Date extensions and continuing care apply to therapy services, which no health plan reviews through Priora yet. Contact the health plan, or choose Continue to Build a New Case for spine, joint or pain procedures.';
  } else if (values.programCode === 'DME' && !values.dmePath) {
    errors['dmePath'] = 'Say whether you are the referring physician or the DME supplier.';
  }
  return errors;
}

function programPath(values: ProgramValues): ProgramPath | undefined {
  if (values.programCode === 'MSK') {
    return values.mskPath || undefined;
  }
  if (values.programCode === 'DME') {
    return values.dmePath || undefined;
  }
  return undefined;
}

/** /cases/new: "Request an Authorization": choose the program (and, for MSK and DME, how). */
export function NewCasePage() {
  usePageTitle('Request an Authorization');
  const navigate = useNavigate();
  const location = useLocation();
  const providerId = (location.state as { providerId?: string | null } | null)?.providerId ?? null;
  const programs = useProgramOptions();
  const start = useStartCase();
  const form = useForm<ProgramValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { programCode: '', mskPath: '', dmePath: '' },
    validate,
  });
  const values = form.getValues();

  const submit = form.onSubmit(
    (submitted) => {
      const path = programPath(submitted);
      start
        .mutateAsync({ programCode: submitted.programCode, ...(path ? { programPath: path } : {}) })
        .then(async (view) => {
          // "Start a new request using the same provider": save it on the new request when it can be.
          if (providerId) {
            await saveCaseStep(view.id, { step: 'provider', version: view.version, input: { officePractitionerId: providerId } }).catch(() => undefined);
          }
          return navigate(`/cases/${view.id}`);
        })
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );

  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>Clinical Certification</Title>
        <Title order={2} size="h3" mt="xs">
          Request an Authorization
        </Title>
      </div>
      {programs.isPending ? (
        <FullPageLoader label="Loading programs…" inline />
      ) : programs.isError ? (
        <ErrorAlert error={programs.error} />
      ) : programs.data.length === 0 ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title="No programs available">
          No health plan uses Priora for any program today, so there is nothing to request here yet.
        </Alert>
      ) : (
        <Paper withBorder p="lg" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="lg">
              <ErrorAlert error={start.error} formValues={values} />
              <Radio.Group
                label="Program"
                description="To begin, please select a program below. For spine and joint surgery and pain management, choose Musculoskeletal."
                className="required-field"
                {...form.getInputProps('programCode')}
                onChange={(code: string) => {
                  form.setValues({ programCode: code, mskPath: '', dmePath: '' });
                  form.clearErrors();
                }}
              >
                <Stack gap="sm" mt="sm">
                  {programs.data.map((program) => (
                    <Radio key={program.code} value={program.code} label={program.name} description={program.description} />
                  ))}
                </Stack>
              </Radio.Group>

              {values.programCode === 'MSK' && (
                <Stack gap="xs">
                  <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Attention!">
                    Physical therapy, occupational therapy, speech therapy, massage therapy, chiropractic care and
                    acupuncture services are eligible for case duplication and date extensions. Requests for spine
                    surgery, joint replacement, arthroscopy and pain management: choose “Continue to Build a New Case”.
                  </Alert>
                  <Radio.Group label="Are you requesting one of these services?" className="required-field" {...form.getInputProps('mskPath')}>
                    <Stack gap="xs" mt="xs">
                      <Radio value="date_extension" label="Date Extension" description="More time for therapy already authorized" />
                      <Radio value="continuing_care" label="Continuing Care" description="More visits of a therapy already authorized" />
                      <Radio value="new_case" label="Continue to Build a New Case" />
                    </Stack>
                  </Radio.Group>
                </Stack>
              )}

              {values.programCode === 'DME' && (
                <Stack gap="xs">
                  <Radio.Group
                    label="Are you building a case as a referring physician or as a durable medical equipment provider?"
                    className="required-field"
                    {...form.getInputProps('dmePath')}
                  >
                    <Stack gap="xs" mt="xs">
                      <Radio value="referring_physician" label="Referring Physician" />
                      <Radio value="dme_supplier" label="Durable Medical Equipment Supplier" />
                    </Stack>
                  </Radio.Group>
                  {values.dmePath === 'dme_supplier' && (
                    <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
                      Only referring physicians may order DME, so you will name the ordering physician on the next step.
                    </Alert>
                  )}
                </Stack>
              )}

              <Text size="sm" c="dimmed">
                Choosing CONTINUE starts a request that is saved as you go; you can resume it from Certification Requests
                In Progress.
              </Text>
              <Group>
                <Button type="submit" loading={start.isPending}>
                  CONTINUE
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
