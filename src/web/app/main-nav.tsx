import { NavLink, Stack } from '@mantine/core';
import { IconAddressBook, IconCalendarEvent, IconCalendarTime, IconMessages, IconPhoneCall, IconBook, IconClipboardText, IconClockExclamation, IconHelpCircle, IconLifebuoy, IconListCheck, IconStethoscope } from '@tabler/icons-react';
import { IconAdjustments, IconBuildingHospital, IconListNumbers, IconBook2, IconClipboardList, IconFilePlus, IconFileSearch, IconListDetails, IconUserCheck, IconHome, IconListSearch, IconMail, IconShieldCheck, IconUserCircle, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { SessionState } from '../../contracts/auth.ts';
import { hasPermission } from '../features/auth/api/get-session.ts';
import { CASE_WIZARD_READY } from '../features/cases/readiness.ts';

interface NavItem {
  label: string;
  to: string;
  icon: ReactNode;
  /** Shown when the session has any of these permissions; always shown when absent. */
  anyOf?: string[];
  /** Shown only once the feature can be used from start to finish. */
  ready?: boolean;
}

interface NavGroup {
  label: string;
  icon: ReactNode;
  items: NavItem[];
}

/**
 * Only what works today, driven by the session's permissions. Menu entries for features that
 * do not exist yet (Certification Summary, Clinical Certification, …) are added with them.
 */
const topItems: NavItem[] = [
  { label: 'Home', to: '/', icon: <IconHome size={18} aria-hidden /> },
  { label: 'Caller’s office', to: '/intake', icon: <IconPhoneCall size={18} aria-hidden />, anyOf: ['intake.calls'] },
  { label: 'Certification Summary', to: '/cases', icon: <IconListDetails size={18} aria-hidden />, anyOf: ['cases.read'], ready: CASE_WIZARD_READY },
  { label: 'Authorization Lookup', to: '/lookup', icon: <IconFileSearch size={18} aria-hidden />, anyOf: ['cases.read'], ready: CASE_WIZARD_READY },
  { label: 'Eligibility Lookup', to: '/eligibility', icon: <IconUserCheck size={18} aria-hidden />, anyOf: ['cases.read', 'cases.create'], ready: CASE_WIZARD_READY },
  { label: 'Clinical Certification', to: '/cases/new', icon: <IconFilePlus size={18} aria-hidden />, anyOf: ['cases.create'], ready: CASE_WIZARD_READY },
  {
    label: 'Certification Requests In Progress',
    to: '/cases/in-progress',
    icon: <IconClipboardList size={18} aria-hidden />,
    anyOf: ['cases.read'],
    ready: CASE_WIZARD_READY,
  },
  { label: 'Review queue', to: '/review', icon: <IconStethoscope size={18} aria-hidden />, anyOf: ['review.read'] },
  { label: 'Decision clocks', to: '/review/supervisor', icon: <IconClockExclamation size={18} aria-hidden />, anyOf: ['review.deny'] },
  { label: 'My P2P Requests', to: '/p2p', icon: <IconMessages size={18} aria-hidden />, anyOf: ['p2p.request'] },
  { label: 'My P2P calendar', to: '/p2p/calendar', icon: <IconCalendarEvent size={18} aria-hidden />, anyOf: ['p2p.review'] },
  { label: 'My P2P availability', to: '/p2p/availability', icon: <IconCalendarTime size={18} aria-hidden />, anyOf: ['p2p.availability'] },
  { label: 'Manage Your Account', to: '/account', icon: <IconUserCircle size={18} aria-hidden />, anyOf: ['account.read'] },
];

const groups: NavGroup[] = [
  {
    label: 'Resources',
    icon: <IconBook2 size={18} aria-hidden />,
    items: [
      { label: 'Clinical Guidelines', to: '/resources/guidelines', icon: <IconBook size={18} aria-hidden />, anyOf: ['resources.read'] },
      { label: 'Clinical Worksheets', to: '/resources/worksheets', icon: <IconClipboardText size={18} aria-hidden />, anyOf: ['resources.read'] },
      { label: 'Codes Requiring Authorization', to: '/resources/authorization-codes', icon: <IconListCheck size={18} aria-hidden />, anyOf: ['resources.read'] },
      { label: 'Contact Lookup', to: '/resources/contacts', icon: <IconAddressBook size={18} aria-hidden />, anyOf: ['resources.read'] },
      { label: 'FAQs', to: '/resources/faqs', icon: <IconHelpCircle size={18} aria-hidden />, anyOf: ['resources.read'] },
      { label: 'Code Lookup', to: '/reference/codes', icon: <IconListSearch size={18} aria-hidden />, anyOf: ['reference.read'] },
    ],
  },
  {
    label: 'Administration',
    icon: <IconShieldCheck size={18} aria-hidden />,
    items: [
      { label: 'Users', to: '/admin/users', icon: <IconUsers size={18} aria-hidden />, anyOf: ['staff.users.manage', 'office.users.manage'] },
      { label: 'Outbox', to: '/admin/outbox', icon: <IconMail size={18} aria-hidden />, anyOf: ['outbox.read'] },
      { label: 'Audit log', to: '/admin/audit', icon: <IconShieldCheck size={18} aria-hidden />, anyOf: ['audit.read'] },
      { label: 'Health plans', to: '/admin/plans', icon: <IconBuildingHospital size={18} aria-hidden />, anyOf: ['plans.read'] },
      { label: 'Global default policy', to: '/admin/policies', icon: <IconAdjustments size={18} aria-hidden />, anyOf: ['plans.read'] },
      { label: 'Code lists', to: '/admin/code-lists', icon: <IconListNumbers size={18} aria-hidden />, anyOf: ['plans.read'] },
    ],
  },
];

/** After the groups, as on the seeds' menu: Help / Contact Us comes last. */
const bottomItems: NavItem[] = [
  { label: 'Help / Contact Us', to: '/help', icon: <IconLifebuoy size={18} aria-hidden />, anyOf: ['resources.read'] },
];

function visible(session: SessionState | undefined, item: NavItem): boolean {
  return item.ready !== false && (!item.anyOf || hasPermission(session, ...item.anyOf));
}

function isActive(pathname: string, to: string): boolean {
  if (to === '/cases') {
    // Certification Summary is /cases itself and the case details; the wizard has its own entries.
    return pathname === '/cases' || pathname.endsWith('/detail');
  }
  if (to === '/review') {
    // The queue and its cases; Decision clocks (/review/supervisor) is its own entry.
    return pathname === '/review' || pathname.startsWith('/review/cases/');
  }
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function MainNav({ session, onNavigate }: { session: SessionState | undefined; onNavigate: () => void }) {
  const { pathname } = useLocation();

  const link = (item: NavItem) => {
    const active = isActive(pathname, item.to);
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={item.label}
        leftSection={item.icon}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
      />
    );
  };

  return (
    <Stack gap={2}>
      {topItems.filter((item) => visible(session, item)).map(link)}
      {groups.map((group) => {
        const items = group.items.filter((item) => visible(session, item));
        if (items.length === 0) {
          return null;
        }
        return (
          <NavLink
            key={group.label}
            label={group.label}
            leftSection={group.icon}
            defaultOpened
            childrenOffset="md"
            component="button"
            type="button"
          >
            {items.map(link)}
          </NavLink>
        );
      })}
      {bottomItems.filter((item) => visible(session, item)).map(link)}
    </Stack>
  );
}
