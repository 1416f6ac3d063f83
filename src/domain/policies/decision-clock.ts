/**
 * How far a case is into its decision window (issue 5, part 2): the share of the time from
 * receipt to the due time already used, and the escalation level the queue shows at 50, 75 and
 * 90 per cent and past the due time.
 */
export type EscalationLevel = 'ok' | 'watch' | 'warning' | 'critical' | 'breached';

export interface DecisionClock {
  percentElapsed: number;
  escalation: EscalationLevel;
}

export function decisionClock(receivedAt: Date, dueAt: Date, now: Date): DecisionClock {
  const window = dueAt.getTime() - receivedAt.getTime();
  const used = now.getTime() - receivedAt.getTime();
  const percentElapsed = window <= 0 ? 100 : Math.max(0, Math.round((used / window) * 1000) / 10);
  const escalation: EscalationLevel =
    now.getTime() >= dueAt.getTime() ? 'breached' : percentElapsed >= 90 ? 'critical' : percentElapsed >= 75 ? 'warning' : percentElapsed >= 50 ? 'watch' : 'ok';
  return { percentElapsed, escalation };
}
