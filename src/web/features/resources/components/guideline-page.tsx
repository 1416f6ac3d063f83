import { Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useGuideline } from '../api/get-guideline.ts';
import { MarkdownView } from './markdown-view.tsx';

/** Resources → Clinical Guidelines → one guideline, its text rendered from the markdown the API serves. */
export function GuidelinePage() {
  const { guidelineId = '' } = useParams();
  const guideline = useGuideline(guidelineId);
  const data = guideline.data;
  usePageTitle(data ? data.title : 'Clinical Guideline');

  return (
    <Stack gap="md" maw={900}>
      <Anchor component={Link} to="/resources/guidelines" size="sm" data-no-print>
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          All clinical guidelines
        </Group>
      </Anchor>
      {guideline.isPending && <Loader aria-label="Loading the guideline" />}
      <ErrorAlert error={guideline.error} />
      {data && (
        <>
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1}>{data.title}</Title>
              <Group gap="xs" mt="xs">
                <Text>Version {data.version}</Text>
                {data.current ? (
                  <Badge color="teal" variant="light">
                    Current version
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light">
                    Earlier version
                  </Badge>
                )}
                {data.programs.map((program) => (
                  <Badge key={program.code} variant="outline">
                    {program.name}
                  </Badge>
                ))}
              </Group>
              {!data.current && (
                <Text size="sm" c="dimmed" mt={4}>
                  Kept for the requests decided under this version. New requests use the current version.
                </Text>
              )}
            </div>
            <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()} data-no-print>
              PRINT
            </Button>
          </Group>
          <Paper withBorder p="lg" radius="md" component="article" aria-label={data.title}>
            <MarkdownView markdown={data.markdown} skipTitle={data.title} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
