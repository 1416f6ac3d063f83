import { Button } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { Link } from 'react-router';
import { hasPermission, useSession } from '../../auth/api/get-session.ts';
import { useLegacySummary } from '../api/get-legacy-summary.ts';

/**
 * The header's switch between the two portals (C8), in the same session: no second sign-in. The
 * current portal offers "Legacy portal" only to office staff whose office has legacy requests;
 * the legacy portal always offers the way back.
 */
export function PortalToggle({ portal }: { portal: 'current' | 'legacy' }) {
  const { data: session } = useSession();
  const officeReader = Boolean(session?.user?.officeId) && hasPermission(session, 'cases.read');
  const summary = useLegacySummary(officeReader && portal === 'current');
  if (portal === 'legacy') {
    return (
      <Button component={Link} to="/" variant="light" leftSection={<IconArrowsExchange size={16} aria-hidden />}>
        Current portal
      </Button>
    );
  }
  if (!officeReader || !summary.data || summary.data.caseCount === 0) {
    return null;
  }
  return (
    <Button component={Link} to="/legacy" variant="light" leftSection={<IconArrowsExchange size={16} aria-hidden />}>
      Legacy portal
    </Button>
  );
}
