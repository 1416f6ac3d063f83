import { Badge, Button, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useWorksheets } from '../api/list-worksheets.ts';

/** Resources → Clinical Worksheets: each clinical questionnaire as a printable PDF. */
export function WorksheetsPage() {
  usePageTitle('Clinical Worksheets');
  const worksheets = useWorksheets();

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>Clinical Worksheets</Title>
        <Text mt="xs">
          The clinical questions a request asks, on paper: print one to gather the answers from the chart before you start the
          request. Each worksheet numbers the questions, shows the answer choices as check boxes, and says when a question is
          asked only after a certain answer.
        </Text>
      </div>
      {worksheets.isPending && <Loader aria-label="Loading worksheets" />}
      <ErrorAlert error={worksheets.error} />
      {worksheets.data && worksheets.data.length === 0 && <Text>No worksheet is published yet.</Text>}
      {worksheets.data && worksheets.data.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped withTableBorder>
            <Table.Caption>Clinical worksheets by program</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Worksheet</Table.Th>
                <Table.Th scope="col">Program</Table.Th>
                <Table.Th scope="col">Asked for</Table.Th>
                <Table.Th scope="col" w={130}>
                  Version
                </Table.Th>
                <Table.Th scope="col" w={100}>
                  Questions
                </Table.Th>
                <Table.Th scope="col" w={170}>
                  <VisuallyHidden>Download</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {worksheets.data.map((worksheet) => (
                <Table.Tr key={`${worksheet.questionnaireId}-${worksheet.version}`}>
                  <Table.Td fw={600}>{worksheet.title}</Table.Td>
                  <Table.Td>{worksheet.programName}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {worksheet.procedureCodes.join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{worksheet.version}</Text>
                      {!worksheet.current && (
                        <Badge color="gray" variant="light">
                          Earlier
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{worksheet.questionCount}</Table.Td>
                  <Table.Td>
                    <Button component="a" href={worksheet.pdfUrl} download variant="default" size="xs" leftSection={<IconFileTypePdf size={16} aria-hidden />}>
                      Download PDF
                      <VisuallyHidden>
                        {' '}
                        {worksheet.title}, version {worksheet.version}
                      </VisuallyHidden>
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
