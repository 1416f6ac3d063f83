import { Button, Group, Stack, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useSession } from '../features/auth/api/get-session.ts';
import { useLogout } from '../features/auth/api/logout.ts';
import { PortalToggle } from '../features/legacy/components/portal-toggle.tsx';
import { HeaderClock } from './header-clock.tsx';
import classes from './layout.module.css';

/**
 * The right-hand side of the signed-in header, the same in both portals because it is one session:
 * who is signed in (their office, or their role for staff) with the date, the switch to the other
 * portal, and Log out.
 */
export function HeaderAccount({ portal }: { portal: 'current' | 'legacy' }) {
  const { data: session } = useSession();
  const logout = useLogout();
  const user = session?.user;

  return (
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
      <PortalToggle portal={portal} />
      <Button
        variant="default"
        leftSection={<IconLogout size={16} aria-hidden />}
        onClick={() => logout.mutate({ message: 'You have signed out.', returnHere: false })}
        loading={logout.isPending}
      >
        Log out
      </Button>
    </Group>
  );
}
