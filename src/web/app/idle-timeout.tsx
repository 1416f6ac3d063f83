import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../components/error-alert.tsx';
import { formatCountdown } from '../lib/format.ts';
import { useSession } from '../features/auth/api/get-session.ts';
import { useKeepAlive } from '../features/auth/api/keep-alive.ts';
import { useLogout } from '../features/auth/api/logout.ts';

/** The warning appears this long before the idle timeout. */
const WARNING_MS = 2 * 60_000;

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

/**
 * Warns before the server ends an idle session and lets the person stay. The session is polled
 * passively (GET /api/auth/session never counts as activity), so the countdown is honest; when it
 * runs out, one more poll finds the session gone and the route guard shows /login with the reason.
 */
export function IdleTimeoutWatcher() {
  const { data: session, dataUpdatedAt, refetch } = useSession();
  const keepAlive = useKeepAlive();
  const logout = useLogout();
  const now = useNow(1_000);
  // The warning is shown only after a fresh poll confirms the deadline (other tabs or requests may have moved it).
  const [confirmedDeadline, setConfirmedDeadline] = useState<string | null>(null);
  const expiryChecked = useRef<string | null>(null);

  const idleExpiresAt = session?.stage === 'authenticated' ? session.idleExpiresAt : undefined;
  const skew = session?.serverTime ? Date.parse(session.serverTime) - dataUpdatedAt : 0;
  const remainingMs = idleExpiresAt ? Date.parse(idleExpiresAt) - (now + skew) : Number.POSITIVE_INFINITY;
  const inWarningWindow = remainingMs <= WARNING_MS;

  useEffect(() => {
    if (!idleExpiresAt || !inWarningWindow || confirmedDeadline === idleExpiresAt) {
      return;
    }
    let cancelled = false;
    void refetch().then(() => {
      if (!cancelled) {
        setConfirmedDeadline(idleExpiresAt);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [idleExpiresAt, inWarningWindow, confirmedDeadline, refetch]);

  useEffect(() => {
    if (!idleExpiresAt || remainingMs > 0 || expiryChecked.current === idleExpiresAt) {
      return;
    }
    expiryChecked.current = idleExpiresAt;
    // The poll notices the ended session and records "signed out after N minutes of inactivity".
    void refetch();
  }, [idleExpiresAt, remainingMs, refetch]);

  const opened = Boolean(idleExpiresAt) && inWarningWindow && remainingMs > 0 && confirmedDeadline === idleExpiresAt;
  const staySignedIn = () => keepAlive.mutate();

  return (
    <Modal
      opened={opened}
      onClose={staySignedIn}
      title="Are you still there?"
      centered
      closeOnClickOutside={false}
      withCloseButton={false}
    >
      <Stack gap="md">
        <Text>
          You will be signed out in <strong>{formatCountdown(remainingMs / 1000)}</strong> because of inactivity.
        </Text>
        {keepAlive.isError && (
          <Text c="red" size="sm" role="alert">
            {errorMessage(keepAlive.error)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => logout.mutate({ message: 'You have signed out.', returnHere: false })} loading={logout.isPending}>
            Sign out
          </Button>
          <Button onClick={staySignedIn} loading={keepAlive.isPending} data-autofocus>
            Stay signed in
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
