import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { AppLayout } from '../../../app/app-layout.tsx';
import { PublicLayout } from '../../../app/public-layout.tsx';
import { useSession } from '../../auth/api/get-session.ts';

/**
 * Help / Contact Us is open to everyone: inside the signed-in frame (with the menu) for a signed-in
 * person, in the public frame otherwise.
 */
export function HelpLayout() {
  const { data: session, isPending } = useSession();
  if (isPending && !session) {
    return <FullPageLoader />;
  }
  return session?.stage === 'authenticated' ? <AppLayout /> : <PublicLayout />;
}
