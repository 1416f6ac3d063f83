import { Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useUploadDocuments, type CaseDocument, type DocumentPurpose } from '../api/clinical.ts';

export const MAX_FILES = 5;
export const MAX_FILE_MB = 25;
const ACCEPT = '.pdf,.doc,.docx,.png';
const allowed = /\.(pdf|docx?|png)$/i;

/** Files the browser can refuse before sending them (the server checks the bytes themselves). */
function localProblems(files: File[]): string[] {
  const problems: string[] = [];
  if (files.length > MAX_FILES) {
    problems.push(`Choose at most ${MAX_FILES} files at a time.`);
  }
  for (const file of files) {
    if (!allowed.test(file.name)) {
      problems.push(`${file.name}: only .pdf, .doc, .docx and .png files can be uploaded.`);
    } else if (file.size > MAX_FILE_MB * 1024 * 1024) {
      problems.push(`${file.name} is larger than ${MAX_FILE_MB} MB.`);
    }
  }
  return problems;
}

interface DocumentUploadProps {
  caseId: string;
  purpose: DocumentPurpose;
  label?: string;
  /** Called with what the server stored, after each successful upload. */
  onUploaded?: (documents: CaseDocument[]) => void;
}

/** Up to five clinical files (.pdf .doc .docx .png, 25 MB each), sent as one multipart upload. */
export function DocumentUpload({ caseId, purpose, label = 'Clinical documents', onUploaded }: DocumentUploadProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [uploaded, setUploaded] = useState<CaseDocument[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const upload = useUploadDocuments(caseId, purpose);

  const send = () => {
    const found = localProblems(files);
    setProblems(found);
    if (files.length === 0) {
      setProblems(['Choose at least one file to upload.']);
      return;
    }
    if (found.length > 0) {
      return;
    }
    upload.mutate(files, {
      onSuccess: ({ documents }) => {
        setUploaded((before) => [...before, ...documents]);
        setFiles([]);
        onUploaded?.(documents);
      },
    });
  };

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <FileInput
          label={label}
          description={`Up to ${MAX_FILES} files at a time, ${MAX_FILE_MB} MB each: .pdf, .doc, .docx, .png`}
          placeholder="No file chosen"
          multiple
          clearable
          accept={ACCEPT}
          value={files}
          onChange={(next) => {
            setFiles(next);
            setProblems([]);
            upload.reset();
          }}
          error={problems.length > 0 ? problems.join(' ') : undefined}
          style={{ flex: 1, minWidth: 260 }}
        />
        <Button variant="light" leftSection={<IconUpload size={16} aria-hidden />} onClick={send} loading={upload.isPending}>
          UPLOAD
        </Button>
      </Group>
      <ErrorAlert error={upload.error} title="The files were not uploaded" />
      {uploaded.length > 0 && (
        <div role="status">
          <Text size="sm" fw={600}>
            Uploaded
          </Text>
          <List size="sm" icon={<IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />}>
            {uploaded.map((document) => (
              <List.Item key={document.id}>
                {document.displayName} ({Math.max(1, Math.round(document.sizeBytes / 1024))} KB)
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
