import { Alert, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useSetUrgency } from '../api/clinical.ts';
import { DocumentUpload } from './document-upload.tsx';
import { StepFeedback } from './step-feedback.tsx';
import { StepHeading } from './step-heading.tsx';
import { useWizard } from './wizard-context.tsx';

/** Step 10: standard or urgent. Urgent needs one of the two criteria and a successful clinical upload. */
export function UrgencyStep() {
  const { view, onSaved } = useWizard();
  const save = useSetUrgency(view.id);
  const [standard, setStandard] = useState<string>(view.urgency === 'urgent' ? 'no' : view.urgency === 'standard' ? 'yes' : '');
  const [jeopardy, setJeopardy] = useState(false);
  const [severePain, setSeverePain] = useState(false);
  const [uploadedCount, setUploadedCount] = useState(0);
  const [errors, setErrors] = useState<{ standard?: string; reasons?: string }>({});
  const urgent = standard === 'no';

  const submit = () => {
    const found: typeof errors = {};
    if (!standard) {
      found.standard = 'Choose whether this request is standard or urgent.';
    } else if (urgent && !jeopardy && !severePain) {
      found.reasons = 'An urgent request must meet at least one of the two urgency criteria.';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    save.mutate(
      { version: view.version, urgency: urgent ? 'urgent' : 'standard', reasons: { jeopardy: urgent && jeopardy, severePain: urgent && severePain } },
      { onSuccess: onSaved },
    );
  };

  return (
    <Stack gap="md">
      <StepHeading>Standard or Urgent Request</StepHeading>
      <Text>
        If the request is found not to meet one of the two urgency conditions below, it will be processed as a
        standard (routine) request.
      </Text>
      <Radio.Group label="Is this case Routine/Standard?" description="If the case is standard, select Yes. If your request is urgent, select No." value={standard} onChange={setStandard} error={errors.standard} withAsterisk>
        <Group mt="xs">
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
        </Group>
      </Radio.Group>
      {urgent && (
        <Stack gap="sm">
          <Checkbox.Group
            label="Which of these is true about the urgency of this request?"
            error={errors.reasons}
            value={[...(jeopardy ? ['jeopardy'] : []), ...(severePain ? ['severePain'] : [])]}
            onChange={(next) => {
              setJeopardy(next.includes('jeopardy'));
              setSeverePain(next.includes('severePain'));
            }}
          >
            <Stack gap="xs" mt="xs">
              <Checkbox
                label="A delay in care could seriously jeopardize the life or health of the patient or the patient's ability to regain maximum function."
                value="jeopardy"
              />
              <Checkbox
                label="A delay in care would subject the member to severe pain that cannot be adequately managed without the care or treatment requested."
                value="severePain"
              />
            </Stack>
          </Checkbox.Group>
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title="Clinical Upload">
            To process this request as clinically urgent you must upload clinical documentation relevant to it. Without
            a successful upload the request is processed as standard.
          </Alert>
          <DocumentUpload caseId={view.id} purpose="urgent_clinical" onUploaded={(documents) => setUploadedCount((count) => count + documents.length)} />
          {uploadedCount === 0 && (
            <Text size="sm" c="dimmed">
              No clinical documents uploaded yet.
            </Text>
          )}
        </Stack>
      )}
      <StepFeedback error={save.error} />
      <Group justify="flex-end">
        <Button onClick={submit} loading={save.isPending}>
          CONTINUE
        </Button>
      </Group>
    </Stack>
  );
}
