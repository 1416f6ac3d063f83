import { z } from 'zod';
import { optionalPhoneSchema, stateSchema, trimmed } from './common.ts';

/**
 * Plan configuration for plan administrators (PRODUCT.md C11), under /api/admin:
 *
 * GET   /plans                         → { plans: PlanSummary[] }
 * POST  /plans { code, name, phone?, fax? } → 201 PlanDetail
 * GET   /plans/:code                   → PlanDetail (lines of business, contracts, policy versions)
 * PATCH /plans/:code { name, phone?, fax? } → PlanDetail
 * GET   /plans/:code/history           → { changes: PlanChange[] } (who changed the plan, newest first)
 * POST  /plans/:code/lines { lineOfBusiness, state }            → PlanDetail
 * DELETE /plans/:code/lines/:lineOfBusiness/:state               → PlanDetail
 * POST  /plans/:code/contracts { programCode, lineOfBusiness, effectiveFrom, effectiveTo? } → PlanDetail
 * PATCH /plans/:code/contracts/:id { effectiveTo }               → PlanDetail
 * GET   /policies?planCode&lineOfBusiness&programCode            → PolicyScopeView
 * POST  /policies { scope, effectiveFrom, values, note }         → 201 PolicyScopeView
 * POST  /policies/:versionId/withdraw { note }                   → PolicyScopeView
 * GET   /programs                                               → { programs: { code, name }[] }
 * GET   /programs/:code/procedures                               → { procedures: ProcedureRow[] }
 * POST  /programs/:code/procedures { code, codeSystem, description } → 201 { procedures }
 *
 * Every change is audited with who made it; policy versions are never edited in place.
 */

export const LINES_OF_BUSINESS = ['commercial', 'medicare', 'medicaid', 'dual'] as const;
export const LINE_OF_BUSINESS_LABELS: Record<(typeof LINES_OF_BUSINESS)[number], string> = {
  commercial: 'Commercial',
  medicare: 'Medicare',
  medicaid: 'Medicaid',
  dual: 'Dual (Medicare and Medicaid)',
};

const isoDateSchema = (label: string) => z.string({ error: `${label} is required.` }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date (YYYY-MM-DD).` });
const lineOfBusinessSchema = z.enum(LINES_OF_BUSINESS, { error: 'Choose a line of business.' });
export const planCodeSchema = z
  .string({ error: 'Plan code is required.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{1,19}$/, { error: 'A plan code is 2–20 capital letters, digits or _, starting with a letter.' });

export const createPlanSchema = z
  .object({ code: planCodeSchema, name: trimmed('Plan name', 120), phone: optionalPhoneSchema, fax: optionalPhoneSchema })
  .strict();
export const updatePlanSchema = z.object({ name: trimmed('Plan name', 120), phone: optionalPhoneSchema, fax: optionalPhoneSchema }).strict();
export const addPlanLineSchema = z.object({ lineOfBusiness: lineOfBusinessSchema, state: stateSchema }).strict();
export const addContractSchema = z
  .object({
    programCode: trimmed('Program', 20),
    lineOfBusiness: lineOfBusinessSchema,
    effectiveFrom: isoDateSchema('Start date'),
    effectiveTo: isoDateSchema('End date').nullable().optional(),
  })
  .strict()
  .refine((value) => !value.effectiveTo || value.effectiveTo >= value.effectiveFrom, { error: 'The end date cannot be before the start date.', path: ['effectiveTo'] });
export const endContractSchema = z.object({ effectiveTo: isoDateSchema('End date').nullable() }).strict();

const dayCountSchema = (label: string) =>
  z
    .object({
      amount: z.number({ error: `${label}: enter a number of days.` }).int({ error: `${label}: whole days only.` }).min(0, { error: `${label} cannot be negative.` }).max(3650, { error: `${label} is at most 3650 days.` }),
      unit: z.enum(['calendar_days', 'business_days'], { error: `${label}: choose calendar or business days.` }),
    })
    .strict();
const tenDigits = (label: string) => z.string().trim().transform((value) => value.replace(/\D/g, '')).refine((digits) => /^\d{10}$/.test(digits), { error: `${label}: enter a 10-digit number.` });
const appealLevelSchema = (label: string) => z.object({ handledBy: z.enum(['plan', 'vendor']), within: dayCountSchema(label) }).strict();
const hoursSchema = (label: string) => z.number({ error: `${label}: enter a number of hours.` }).int({ error: `${label}: whole hours only.` }).min(1, { error: `${label} must be at least 1 hour.` }).max(720, { error: `${label} is at most 720 hours.` });
const positiveDays = (label: string) => z.number({ error: `${label}: enter a number of days.` }).int({ error: `${label}: whole days only.` }).min(1, { error: `${label} must be at least 1 day.` }).max(3650, { error: `${label} is at most 3650 days.` });

export const SERVICE_SETTING_OPTIONS = [
  { value: 'office', label: 'Office or clinic' },
  { value: 'home', label: 'Home' },
  { value: 'outpatient_hospital', label: 'Outpatient hospital' },
  { value: 'surgical', label: 'Ambulatory surgical center' },
  { value: 'emergency_room', label: 'Emergency room' },
  { value: 'observation', label: 'Observation stay' },
  { value: 'inpatient', label: 'Inpatient stay' },
  { value: 'hospital', label: 'Hospital (inpatient or outpatient)' },
  { value: 'skilled_nursing', label: 'Skilled nursing facility' },
] as const;
export const SERVICE_SETTING_VALUES = SERVICE_SETTING_OPTIONS.map((option) => option.value) as [(typeof SERVICE_SETTING_OPTIONS)[number]['value'], ...(typeof SERVICE_SETTING_OPTIONS)[number]['value'][]];

/**
 * The values a plan administrator edits. The holiday calendar and the regulatory decision cap
 * are carried over from the version in force for the scope (they change with a release, not a
 * form), so every stored version stays complete.
 */
export const editablePolicyValuesSchema = z
  .object({
    retroWindow: z.object({ within: dayCountSchema('Retro window'), outcomeWhenLate: z.enum(['administrative_denial', 'medical_necessity_review']) }).strict(),
    inProgressExpiry: dayCountSchema('In-progress expiry'),
    holdForInformation: dayCountSchema('Hold for information'),
    standardDecision: dayCountSchema('Standard decision'),
    urgentDecisionHours: hoursSchema('Urgent decision'),
    authorizationValidity: z
      .object({
        standardDays: positiveDays('Authorization validity'),
        dmePurchaseDays: positiveDays('DME purchase validity'),
        dmeDailyRentalDays: positiveDays('DME daily rental validity'),
        dmeMonthlyRentalExtraMonths: z.number().int({ error: 'Extra months: whole months only.' }).min(0, { error: 'Extra months cannot be negative.' }).max(24, { error: 'Extra months is at most 24.' }),
      })
      .strict(),
    reconsideration: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('none') }).strict(),
      z.object({ kind: z.literal('within'), within: dayCountSchema('Reconsideration window') }).strict(),
      z.object({ kind: z.literal('before_appeal') }).strict(),
    ]),
    appeal: z.object({ handledBy: z.enum(['plan', 'vendor']), within: dayCountSchema('First-level appeal window'), secondLevel: appealLevelSchema('Second-level appeal window').nullable() }).strict(),
    peerToPeer: z
      .object({ preDecision: z.boolean(), afterDenial: z.enum(['may_change_decision', 'consultative_only']), within: dayCountSchema('Peer-to-peer window') })
      .strict(),
    alternativeRecommendationAcceptedBy: z.enum(['new_case_or_reconsideration', 'new_case_only']),
    authorizationRequirement: z
      .object({
        exemptCodes: z.array(z.string().trim().toUpperCase().regex(/^[A-Z0-9]{2,10}$/, { error: 'Codes are 2–10 letters or digits.' })).max(500),
        exemptSettings: z.array(z.enum(SERVICE_SETTING_VALUES)).max(SERVICE_SETTING_OPTIONS.length),
      })
      .strict(),
    contact: z.object({ phone: tenDigits('Contact phone'), fax: tenDigits('Contact fax'), hours: trimmed('Contact hours', 120) }).strict(),
    currentPortalFrom: isoDateSchema('Current portal from').nullable(),
    electiveSpineSurgeryLeadTime: dayCountSchema('Spine surgery lead time').nullable(),
    interventionalPainAuthorizationPerDateOfService: z.boolean(),
    uploads: z
      .object({
        maxFiles: z.number().int().min(1, { error: 'At least one file.' }).max(20, { error: 'At most 20 files.' }),
        allowedExtensions: z.array(z.string().trim().toLowerCase().regex(/^\.[a-z0-9]{1,8}$/, { error: 'File types look like .pdf' })).min(1, { error: 'Allow at least one file type.' }).max(10),
        maxFileBytes: z.number().int().min(1024, { error: 'At least 1 KB.' }).max(25 * 1024 * 1024, { error: 'At most 25 MB per file.' }),
      })
      .strict(),
  })
  .strict();
export type EditablePolicyValues = z.output<typeof editablePolicyValuesSchema>;

export const policyScopeSchema = z
  .object({
    planCode: planCodeSchema.nullable(),
    lineOfBusiness: lineOfBusinessSchema.nullable(),
    programCode: z.string().trim().max(20).nullable(),
  })
  .strict();

export const policyScopeQuerySchema = z.object({
  planCode: planCodeSchema.optional(),
  lineOfBusiness: lineOfBusinessSchema.optional(),
  programCode: z.string().trim().max(20).optional(),
});

export const addPolicyVersionSchema = z
  .object({
    scope: policyScopeSchema,
    effectiveFrom: isoDateSchema('Effective from'),
    values: editablePolicyValuesSchema,
    note: trimmed('Reason for the change', 500),
  })
  .strict();
export const withdrawPolicyVersionSchema = z.object({ note: trimmed('Reason', 500) }).strict();

export const addProcedureSchema = z
  .object({
    code: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{4,10}$/, { error: 'A code is 4–10 letters or digits.' }),
    codeSystem: z.enum(['CPT', 'HCPCS', 'PROGRAM']),
    description: trimmed('Description', 300),
  })
  .strict();

export interface PlanSummary {
  code: string;
  name: string;
  phone: string | null;
  fax: string | null;
  linesOfBusiness: { lineOfBusiness: string; states: string[] }[];
  programCodes: string[];
}

export interface ContractRow {
  id: string;
  programCode: string;
  programName: string;
  lineOfBusiness: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface PolicyVersionView {
  versionId: string;
  scope: { planCode: string | null; lineOfBusiness: string | null; programCode: string | null };
  effectiveFrom: string;
  effectiveTo: string | null;
  status: 'active' | 'withdrawn';
  note: string | null;
  createdBy: string | null;
  createdAt: string | null;
  withdrawnBy: string | null;
  /** Cases submitted under this version: a version in use can only be ended, not withdrawn. */
  casesDecided: number;
  values: Record<string, unknown>;
  /** Fields that differ from the version before it in the same scope, in dotted paths. */
  changedFields: string[];
}

export interface PlanDetail extends PlanSummary {
  contracts: ContractRow[];
  policyVersions: PolicyVersionView[];
}

export interface PolicyScopeView {
  scope: { planCode: string | null; lineOfBusiness: string | null; programCode: string | null };
  /** The version that applies to this scope today (possibly a broader one) and where it comes from. */
  inForce: PolicyVersionView;
  /** Versions written for exactly this scope, newest first, withdrawn ones included. */
  versions: PolicyVersionView[];
  today: string;
}

/** One change to a plan, from the audit trail: GET /api/admin/plans/:code/history → { changes }. */
export interface PlanChange {
  at: string;
  by: string;
  change: string;
}

export interface ProcedureRow {
  code: string;
  codeSystem: string;
  description: string;
}
