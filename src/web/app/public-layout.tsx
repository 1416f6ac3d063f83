import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import classes from './layout.module.css';

/** Pages seen before signing in: brand bar, centred content, footer. */
export function PublicLayout() {
  return (
    <Box className={classes.publicPage}>
      <a className={classes.skipLink} href="#main-content">
        Skip to main content
      </a>
      <Box component="header" className={classes.publicHeader}>
        <Container size="lg">
          <Group h={60} justify="space-between">
            <Anchor component={Link} to="/login" underline="never" className={classes.brand}>
              Priora
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="xs">
              Prior authorization portal
            </Text>
          </Group>
        </Container>
      </Box>
      <Container component="main" id="main-content" tabIndex={-1} size="lg" py="xl" className={classes.publicMain}>
        <Outlet />
      </Container>
      <Box component="footer" className={classes.footer}>
        <Container size="lg">
          <Text size="xs" c="dimmed">
            Priora is open-source software (Apache-2.0). This system may contain protected health information; use is
            monitored and logged.
          </Text>
          <Anchor component={Link} to="/help" size="xs" mt={4} display="inline-block">
            Help / Contact Us
          </Anchor>
        </Container>
      </Box>
    </Box>
  );
}
