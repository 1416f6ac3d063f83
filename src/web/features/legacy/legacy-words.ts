import type { LegacyPortalSummary } from '../../../contracts/legacy.ts';
import { formatDate } from '../../lib/format.ts';

const lineOfBusinessLabels: Record<string, string> = {
  commercial: 'Commercial',
  medicare: 'Medicare',
  medicaid: 'Medicaid',
  dual: 'Dual Medicare and Medicaid',
};

export function lineOfBusinessLabel(value: string | null | undefined): string {
  return value ? (lineOfBusinessLabels[value] ?? value) : '';
}

/** "Medicare and Medicaid", "Commercial, Medicare and Medicaid". */
function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** The legacy portal's banner line for one migration, with the policy's date. */
export function migrationSentence(migration: LegacyPortalSummary['migrations'][number]): string {
  const lines = joinWords(migration.linesOfBusiness.map(lineOfBusinessLabel));
  return `Requests made before ${formatDate(migration.currentPortalFrom)} for ${migration.planName} ${migration.programName}${lines ? ` (${lines})` : ''} are shown here; new requests use the current portal.`;
}
