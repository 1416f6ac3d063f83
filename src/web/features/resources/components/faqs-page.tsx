import { Accordion, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Faq } from '../../../../contracts/resources.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useFaqs } from '../api/list-faqs.ts';

function byTopic(faqs: readonly Faq[]): Array<{ topic: string; faqs: Faq[] }> {
  const topics: Array<{ topic: string; faqs: Faq[] }> = [];
  for (const faq of faqs) {
    let group = topics.find((candidate) => candidate.topic === faq.topic);
    if (!group) {
      group = { topic: faq.topic, faqs: [] };
      topics.push(group);
    }
    group.faqs.push(faq);
  }
  return topics;
}

/** Resources → FAQs: answers about using Priora, with each plan's numbers filled in by the server. */
export function FaqsPage() {
  usePageTitle('FAQs');
  const faqs = useFaqs();

  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>Frequently Asked Questions</Title>
        <Text mt="xs">
          Not answered here? See{' '}
          <Anchor component={Link} to="/help">
            Help / Contact Us
          </Anchor>
          .
        </Text>
      </div>
      {faqs.isPending && <Loader aria-label="Loading questions" />}
      <ErrorAlert error={faqs.error} />
      {faqs.data &&
        byTopic(faqs.data).map((group) => (
          <section key={group.topic} aria-label={group.topic}>
            <Title order={2} size="h4" mb="xs">
              {group.topic}
            </Title>
            <Accordion variant="separated" multiple>
              {group.faqs.map((faq) => (
                <Accordion.Item key={faq.id} value={faq.id}>
                  <Accordion.Control>{faq.question}</Accordion.Control>
                  <Accordion.Panel>
                    {faq.answer.map((paragraph, index) => (
                      <Text key={index} mb="xs">
                        {paragraph}
                      </Text>
                    ))}
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </section>
        ))}
    </Stack>
  );
}
