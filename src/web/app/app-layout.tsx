import { AppShell, Burger, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet } from 'react-router';
import { useSession } from '../features/auth/api/get-session.ts';
import { HeaderAccount } from './header-account.tsx';
import { HeaderClock } from './header-clock.tsx';
import { IdleTimeoutWatcher } from './idle-timeout.tsx';
import { MainNav } from './main-nav.tsx';
import { ActingOfficeBanner } from '../features/intake/components/acting-office-banner.tsx';
import classes from './layout.module.css';

/** The signed-in frame: header with who is signed in, the date and Log out; the menu; the page. */
export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const { data: session } = useSession();
  const user = session?.user;

  return (
    <AppShell header={{ height: 72 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="lg">
      <a className={classes.skipLink} href="#main-content">
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={navOpened ? 'Close menu' : 'Open menu'} />
            <Link to="/" className={classes.brand}>
              Priora
            </Link>
          </Group>
          <HeaderAccount portal="current" />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label="Main menu">
        {user && (
          <Stack gap={0} mb="sm" hiddenFrom="md">
            <Text size="sm">
              You are logged in as{' '}
              <Text span fw={600}>
                {user.firstName} {user.lastName}
              </Text>
            </Text>
            {user.officeName && <Text size="sm">{user.officeName}</Text>}
            <HeaderClock />
          </Stack>
        )}
        <MainNav session={session} onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <ActingOfficeBanner />
        <Outlet />
      </AppShell.Main>
      <IdleTimeoutWatcher />
    </AppShell>
  );
}
