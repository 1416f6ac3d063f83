import { describe, expect, it } from 'vitest';
import { decisionClock } from './decision-clock.ts';

const received = new Date('2026-03-02T14:00:00Z');
const due = new Date('2026-03-04T14:00:00Z');
const at = (hours: number) => new Date(received.getTime() + hours * 3_600_000);

describe('decision clock', () => {
  it.each([
    [0, 0, 'ok'],
    [23.9, 99.6 / 2, 'ok'],
    [24, 50, 'watch'],
    [36, 75, 'warning'],
    [43.2, 90, 'critical'],
    [48, 100, 'breached'],
    [60, 125, 'breached'],
  ] as const)('%s hours into a 48-hour window: %s %%, %s', (hours, percent, escalation) => {
    expect(decisionClock(received, due, at(hours))).toEqual({ percentElapsed: percent, escalation });
  });
});
