import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { onUnauthenticated } from '../lib/api-client.ts';
import { peekSignOutNotice } from '../lib/sign-out-notice.ts';
import { sessionQueryKey } from '../features/auth/api/get-session.ts';
import { endSessionLocally } from '../features/auth/api/logout.ts';
import type { SessionState } from '../../contracts/auth.ts';
import { createQueryClient } from './query-client.ts';
import { theme } from './theme.ts';

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);

  // Any request that finds the person signed out sends them to /login; the route guard
  // remembers the page they were on and brings them back after they sign in.
  useEffect(() => {
    onUnauthenticated(() => {
      const session = queryClient.getQueryData<SessionState>(sessionQueryKey);
      if (session?.stage === 'anonymous' || peekSignOutNotice()) {
        return;
      }
      endSessionLocally(queryClient, { message: 'Your session has ended. Please log in again.', returnHere: true });
    });
    return () => onUnauthenticated(null);
  }, [queryClient]);

  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'en', firstDayOfWeek: 0 }}>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
