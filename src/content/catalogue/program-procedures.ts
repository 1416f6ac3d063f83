import type { ProcedureDefinition } from './catalogue-types.ts';
import { dmeProcedures } from './procedures-dme.ts';
import { musculoskeletalProcedures } from './procedures-musculoskeletal.ts';
import { otherProgramProcedures } from './procedures-other-programs.ts';
import { radiationOncologyProcedures } from './procedures-radiation-oncology.ts';
import { radiologyCardiologyProcedures } from './procedures-radiology-cardiology.ts';

/** Everything a program offers in the wizard's service step, all programs together. */
export const programProcedures: readonly ProcedureDefinition[] = [
  ...dmeProcedures,
  ...musculoskeletalProcedures,
  ...radiationOncologyProcedures,
  ...radiologyCardiologyProcedures,
  ...otherProgramProcedures,
];
