import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';

/**
 * Typed dates are read strictly as MM/DD/YYYY (or YYYY-MM-DD): a half-typed "05/1" is not
 * quietly taken as May 1, 2001 by the browser's lenient date parsing.
 */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  let year: number;
  let month: number;
  let day: number;
  if (us) {
    [month, day, year] = [Number(us[1]), Number(us[2]), Number(us[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date input whose value is the API's YYYY-MM-DD string (or null), shown and typed as MM/DD/YYYY.
 * The calendar opens beside the input (it opens on focus), so it never hides the field's message
 * when an error moves focus back here.
 */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return (
    <DateInput
      valueFormat="MM/DD/YYYY"
      dateParser={parseTypedDate}
      placeholder="MM/DD/YYYY"
      leftSection={<IconCalendar size={16} aria-hidden />}
      leftSectionPointerEvents="none"
      autoComplete="off"
      popoverProps={{ position: 'right-start' }}
      {...props}
    />
  );
}
