import { z } from 'zod';

/** GET /api/reference/states → { states: { abbreviation, name }[] } (public: the registration form needs it). */
export interface StateOption {
  abbreviation: string;
  name: string;
}

/**
 * GET /api/reference/codes?system=ICD10CM|HCPCS&q=…&limit= → { codes: CodeSearchResult[] } (signed in).
 * q is a code prefix ("E11", "E11.9", "k0823") or words from the description ("diab mell").
 */
export const codeSearchQuerySchema = z
  .object({
    system: z.enum(['ICD10CM', 'HCPCS']),
    q: z.string().trim().min(1, { error: 'Enter a code or words to search for.' }).max(100),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    billableOnly: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  })
  .strict();

export interface CodeSearchResult {
  system: 'ICD10CM' | 'HCPCS';
  /** As stored (E119). */
  code: string;
  /** As shown (E11.9 for ICD-10-CM). */
  displayCode: string;
  description: string;
  billable: boolean;
}
