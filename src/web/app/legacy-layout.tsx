import { AppShell, Badge, Group } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { HeaderAccount } from './header-account.tsx';
import { ActingOfficeBanner } from '../features/intake/components/acting-office-banner.tsx';
import { IdleTimeoutWatcher } from './idle-timeout.tsx';
import classes from './layout.module.css';

/**
 * The legacy portal's frame (C8): a plain header with the way back to the current portal and no
 * menu, because the legacy portal only shows requests made before a program moved. Same session
 * and idle timeout as the current portal.
 */
export function LegacyLayout() {
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
          <HeaderAccount portal="legacy" />
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <ActingOfficeBanner />
        <Outlet />
      </AppShell.Main>
      <IdleTimeoutWatcher />
    </AppShell>
  );
}
