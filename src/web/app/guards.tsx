import { Alert, Button, Container, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageLoader } from '../components/full-page-loader.tsx';
import { errorMessage } from '../components/error-alert.tsx';
import { peekSignOutNotice } from '../lib/sign-out-notice.ts';
import { usePageTitle } from '../lib/use-page-title.ts';
import { hasPermission, useSession } from '../features/auth/api/get-session.ts';
import { readAuthState, type AuthLocationState } from './auth-location.ts';

function SessionUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title="Priora is not responding" role="alert">
        <Stack gap="sm" align="flex-start">
          {errorMessage(error)}
          <Button variant="light" color="red" onClick={onRetry}>
            Try again
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}

/** The session query's loading and failure states, shared by the guards. */
function useGuardSession() {
  const query = useSession();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;
  let fallback: ReactNode = null;
  if (query.isPending) {
    fallback = <FullPageLoader label="Checking your session…" />;
  } else if (query.isError && !query.data) {
    fallback = <SessionUnavailable error={query.error} onRetry={() => void query.refetch()} />;
  }
  return { session: query.data, fallback, here, location };
}

function loginState(here: string): AuthLocationState {
  const notice = peekSignOutNotice();
  const state: AuthLocationState = {};
  if (!notice || notice.returnHere) {
    state.from = here;
  }
  if (notice) {
    state.message = notice.message;
  }
  return state;
}

/** Signed-in pages: anonymous → /login (remembering where they were), mfa → /verify. */
export function RequireAuth() {
  const { session, fallback, here } = useGuardSession();
  if (fallback || !session) {
    return fallback;
  }
  switch (session.stage) {
    case 'anonymous':
      return <Navigate to="/login" replace state={loginState(here)} />;
    case 'mfa':
      return <Navigate to="/verify" replace state={{ from: here } satisfies AuthLocationState} />;
    case 'authenticated':
      return <Outlet />;
  }
}

/** Login, registration, forgot-*: a signed-in person goes where they were heading (or home). */
export function GuestOnly() {
  const { session, fallback, location } = useGuardSession();
  if (fallback || !session) {
    return fallback;
  }
  const state = readAuthState(location.state);
  switch (session.stage) {
    case 'anonymous':
      return <Outlet />;
    case 'mfa':
      return <Navigate to="/verify" replace state={{ from: state.from } satisfies AuthLocationState} />;
    case 'authenticated':
      return <Navigate to={state.from ?? '/'} replace />;
  }
}

/** The second-factor page: only between password and full sign-in. */
export function RequireMfaStep() {
  const { session, fallback, location } = useGuardSession();
  if (fallback || !session) {
    return fallback;
  }
  const state = readAuthState(location.state);
  switch (session.stage) {
    case 'anonymous': {
      const notice = peekSignOutNotice();
      const next: AuthLocationState = { ...(state.from ? { from: state.from } : {}), ...(notice ? { message: notice.message } : {}) };
      return <Navigate to="/login" replace state={next} />;
    }
    case 'mfa':
      return <Outlet />;
    case 'authenticated':
      return <Navigate to={state.from ?? '/'} replace />;
  }
}

function Forbidden() {
  usePageTitle('Not available');
  return (
    <Stack gap="md">
      <Title order={1}>Not available</Title>
      <Alert color="yellow">Your role does not include this page. If you need it, ask your administrator.</Alert>
    </Stack>
  );
}

/** A page that needs one of the listed permissions (from the session's access policy). */
export function RequirePermission({ anyOf, children }: { anyOf: string[]; children: ReactNode }) {
  const { data: session } = useSession();
  return hasPermission(session, ...anyOf) ? children : <Forbidden />;
}
