import { Anchor, List, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatPhone } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { hasPermission, useSession } from '../../auth/api/get-session.ts';
import { useHelpContact } from '../api/get-help-contact.ts';

/**
 * Help / Contact Us: how to reach support, signed in or not (the login page's visitors are the
 * ones who most often need it). The numbers are the global default policy's.
 */
export function HelpPage() {
  usePageTitle('Help / Contact Us');
  const contact = useHelpContact();
  const { data: session } = useSession();
  const signedIn = session?.stage === 'authenticated';
  const resources = signedIn && hasPermission(session, 'resources.read');

  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>Help / Contact Us</Title>
        <Text mt="xs">We are here to help with the portal, your requests and your account.</Text>
      </div>

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="support-contact">
        <Title order={2} size="h4" id="support-contact" mb="sm">
          Call or fax us
        </Title>
        {contact.isPending && <Loader size="sm" aria-label="Loading the support contact" />}
        <ErrorAlert error={contact.error} />
        {contact.data && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <div>
              <Text size="sm" c="dimmed">
                Phone
              </Text>
              <Anchor href={`tel:+1${contact.data.phone.replace(/\D/g, '')}`} fw={600} size="lg">
                {formatPhone(contact.data.phone)}
              </Anchor>
            </div>
            <div>
              <Text size="sm" c="dimmed">
                Fax
              </Text>
              <Text fw={600} size="lg">
                {formatPhone(contact.data.fax)}
              </Text>
            </div>
            <div>
              <Text size="sm" c="dimmed">
                Hours
              </Text>
              <Text>{contact.data.hours}</Text>
            </div>
          </SimpleGrid>
        )}
        <Text size="sm" mt="md">
          {resources ? (
            <>
              Some plans and programs have their own line: find it in{' '}
              <Anchor component={Link} to="/resources/contacts">
                Contact Lookup
              </Anchor>
              .
            </>
          ) : (
            'Some plans and programs have their own line: after you log in, find it under Resources → Contact Lookup.'
          )}
        </Text>
      </Paper>

      <section aria-labelledby="support-tips">
        <Title order={2} size="h4" id="support-tips" mb="xs">
          Before you call
        </Title>
        <List spacing="xs">
          <List.Item>
            About a request: have the case or authorization number, the member’s patient ID and date of birth, and the ordering
            provider’s NPI ready.
          </List.Item>
          <List.Item>
            An error message on the screen: tell us the reference it shows (for example “Reference: 3f2c…”), so we can find what
            happened.
          </List.Item>
          <List.Item>
            Cannot log in:{' '}
            {signedIn ? (
              'use Forgot User ID or Forgot Password on the login page.'
            ) : (
              <>
                use{' '}
                <Anchor component={Link} to="/forgot-user-id">
                  Forgot User ID
                </Anchor>{' '}
                or{' '}
                <Anchor component={Link} to="/forgot-password">
                  Forgot Password
                </Anchor>{' '}
                first; it takes a minute.
              </>
            )}
          </List.Item>
          <List.Item>
            Adding people or providers to your office: your office administrator manages users; any office user can add
            providers under Manage Your Account.
          </List.Item>
          <List.Item>Never send clinical records by email. Upload them with the request, or fax them with the case number on the cover sheet.</List.Item>
          <List.Item>We will never ask for your password or your 6-digit code.</List.Item>
        </List>
      </section>

      {resources && (
        <Text>
          Answers to common questions are in the{' '}
          <Anchor component={Link} to="/resources/faqs">
            FAQs
          </Anchor>
          .
        </Text>
      )}
      {!signedIn && (
        <Text>
          <Anchor component={Link} to="/login">
            Back to log in
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
