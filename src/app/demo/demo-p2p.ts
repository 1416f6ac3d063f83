import { eq, inArray } from 'drizzle-orm';
import { programs } from '../../content/catalogue/programs.ts';
import { reviewerProfiles, reviewerWeeklyHours } from '../../db/schema/post-decision.ts';
import { users } from '../../db/schema/users.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';

const WEEKDAYS = [1, 2, 3, 4, 5];

/**
 * The demo medical directors' P2P availability, so the scheduler has slots from the first start:
 * both on Eastern time, every program, weekdays 8–12 and 13–17. demo.md is licensed where the demo
 * offices and members are (Riverside is in PA) and comes first by skill; demo.md2 is licensed in
 * fewer states, so the second priority group shows too. Added once; edits in the app are kept.
 */
const demoReviewers = [
  { userName: 'demo.md', specialties: ['Orthopedic Surgery', 'Radiation Oncology', 'Pain Medicine'], licensedStates: ['PA', 'MA', 'IL', 'TN', 'NH', 'NJ', 'NY'] },
  { userName: 'demo.md2', specialties: ['Physical Medicine and Rehabilitation', 'Pulmonary Disease'], licensedStates: ['MA', 'NY'] },
];

export async function seedDemoP2pAvailability(ctx: AppContext): Promise<void> {
  const directors = await ctx.db.select({ id: users.id, userName: users.userName }).from(users).where(inArray(users.userName, demoReviewers.map((one) => one.userName)));
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    for (const director of directors) {
      const [existing] = await tx.select({ userId: reviewerProfiles.userId }).from(reviewerProfiles).where(eq(reviewerProfiles.userId, director.id));
      const skills = demoReviewers.find((one) => one.userName === director.userName);
      if (existing || !skills) {
        continue;
      }
      await tx.insert(reviewerProfiles).values({ userId: director.id, timeZone: 'America/New_York', programCodes: programs.map((program) => program.code), specialties: skills.specialties, licensedStates: skills.licensedStates, updatedAt: now });
      await tx.insert(reviewerWeeklyHours).values(
        WEEKDAYS.flatMap((weekday) => [
          { userId: director.id, weekday, startTime: '08:00', endTime: '12:00' },
          { userId: director.id, weekday, startTime: '13:00', endTime: '17:00' },
        ]),
      );
      await recordAudit(tx, ctx.clock, { action: 'system.demo_p2p_availability', outcome: 'success', objectType: 'reviewer_profile', objectId: director.id });
    }
  });
}
