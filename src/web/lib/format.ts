import dayjs from 'dayjs';

/** "Tuesday, May 12, 2020 4:20 PM", as on the portal's header. */
export function formatLongDateTime(value: Date | string): string {
  return dayjs(value).format('dddd, MMMM D, YYYY h:mm A');
}

/** "05/12/2020 4:20 PM" for tables. */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('MM/DD/YYYY h:mm A') : '';
}

export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('MM/DD/YYYY') : '';
}

/** "(615) 555-0100" for 10 digits; anything else as given. */
export function formatPhone(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const digits = value.replace(/\D/g, '');
  if (digits.length === 10) {
    return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
  }
  return value;
}

/** "m:ss" for a countdown. */
export function formatCountdown(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
