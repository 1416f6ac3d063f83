import { AppShell, Burger, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { Link, Outlet } from 'react-router';
import { useSession } from '../features/auth/api/get-session.ts';
import { useLogout } from '../features/auth/api/logout.ts';
import { PortalToggle } from '../features/legacy/components/portal-toggle.tsx';
import { HeaderClock } from './header-clock.tsx';
import { IdleTimeoutWatcher } from './idle-timeout.tsx';
import { MainNav } from './main-nav.tsx';
import classes from './layout.module.css';

/** The signed-in frame: header with who is signed in, the date and Log out; the menu; the page. */
export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const { data: session } = useSession();
  const logout = useLogout();
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
          <Group gap="lg" wrap="nowrap">
            <Stack gap={0} className={classes.headerUser} visibleFrom="md">
              {user && (
                <Text size="sm">
                  You are logged in as{' '}
                  <Text span fw={600}>
                    {user.firstName} {user.lastName}
                  </Text>
                  {user.officeName ? ` · ${user.officeName}` : ` · ${user.roleLabel}`}
                </Text>
              )}
              <HeaderClock />
            </Stack>
            <PortalToggle portal="current" />
            <Button
              variant="default"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => logout.mutate({ message: 'You have signed out.', returnHere: false })}
              loading={logout.isPending}
            >
              Log out
            </Button>
          </Group>
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
        <Outlet />
      </AppShell.Main>
      <IdleTimeoutWatcher />
    </AppShell>
  );
}
