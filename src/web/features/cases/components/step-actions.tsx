import { Button, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { previousStep, type EditableStep } from '../steps.ts';
import { useWizard } from './wizard-context.tsx';

interface StepActionsProps {
  step: EditableStep;
  /** The submit button's text, as the portal words it. */
  continueLabel?: string;
  loading?: boolean;
  disabled?: boolean;
  /** Instead of opening the previous step (e.g. a confirmation screen going back to its form). */
  onBack?: () => void;
}

/** BACK (keeps what was typed: the step's draft) and the step's submit button. */
export function StepActions({ step, continueLabel = 'CONTINUE', loading = false, disabled = false, onBack }: StepActionsProps) {
  const { goTo } = useWizard();
  const previous = previousStep(step);
  return (
    <Group justify="space-between" mt="md">
      {onBack || previous ? (
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => (onBack ? onBack() : previous && goTo(previous))}>
          BACK
        </Button>
      ) : (
        <span />
      )}
      <Button type="submit" loading={loading} disabled={disabled}>
        {continueLabel}
      </Button>
    </Group>
  );
}
