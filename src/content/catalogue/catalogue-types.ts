/**
 * Shapes of the catalogue content. Kept free of database types on purpose: this folder is
 * data that people edit, and the seed (src/db/seed/seed-catalogue.ts) maps it to rows.
 */
export type CatalogueLineOfBusiness = 'commercial' | 'medicare' | 'medicaid' | 'dual';

export interface ProgramDefinition {
  /** Stable code used in configuration and URLs. */
  code: string;
  name: string;
  /** Our own plain-language description, shown when a provider picks a program. */
  description: string;
  sortOrder: number;
}

export interface ProcedureDefinition {
  programCode: string;
  code: string;
  /** CPT numbers carry Priora's own wording only (CPT descriptors are © AMA). */
  codeSystem: 'CPT' | 'HCPCS' | 'PROGRAM';
  description: string;
}

export interface PlanLineOfBusinessDefinition {
  lineOfBusiness: CatalogueLineOfBusiness;
  states: readonly string[];
}

export interface PlanContractDefinition {
  programCode: string;
  lineOfBusiness: CatalogueLineOfBusiness;
  /** YYYY-MM-DD. */
  effectiveFrom: string;
  effectiveTo?: string;
}

export interface HealthPlanDefinition {
  code: string;
  name: string;
  phone: string | null;
  fax: string | null;
  linesOfBusiness: readonly PlanLineOfBusinessDefinition[];
  contracts: readonly PlanContractDefinition[];
}
