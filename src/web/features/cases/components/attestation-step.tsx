import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useAttestCase } from '../api/clinical.ts';
import { CaseReview } from './case-summary.tsx';
import { StepFeedback } from './step-feedback.tsx';
import { StepHeading } from './step-heading.tsx';
import { useWizard } from './wizard-context.tsx';

/** Step 9: Proceed to Clinical Information (attestation). After it the provider, patient and service are locked. */
export function AttestationStep() {
  const { view, goTo, onSaved } = useWizard();
  const attest = useAttestCase(view.id);
  const [checked, setChecked] = useState(false);
  const [missing, setMissing] = useState(false);

  const submit = () => {
    if (!checked) {
      setMissing(true);
      return;
    }
    attest.mutate(view.version, { onSuccess: onSaved });
  };

  return (
    <Stack gap="md">
      <StepHeading>Proceed to Clinical Information</StepHeading>
      <Text>You are about to enter the clinical information collection phase of the authorization process.</Text>
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title="The provider, patient and service will be locked">
        Once you have clicked CONFIRM AND CONTINUE, you will not be able to edit the Provider, Patient, or Service
        information entered in the previous steps. Please be sure that all this data has been entered correctly before
        continuing.
      </Alert>
      <Text size="sm">
        To make sure your request gets prompt attention, click SUBMIT CASE at the end before leaving, even if you will
        send more information later. A request that is not submitted expires with no correspondence.
      </Text>
      <CaseReview view={view} />
      <StepFeedback error={attest.error} />
      <Checkbox
        label="I acknowledge that the clinical information I am about to submit for this authorization request is accurate and specific to this member, and that all information will be provided for this request."
        checked={checked}
        onChange={(event) => {
          setChecked(event.currentTarget.checked);
          setMissing(false);
        }}
        error={missing ? 'Confirm that the information is correct.' : undefined}
      />
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => goTo('site')}>
          BACK
        </Button>
        <Button onClick={submit} loading={attest.isPending}>
          CONFIRM AND CONTINUE
        </Button>
      </Group>
    </Stack>
  );
}
