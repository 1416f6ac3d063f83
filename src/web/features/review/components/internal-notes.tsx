import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { addNoteSchema, type ReviewCaseView } from '../../../../contracts/review.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useAddNote, type AddNoteInput } from '../api/add-note.ts';
import { Section } from './review-case-sections.tsx';

export const INTERNAL_LABEL = 'Internal: never shown to the office';

function AddNoteForm({ caseId }: { caseId: string }) {
  const add = useAddNote(caseId);
  const form = useForm<AddNoteInput>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { text: '' },
    validate: contractValidator<AddNoteInput>(addNoteSchema),
  });
  const submit = form.onSubmit(
    (values) => {
      add
        .mutateAsync({ text: values.text.trim() })
        .then(() => form.reset())
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <ErrorAlert error={add.error} formValues={form.getValues()} />
        <Textarea label="Internal note" description={INTERNAL_LABEL} autosize minRows={2} required {...form.getInputProps('text')} />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={add.isPending}>
            Add note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Reviewers' notes to each other about the case. */
export function InternalNotes({ view }: { view: ReviewCaseView }) {
  return (
    <Section
      id="notes"
      title="Internal notes"
      extra={
        <Badge color="grape" variant="light" leftSection={<IconLock size={12} aria-hidden />}>
          {INTERNAL_LABEL}
        </Badge>
      }
    >
      <Stack gap="sm">
        {view.notes.length === 0 ? (
          <Text size="sm">No internal notes yet.</Text>
        ) : (
          <Stack gap="xs">
            {view.notes.map((note, index) => (
              <Paper key={`${note.at}-${index}`} withBorder p="sm" radius="sm" bg="var(--mantine-color-grape-light)">
                <Text size="xs" c="dimmed">
                  {note.author} · {formatDateTime(note.at)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {note.text}
                </Text>
              </Paper>
            ))}
          </Stack>
        )}
        {view.allowedActions.includes('note') && <AddNoteForm caseId={view.caseId} />}
      </Stack>
    </Section>
  );
}
