import { describe, expect, it } from 'vitest';
import { weeklyHoursErrors } from './weekly-hours.ts';
import { skillPriority } from './skill-priority.ts';

describe('weekly P2P hours', () => {
  it('accepts several ranges a day on the quarter hour', () => {
    expect(weeklyHoursErrors([{ weekday: 1, start: '08:00', end: '12:00' }, { weekday: 1, start: '13:15', end: '17:45' }, { weekday: 2, start: '08:00', end: '24:00' }])).toEqual({});
  });

  it('refuses an end before the start, off-grid times, bad times and overlaps, next to the field', () => {
    expect(
      weeklyHoursErrors([
        { weekday: 1, start: '10:00', end: '09:00' },
        { weekday: 2, start: '09:10', end: '10:05' },
        { weekday: 3, start: '9am', end: '' },
        { weekday: 4, start: '08:00', end: '12:00' },
        { weekday: 4, start: '11:00', end: '13:00' },
        { weekday: 5, start: '11:00', end: '13:00' },
      ]),
    ).toEqual({
      'weeklyHours.0.end': 'End after the start time.',
      'weeklyHours.1.start': 'Start on a quarter hour (:00, :15, :30 or :45).',
      'weeklyHours.1.end': 'End on a quarter hour (:00, :15, :30 or :45).',
      'weeklyHours.2.start': 'Enter a start time like 09:00.',
      'weeklyHours.2.end': 'Enter an end time like 17:00.',
      'weeklyHours.4.start': 'Overlaps 08:00–12:00 on the same day.',
    });
  });
});

describe('skill priority', () => {
  const skills = { programCodes: ['MSK'], specialties: ['Orthopedic Surgery'], licensedStates: ['PA', 'NY'] };
  it('offers only reviewers trained for every program; licensed state, then specialty, first', () => {
    expect(skillPriority(skills, [{ programCode: 'MSK', state: 'PA', specialty: 'orthopedic surgery' }])).toBe(1);
    expect(skillPriority(skills, [{ programCode: 'MSK', state: 'PA', specialty: 'Pain Medicine' }])).toBe(2);
    expect(skillPriority(skills, [{ programCode: 'MSK', state: 'CA', specialty: 'Orthopedic Surgery' }])).toBe(3);
    expect(skillPriority(skills, [{ programCode: 'MSK', state: 'PA', specialty: null }, { programCode: 'RAD', state: 'PA', specialty: null }])).toBeNull();
  });
});
