import { Button, Group } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';

/** PRINT (this page, with the print stylesheet) and PDF (the server's summary of the case, to keep or fax). */
export function PrintButtons({ caseId }: { caseId: string }) {
  return (
    <Group gap="xs" data-no-print>
      <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
        PRINT
      </Button>
      <Button component="a" href={`/api/cases/${caseId}/summary.pdf`} target="_blank" rel="noopener" variant="default" leftSection={<IconFileTypePdf size={16} aria-hidden />}>
        PDF
      </Button>
    </Group>
  );
}
