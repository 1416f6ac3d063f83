import { AppShell, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { Link, Outlet } from 'react-router';
import { useSession } from '../features/auth/api/get-session.ts';
import { useLogout } from '../features/auth/api/logout.ts';
import { PortalToggle } from '../features/legacy/components/portal-toggle.tsx';
import { HeaderClock } from './header-clock.tsx';
import { IdleTimeoutWatcher } from './idle-timeout.tsx';
import classes from './layout.module.css';

/**
 * The legacy portal's frame (C8): a plain header with the way back to the current portal and no
 * menu, because the legacy portal only shows requests made before a program moved. Same session
 * and idle timeout as the current portal.
 */
export function LegacyLayout() {
  const { data: session } = useSession();
  const logout = useLogout();
  const user = session?.user;

  return (
    <AppShell header={{ height: 72 }} padding="lg">
      <a className={classes.skipLink} href="#main-content">
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Link to="/legacy" className={classes.brand}>
              Priora
            </Link>
            <Badge variant="outline" color="gray" size="lg">
              Legacy portal
            </Badge>
          </Group>
          <Group gap="lg" wrap="nowrap">
            <Stack gap={0} className={classes.headerUser} visibleFrom="md">
              {user && (
                <Text size="sm">
                  You are logged in as{' '}
                  <Text span fw={600}>
                    {user.firstName} {user.lastName}
                  </Text>
                  {user.officeName ? ` · ${user.officeName}` : ''}
                </Text>
              )}
              <HeaderClock />
            </Stack>
            <PortalToggle portal="legacy" />
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
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
      <IdleTimeoutWatcher />
    </AppShell>
  );
}
