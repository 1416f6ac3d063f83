import { programProcedures } from '../catalogue/program-procedures.ts';

/**
 * The catalogue's own wording for a procedure code, so an approved line reads the same as the
 * procedure the provider picked. Throws at load time if content names a code the catalogue
 * does not have, which the content tests then catch.
 */
export function catalogueWording(programCode: string, code: string): string {
  const found = programProcedures.find((procedure) => procedure.programCode === programCode && procedure.code === code);
  if (!found) {
    throw new Error(`The catalogue has no procedure ${code} in program ${programCode}.`);
  }
  return found.description;
}
