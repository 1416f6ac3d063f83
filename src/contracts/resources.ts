import { z } from 'zod';

/**
 * Resources (PRODUCT.md C7), under /api/resources, for every signed-in role. None of it is PHI:
 * published guidelines, worksheets, code lists and phone numbers.
 *
 * GET /resources/plans                                   → { plans: ResourcePlan[] }
 * GET /resources/programs                                → { programs: ResourceProgram[] }
 * GET /resources/guidelines?programCode=&planCode=       → { guidelines: GuidelineSummary[] }
 * GET /resources/guidelines/:guidelineId                 → GuidelineDocument (markdown)
 * GET /resources/worksheets                              → { worksheets: WorksheetSummary[] }
 * GET /resources/worksheets/:questionnaireId/:version/worksheet.pdf → application/pdf
 * GET /resources/authorization-codes?planCode=&lineOfBusiness=      → AuthorizationCodeList
 * GET /resources/authorization-codes.csv?planCode=&lineOfBusiness=  → text/csv
 * GET /resources/contacts?planCode=&programCode=         → ContactLookup
 * GET /resources/faqs                                    → { faqs: Faq[] }
 * GET /help/contact (public: people who cannot sign in need it most) → HelpContact
 */

export const RESOURCE_LINES_OF_BUSINESS = ['commercial', 'medicare', 'medicaid', 'dual'] as const;
export type ResourceLineOfBusiness = (typeof RESOURCE_LINES_OF_BUSINESS)[number];

/** Plan and program codes as configured: capitals, digits and _ (HPP, MED_ONC). */
const codeSchema = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]{1,19}$/, { error: message });
const planCode = codeSchema('Choose a health plan.');
const programCode = codeSchema('Choose a program.');

export const guidelineListQuerySchema = z
  .object({
    programCode: programCode.optional(),
    planCode: planCode.optional(),
  })
  .strict();

export const guidelineParamsSchema = z.object({
  // File names without .md: 'msk-spine-surgery', 'msk-spine-surgery-2026.2'.
  guidelineId: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,99}$/, { error: 'Not a guideline.' }),
});

export const worksheetParamsSchema = z.object({
  questionnaireId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: 'Not a worksheet.' }),
  version: z.string().regex(/^\d{1,6}$/, { error: 'Not a worksheet version.' }),
});

export const authorizationCodesQuerySchema = z
  .object({
    planCode,
    lineOfBusiness: z.enum(RESOURCE_LINES_OF_BUSINESS, { error: 'Choose a line of business.' }).optional(),
  })
  .strict();

export const contactLookupQuerySchema = z
  .object({
    planCode,
    programCode: programCode.optional(),
  })
  .strict();

export interface ResourceProgram {
  code: string;
  name: string;
}

/** A health plan with the programs it contracts today, by line of business. */
export interface ResourcePlan {
  code: string;
  name: string;
  /** 10 digits as stored; the web app shows (555) 555-0100. */
  phone: string | null;
  fax: string | null;
  programs: Array<ResourceProgram & { linesOfBusiness: Array<{ value: ResourceLineOfBusiness; label: string }> }>;
  linesOfBusiness: Array<{ value: ResourceLineOfBusiness; label: string }>;
}

export interface GuidelineSummary {
  /** The file name without .md, e.g. 'msk-spine-surgery'. */
  id: string;
  title: string;
  version: string;
  /** The programs whose criteria cite this guideline. */
  programs: ResourceProgram[];
  /** What it is used for: the questionnaires whose criteria cite it. */
  usedFor: string[];
  /** The newest version of this guideline; older versions stay for the cases decided under them. */
  current: boolean;
}

export interface GuidelineDocument extends GuidelineSummary {
  markdown: string;
}

export interface WorksheetSummary {
  questionnaireId: string;
  version: string;
  title: string;
  programCode: string;
  programName: string;
  /** The procedure codes the questionnaire is asked for (CPT numbers or program codes). */
  procedureCodes: string[];
  questionCount: number;
  /** The newest version of this questionnaire (older versions stay for cases answered on them). */
  current: boolean;
  /** Relative URL of the PDF. */
  pdfUrl: string;
}

/** How the code list names each code system, on the page and in its CSV alike. */
export const CODE_SYSTEM_LABELS = { CPT: 'CPT', HCPCS: 'HCPCS', PROGRAM: 'Program code' } as const;

export interface AuthorizationCodeRow {
  code: string;
  codeSystem: keyof typeof CODE_SYSTEM_LABELS;
  /** Priora's own wording (HCPCS: the public CMS text); never a CPT descriptor. */
  description: string;
  authorizationRequired: boolean;
}

export interface AuthorizationCodeSection {
  programCode: string;
  programName: string;
  lineOfBusiness: ResourceLineOfBusiness;
  lineOfBusinessLabel: string;
  /** Settings where the plan does not require authorization through Priora, by their labels. */
  exemptSettings: string[];
  codes: AuthorizationCodeRow[];
}

export interface AuthorizationCodeList {
  plan: { code: string; name: string };
  /** The day the plan's contracts and policies were read for (YYYY-MM-DD). */
  asOf: string;
  sections: AuthorizationCodeSection[];
}

export interface ContactLine {
  programCode: string;
  programName: string;
  lineOfBusiness: ResourceLineOfBusiness;
  lineOfBusinessLabel: string;
  phone: string;
  fax: string;
  hours: string;
  /** Requests made before this date (YYYY-MM-DD) are in the legacy view; null: this portal only. */
  currentPortalFrom: string | null;
}

export interface ContactLookup {
  plan: { code: string; name: string; phone: string | null; fax: string | null };
  asOf: string;
  lines: ContactLine[];
}

export interface Faq {
  id: string;
  topic: string;
  question: string;
  /** Paragraphs of plain text. */
  answer: string[];
}

export interface HelpContact {
  phone: string;
  fax: string;
  hours: string;
}
