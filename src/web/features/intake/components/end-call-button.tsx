import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoneOff } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../components/error-alert.tsx';
import { useEndCall } from '../api/calls.ts';

/** Ends the call: the session stops acting for the office, and the agent is back on the Caller's office page. */
export function EndCallButton({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const end = useEndCall();
  const navigate = useNavigate();
  const onClick = () =>
    end.mutate(undefined, {
      onSuccess: () => void navigate('/intake'),
      onError: (error) => notifications.show({ color: 'red', title: 'The call could not be ended', message: errorMessage(error) }),
    });
  return (
    <Button size={size} color="red" variant="light" leftSection={<IconPhoneOff size={16} aria-hidden />} loading={end.isPending} onClick={onClick}>
      End call
    </Button>
  );
}
