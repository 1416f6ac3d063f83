import { Alert, Button, Chip, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { WEEKDAY_LABELS, type SlotView } from '../../../../contracts/p2p.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useSlots } from '../api/scheduler.ts';
import { addDaysTo, dayLabel, slotTime } from '../p2p-time.ts';
import { TimeZoneSetting } from './time-zone-confirm.tsx';

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
/** The seed's preferred times: 7:00 to 7:00 pm, by the hour. */
const PREFERRED_HOURS = Array.from({ length: 12 }, (_, index) => index + 7);
const SHOWN_PER_DAY = 4;

/** A slot: its time, and under it the reviewer (two reviewers free at the same time look different). */
const SLOT_BUTTON_STYLES = { label: { flexDirection: 'column', alignItems: 'center', whiteSpace: 'normal', lineHeight: 1.25, textAlign: 'center' } } as const;

const hourLabel = (hour: number) => `${hour % 12 === 0 ? 12 : hour % 12}:00 to ${(hour + 1) % 12 === 0 ? 12 : (hour + 1) % 12}:00`;

interface Props {
  caseIds: readonly string[];
  timeZone: string;
  onPick: (slot: SlotView) => void;
  /** Shown above the slots, e.g. "that time was just taken". */
  notice?: React.ReactNode;
  /** The week, when the page keeps it across steps (back to the same week after "that time was just taken"). */
  week?: WeekPage | null;
  onWeekChange?: (week: WeekPage) => void;
}

/** The week shown: `offset` weeks after the first one, whose start the server told us. */
export interface WeekPage {
  first: string;
  offset: number;
}

/**
 * Preferred days and hours (all selected; deselect to narrow), the person's zone (with "Change"),
 * and a week of free slots in that zone, grouped by reviewer skill priority, four a day until
 * "Show more"; each slot shows its reviewer under the time.
 *
 * The first week is asked for without a start: the server starts it at its own today in the
 * person's zone, since the browser's clock may be off. Previous and next page from that answer.
 */
export function SlotPicker({ caseIds, timeZone, onPick, notice, week, onWeekChange }: Props) {
  const [ownPage, setOwnPage] = useState<WeekPage | null>(null);
  const page = week === undefined ? ownPage : week;
  const setPage = (next: WeekPage) => (onWeekChange ? onWeekChange(next) : setOwnPage(next));
  const [days, setDays] = useState<string[]>(ALL_DAYS.map(String));
  const [hours, setHours] = useState<string[]>(PREFERRED_HOURS.map(String));
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const allHours = hours.length === PREFERRED_HOURS.length;
  const nothingChosen = days.length === 0 || hours.length === 0;
  const asked = page && page.offset > 0 ? addDaysTo(page.first, 7 * page.offset) : undefined;
  const slots = useSlots(nothingChosen ? null : { caseIds, weekStart: asked, days: days.map(Number).sort(), hours: allHours ? [] : hours.map(Number).sort((a, b) => a - b) });
  const weekStart = asked ?? page?.first ?? slots.data?.weekStart;
  // The zone the server grouped these times in (the same as `timeZone` once a change is read).
  const shownZone = slots.data?.timeZone ?? timeZone;
  const moveWeeks = (weeks: number) => {
    const first = page?.first ?? slots.data?.weekStart;
    if (first) {
      setPage({ first, offset: Math.max(0, (page?.offset ?? 0) + weeks) });
    }
  };
  const toggle = (key: string) => setExpanded((current) => new Set(current.has(key) ? [...current].filter((one) => one !== key) : [...current, key]));
  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Text fw={600}>Preferred Days</Text>
          <Chip.Group multiple value={days} onChange={setDays}>
            <Group gap="xs">
              {ALL_DAYS.map((day) => (
                <Chip key={day} value={String(day)} size="sm">
                  {WEEKDAY_LABELS[day]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Text fw={600}>Preferred Times</Text>
          <Chip.Group multiple value={hours} onChange={setHours}>
            <Group gap="xs">
              {PREFERRED_HOURS.map((hour) => (
                <Chip key={hour} value={String(hour)} size="sm">
                  {hourLabel(hour)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <TimeZoneSetting timeZone={timeZone} />
        </Stack>
      </Paper>
      {notice}
      {nothingChosen && <Alert color="orange">Choose at least one day and one time.</Alert>}
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconChevronLeft size={16} aria-hidden />} disabled={!page || page.offset === 0} onClick={() => moveWeeks(-1)}>
          Prev Week
        </Button>
        <Text fw={600}>{weekStart && `${dayLabel(weekStart)} – ${dayLabel(addDaysTo(weekStart, 6))}`}</Text>
        <Button variant="default" rightSection={<IconChevronRight size={16} aria-hidden />} disabled={!weekStart} onClick={() => moveWeeks(1)}>
          Next Week
        </Button>
      </Group>
      {slots.isLoading && <Loader size="sm" />}
      {slots.error && <ErrorAlert error={slots.error} />}
      {slots.data && slots.data.groups.length === 0 && (
        <Alert color="gray">No free times this week{days.length < 7 || !allHours ? ' on the days and times chosen' : ''}. Try the next week.</Alert>
      )}
      {slots.data?.groups.map((group) => (
        <section key={group.priority} aria-label={group.label}>
          <Title order={3} size="h5" mb="xs">
            {group.label}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }}>
            {group.days.map((day) => {
              const key = `${group.priority}-${day.date}`;
              const shown = expanded.has(key) ? day.slots : day.slots.slice(0, SHOWN_PER_DAY);
              return (
                <Stack key={day.date} gap={4}>
                  <Text size="sm" fw={600}>
                    {dayLabel(day.date)}
                  </Text>
                  {day.slots.length === 0 && <Text size="sm">-</Text>}
                  {shown.map((slot) => (
                    <Button
                      key={`${slot.reviewerUserId}-${slot.startsAt}`}
                      variant="light"
                      h="auto"
                      py={4}
                      px="xs"
                      styles={SLOT_BUTTON_STYLES}
                      onClick={() => onPick(slot)}
                      aria-label={`${dayLabel(day.date)} ${slotTime(slot.startsAt, shownZone)} with ${slot.reviewerName}`}
                    >
                      <Text span size="sm" fw={600}>
                        {slotTime(slot.startsAt, shownZone)}
                      </Text>
                      <Text span size="xs">
                        {slot.reviewerName}
                      </Text>
                    </Button>
                  ))}
                  {day.slots.length > SHOWN_PER_DAY && (
                    <Button size="compact-xs" variant="subtle" onClick={() => toggle(key)}>
                      {expanded.has(key) ? 'Show less' : 'Show more...'}
                    </Button>
                  )}
                </Stack>
              );
            })}
          </SimpleGrid>
        </section>
      ))}
    </Stack>
  );
}
