import { Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { UploadRules } from '../../../../contracts/cases.ts';
import { useUploadDocuments, useUploadRules, type CaseDocument, type DocumentPurpose } from '../api/clinical.ts';
import { useSession } from '../../auth/api/get-session.ts';

/** The server's own limits, used until the plan's rules for the case have loaded. */
const SERVER_LIMITS: UploadRules = { maxFiles: 5, maxFileBytes: 25 * 1024 * 1024, allowedExtensions: ['.pdf', '.doc', '.docx', '.png'] };

const megabytes = (bytes: number) => Math.floor((bytes / (1024 * 1024)) * 10) / 10;
const typeList = (extensions: readonly string[]) => (extensions.length > 1 ? `${extensions.slice(0, -1).join(', ')} and ${extensions.at(-1)}` : (extensions[0] ?? ''));

/** Files the browser can refuse before sending them, by the plan's rules (the server checks the bytes themselves). */
function localProblems(files: File[], rules: UploadRules): string[] {
  const problems: string[] = [];
  if (files.length > rules.maxFiles) {
    problems.push(`Choose at most ${rules.maxFiles} files at a time.`);
  }
  for (const file of files) {
    const extension = /\.[A-Za-z0-9]+$/.exec(file.name)?.[0].toLowerCase() ?? '';
    if (!rules.allowedExtensions.includes(extension)) {
      problems.push(`${file.name}: only ${typeList(rules.allowedExtensions)} files can be uploaded.`);
    } else if (file.size > rules.maxFileBytes) {
      problems.push(`${file.name} is larger than ${megabytes(rules.maxFileBytes)} MB.`);
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

/** Clinical files within the plan's upload policy for the case (at most five, 25 MB each), sent as one multipart upload. */
export function DocumentUpload({ caseId, purpose, label = 'Clinical documents', onUploaded }: DocumentUploadProps) {
  // An intake agent on a call files what the office faxed in; the server keeps it as a fax (C10).
  const faxing = Boolean(useSession().data?.actingOffice) && purpose === 'additional_clinical';
  const rules = useUploadRules(caseId).data ?? SERVER_LIMITS;
  const [files, setFiles] = useState<File[]>([]);
  const [uploaded, setUploaded] = useState<CaseDocument[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const upload = useUploadDocuments(caseId, purpose);

  const send = () => {
    const found = localProblems(files, rules);
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
          label={faxing ? 'Faxed document' : label}
          description={`Up to ${rules.maxFiles} files at a time, ${megabytes(rules.maxFileBytes)} MB each: ${rules.allowedExtensions.join(', ')}`}
          placeholder="No file chosen"
          multiple
          clearable
          accept={rules.allowedExtensions.join(',')}
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
          {faxing ? 'ATTACH FAXED DOCUMENT' : 'UPLOAD'}
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
