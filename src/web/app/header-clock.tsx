import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatLongDateTime } from '../lib/format.ts';

/** Today's date and time, "Tuesday, May 12, 2020 4:20 PM", turning over on the minute. */
export function HeaderClock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let interval: number | undefined;
    const untilNextMinute = 60_000 - (Date.now() % 60_000);
    const timeout = window.setTimeout(() => {
      setNow(new Date());
      interval = window.setInterval(() => setNow(new Date()), 60_000);
    }, untilNextMinute);
    return () => {
      window.clearTimeout(timeout);
      if (interval !== undefined) {
        window.clearInterval(interval);
      }
    };
  }, []);
  return (
    <Text size="sm" c="dimmed" component="time" dateTime={now.toISOString()}>
      {formatLongDateTime(now)}
    </Text>
  );
}
