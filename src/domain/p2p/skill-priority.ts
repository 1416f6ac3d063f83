/**
 * Which reviewers may hold a P2P for a set of cases, and in what order they are offered (seed
 * 003: "1st Priority by Skill"). Every reviewer offered is trained for each case's program; among
 * them, a physician licensed in the member's state comes before one who is not (state rules on
 * same-state review), and one who also shares the ordering provider's specialty comes first.
 */

export interface ReviewerSkills {
  programCodes: readonly string[];
  specialties: readonly string[];
  licensedStates: readonly string[];
}

export interface CaseNeed {
  programCode: string;
  /** The member's state. */
  state: string | null;
  /** The ordering provider's specialty. */
  specialty: string | null;
}

/** 1 (best) to 3, or null when the reviewer is not trained for every case's program. */
export function skillPriority(skills: ReviewerSkills, needs: readonly CaseNeed[]): 1 | 2 | 3 | null {
  if (!needs.every((need) => skills.programCodes.includes(need.programCode))) {
    return null;
  }
  const licensed = needs.every((need) => need.state === null || skills.licensedStates.includes(need.state));
  if (!licensed) {
    return 3;
  }
  const sameSpecialty = needs.every((need) => need.specialty !== null && skills.specialties.some((specialty) => specialty.toLowerCase() === need.specialty!.toLowerCase()));
  return sameSpecialty ? 1 : 2;
}
