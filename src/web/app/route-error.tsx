import { Alert, Anchor, Container, Stack, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Last resort when a page throws while rendering (a bug, or a stale bundle after a deploy). */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : null;
  return (
    <Container size="sm" py="xl">
      <Stack gap="md">
        <Title order={1}>Something went wrong</Title>
        <Alert color="red" role="alert">
          This page could not be shown. Reload the page to try again; if it keeps happening, tell your administrator.
          {detail && <div>Details: {detail}</div>}
        </Alert>
        <Anchor href="/">Go to the home page</Anchor>
      </Stack>
    </Container>
  );
}
