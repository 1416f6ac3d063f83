import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPhoneCall, IconAlertTriangle, IconClipboardList, IconFilePlus, IconFileSearch, IconListDetails, IconUserCheck, IconListSearch, IconMail, IconShieldCheck, IconUserCircle, IconUsers, IconStethoscope, IconBuildingHospital, IconCalendarEvent, IconMessages } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePractitioners } from '../../account/api/list-practitioners.ts';
import { hasPermission, useSession } from '../../auth/api/get-session.ts';
import { CASE_WIZARD_READY } from '../../cases/readiness.ts';

interface QuickAction {
  label: string;
  description: string;
  to: string;
  icon: ReactNode;
  anyOf: string[];
  /** Offered only once the feature can be used from start to finish. */
  ready?: boolean;
}

/** Only what works today. */
const quickActions: QuickAction[] = [
  {
    label: 'Caller’s office',
    description: 'On a phone call: find the caller’s office by NPI or TIN, and start or end the call for it.',
    to: '/intake',
    icon: <IconPhoneCall size={20} aria-hidden />,
    anyOf: ['intake.calls'],
  },
  {
    label: 'Request an auth',
    description: 'Start a Clinical Certification request: program, provider, plan, patient, service and site.',
    to: '/cases/new',
    icon: <IconFilePlus size={20} aria-hidden />,
    anyOf: ['cases.create'],
    ready: CASE_WIZARD_READY,
  },
  {
    label: 'Resume in-progress request',
    description: 'Pick up a request your office started but has not submitted yet.',
    to: '/cases/in-progress',
    icon: <IconClipboardList size={20} aria-hidden />,
    anyOf: ['cases.read'],
    ready: CASE_WIZARD_READY,
  },
  {
    label: 'Summary of auth',
    description: 'Certification Summary: track the requests your office has submitted.',
    to: '/cases',
    icon: <IconListDetails size={20} aria-hidden />,
    anyOf: ['cases.read'],
    ready: CASE_WIZARD_READY,
  },
  {
    label: 'Auth lookup',
    description: 'Find an authorization by member, or by authorization or case number with the ordering NPI.',
    to: '/lookup',
    icon: <IconFileSearch size={20} aria-hidden />,
    anyOf: ['cases.read'],
    ready: CASE_WIZARD_READY,
  },
  {
    label: 'Member eligibility',
    description: 'Is the member covered on the date of service, and does the service need authorization?',
    to: '/eligibility',
    icon: <IconUserCheck size={20} aria-hidden />,
    anyOf: ['cases.read', 'cases.create'],
    ready: CASE_WIZARD_READY,
  },
  {
    label: 'Account and providers',
    description: 'Office details, your password, and the providers on your account.',
    to: '/account',
    icon: <IconUserCircle size={20} aria-hidden />,
    anyOf: ['account.read'],
  },
  {
    label: 'Review queue',
    description: 'Cases waiting for a clinical decision, soonest due first: claim one, approve, escalate or deny.',
    to: '/review',
    icon: <IconStethoscope size={20} aria-hidden />,
    anyOf: ['review.read'],
  },
  {
    label: 'My P2P Requests',
    description: 'Peer-to-peer appointments with a physician reviewer: open one to reschedule or cancel it.',
    to: '/p2p',
    icon: <IconMessages size={20} aria-hidden />,
    anyOf: ['p2p.request'],
  },
  {
    label: 'My P2P calendar',
    description: 'Your peer-to-peer calls by day, and their outcomes; set your hours in My P2P availability.',
    to: '/p2p/calendar',
    icon: <IconCalendarEvent size={20} aria-hidden />,
    anyOf: ['p2p.review'],
  },
  {
    label: 'Health plans',
    description: 'Plans, their contracts and the policy numbers Priora applies to their requests.',
    to: '/admin/plans',
    icon: <IconBuildingHospital size={20} aria-hidden />,
    anyOf: ['plans.read'],
  },
  {
    label: 'Look up a code',
    description: 'Search ICD-10-CM diagnoses and HCPCS codes by code or words.',
    to: '/reference/codes',
    icon: <IconListSearch size={20} aria-hidden />,
    anyOf: ['reference.read'],
  },
  {
    label: 'Add or change people',
    description: 'Create users, change roles, enable or disable access.',
    to: '/admin/users',
    icon: <IconUsers size={20} aria-hidden />,
    anyOf: ['staff.users.manage', 'office.users.manage'],
  },
  {
    label: 'Read sent messages',
    description: 'Emails, text messages and faxes Priora has sent or kept.',
    to: '/admin/outbox',
    icon: <IconMail size={20} aria-hidden />,
    anyOf: ['outbox.read'],
  },
  {
    label: 'Review activity',
    description: 'Who did what and when; verify the tamper-evident chain.',
    to: '/admin/audit',
    icon: <IconShieldCheck size={20} aria-hidden />,
    anyOf: ['audit.read'],
  },
];

export function HomePage() {
  usePageTitle('Home');
  const { data: session } = useSession();
  const user = session?.user;
  const canSeePractitioners = hasPermission(session, 'account.practitioners.read');
  const practitioners = usePractitioners({ enabled: canSeePractitioners });
  const actions = quickActions.filter((action) => action.ready !== false && hasPermission(session, ...action.anyOf));

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1}>Welcome to Priora</Title>
        {user && (
          <Text mt="xs" size="lg">
            You are logged in as{' '}
            <Text span fw={600} inherit>
              {user.firstName} {user.lastName}
            </Text>
            .
          </Text>
        )}
        {user && (
          <Text c="dimmed" size="sm">
            {user.roleLabel}
            {user.officeName ? ` at ${user.officeName}` : ''}
          </Text>
        )}
      </div>

      {canSeePractitioners && practitioners.data && practitioners.data.length === 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title="No providers on your account yet">
          Providers must be added to your account before cases can be submitted over the web. Please select Manage Your
          Account to add providers.
        </Alert>
      )}

      {actions.length > 0 && (
        <section aria-labelledby="quick-actions-heading">
          <Title order={2} size="h3" id="quick-actions-heading" mb="sm">
            What would you like to do?
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {actions.map((action) => (
              <Paper key={action.to} withBorder p="md" radius="md">
                <Stack gap="xs" h="100%" justify="space-between">
                  <Text size="sm" c="dimmed">
                    {action.description}
                  </Text>
                  <Button component={Link} to={action.to} variant="light" leftSection={action.icon} justify="flex-start" fullWidth>
                    {action.label}
                  </Button>
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        </section>
      )}
    </Stack>
  );
}
