import { Anchor, Stack, Text } from '@mantine/core';
import type { CaseDetail } from '../../../../contracts/cases.ts';
import { formatDateTime } from '../../../lib/format.ts';

/**
 * The documents kept with a request, each a download from the case's documents endpoint (the
 * same for the current and the legacy portal's requests), with its purpose, time and size.
 */
export function CaseDocumentList({ caseId, documents, emptyText }: { caseId: string; documents: CaseDetail['documents']; emptyText: string }) {
  if (documents.length === 0) {
    return <Text size="sm">{emptyText}</Text>;
  }
  return (
    <Stack gap={4}>
      {documents.map((document) => (
        <Text key={document.id} size="sm">
          <Anchor href={`/api/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(document.id)}`} download>
            {document.displayName}
          </Anchor>{' '}
          ({document.purpose.replace(/_/g, ' ')}, {formatDateTime(document.uploadedAt)}, {Math.max(1, Math.round(document.sizeBytes / 1024))} KB)
        </Text>
      ))}
    </Stack>
  );
}
