import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inArray } from 'drizzle-orm';
import { publishedCriteriaSets } from '../../content/criteria/criteria-registry.ts';
import { guidelines } from '../../content/criteria/guideline-citations.ts';
import { questionnaireById } from '../../content/questionnaires/questionnaire-registry.ts';
import type { GuidelineDocument, GuidelineSummary, ResourceProgram } from '../../contracts/resources.ts';
import type { Queryable } from '../../db/client.ts';
import { programProcedures } from '../../db/schema/plans.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';
import { readPrograms } from './list-resource-plans.ts';
import { contractsInForce, findPlanByCode, resourcesDay } from './plan-contracts.ts';

const guidelineFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/guidelines');

export interface GuidelineEntry {
  /** The file name without .md. */
  id: string;
  title: string;
  version: string;
  file: string;
  /** Catalogue program codes whose criteria cite this guideline and version, in the order first met. */
  programCodes: string[];
  /** Questionnaire titles whose criteria cite it. */
  usedFor: string[];
}

/** The programs and questionnaires whose criteria sets cite a guideline (name, and version when given). */
function citedBy(guideline: string, version: string | undefined): { programCodes: string[]; usedFor: string[] } {
  const programCodes: string[] = [];
  const usedFor: string[] = [];
  for (const set of publishedCriteriaSets) {
    const cites = set.criteria.some((criterion) => criterion.citation.guideline === guideline && (version === undefined || criterion.citation.version === version));
    const questionnaire = cites ? questionnaireById(set.questionnaireId, set.questionnaireVersion) : undefined;
    if (!questionnaire) {
      continue;
    }
    if (!programCodes.includes(questionnaire.programCode)) {
      programCodes.push(questionnaire.programCode);
    }
    if (!usedFor.includes(questionnaire.title)) {
      usedFor.push(questionnaire.title);
    }
  }
  return { programCodes, usedFor };
}

/**
 * Our guideline documents as the content registers them today (guideline-citations.ts), each tied
 * to the programs whose criteria cite it: a criterion cites a guideline by name and version, its
 * criteria set reads a questionnaire, and the questionnaire belongs to a program. A version no
 * criteria cite yet takes the programs of the guideline's other versions. Derived at every
 * call, so what is added to the registries appears without other changes.
 */
export function guidelineIndex(): GuidelineEntry[] {
  return Object.values(guidelines).map((entry) => {
    const exact = citedBy(entry.guideline, entry.version);
    const tie = exact.programCodes.length > 0 ? exact : { programCodes: citedBy(entry.guideline, undefined).programCodes, usedFor: [] };
    return { id: entry.file.replace(/\.md$/, ''), title: entry.guideline, version: entry.version, file: entry.file, ...tie };
  });
}

/**
 * For a guideline no criteria set cites yet: the programs its introduction (the text before the
 * first section) names, by a catalogue program code ("program code SLEEP") or by the codes it
 * covers ("CPT 43235", "the cancer type RCLUNG", "program code SPINE"), in the order first named.
 */
export async function programsStatedIn(db: Queryable, markdown: string, programs: readonly ResourceProgram[]): Promise<string[]> {
  const introduction = markdown.split(/^## /m)[0] ?? '';
  const tokens = [...new Set(introduction.match(/\b(?:[A-Z][A-Z0-9_]{2,9}|\d{4}[0-9A-Z])\b/g) ?? [])];
  if (tokens.length === 0) {
    return [];
  }
  const procedures = await db
    .select({ code: programProcedures.code, programCode: programProcedures.programCode })
    .from(programProcedures)
    .where(inArray(programProcedures.code, tokens));
  const codes: string[] = [];
  for (const token of tokens) {
    const programCode = programs.find((program) => program.code === token)?.code ?? procedures.find((procedure) => procedure.code === token)?.programCode;
    if (programCode && !codes.includes(programCode)) {
      codes.push(programCode);
    }
  }
  return codes;
}

async function readMarkdown(entry: GuidelineEntry): Promise<string | undefined> {
  try {
    return await readFile(path.join(guidelineFolder, entry.file), 'utf8');
  } catch {
    // Registered before its file was added: not listed until it exists.
    return undefined;
  }
}

/** "2026.2" > "2026.1", "2026.10" > "2026.9". */
function compareVersions(left: string, right: string): number {
  const a = left.split('.').map(Number);
  const b = right.split('.').map(Number);
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}

interface LoadedGuideline extends GuidelineEntry {
  markdown: string;
  current: boolean;
}

/** Every registered guideline whose file exists, with its programs and whether it is the newest version. */
async function loadGuidelines(db: Queryable, programs: readonly ResourceProgram[], onlyId?: string): Promise<LoadedGuideline[]> {
  const index = guidelineIndex();
  const loaded: LoadedGuideline[] = [];
  for (const entry of index.filter((candidate) => onlyId === undefined || candidate.id === onlyId)) {
    const markdown = await readMarkdown(entry);
    if (markdown === undefined) {
      continue;
    }
    const programCodes = entry.programCodes.length > 0 ? entry.programCodes : await programsStatedIn(db, markdown, programs);
    const current = !index.some((other) => other.title === entry.title && compareVersions(other.version, entry.version) > 0);
    loaded.push({ ...entry, programCodes, markdown, current });
  }
  return loaded;
}

function summarize(entry: LoadedGuideline, programs: readonly ResourceProgram[]): GuidelineSummary {
  return {
    id: entry.id,
    title: entry.title,
    version: entry.version,
    programs: entry.programCodes.map((code) => programs.find((program) => program.code === code) ?? { code, name: code }),
    usedFor: entry.usedFor,
    current: entry.current,
  };
}

/** In the programs' order, then by title, newest version first. Guidelines tied to no program come last. */
function byProgramOrder(programs: readonly ResourceProgram[]) {
  const rank = (entry: GuidelineEntry) => {
    const ranks = entry.programCodes.map((code) => programs.findIndex((program) => program.code === code)).filter((index) => index >= 0);
    return ranks.length > 0 ? Math.min(...ranks) : Number.MAX_SAFE_INTEGER;
  };
  return (left: GuidelineEntry, right: GuidelineEntry) =>
    rank(left) - rank(right) || left.title.localeCompare(right.title) || compareVersions(right.version, left.version);
}

export interface GuidelineFilter {
  programCode?: string | undefined;
  /** Only the programs this plan contracts today (any line of business). */
  planCode?: string | undefined;
}

/** Resources → Clinical Guidelines: the list, by program and by plan. Published material: not audited. */
export async function listGuidelines(ctx: AppContext, actor: Actor, filter: GuidelineFilter): Promise<GuidelineSummary[]> {
  await authorize(ctx, actor, 'resources.read', { kind: 'system' });
  const programs = await readPrograms(ctx.db);
  let entries = await loadGuidelines(ctx.db, programs);
  if (filter.programCode) {
    const wanted = filter.programCode;
    entries = entries.filter((entry) => entry.programCodes.includes(wanted));
  }
  if (filter.planCode) {
    const plan = await findPlanByCode(ctx.db, filter.planCode);
    const contracted = new Set((await contractsInForce(ctx.db, resourcesDay(ctx), plan.code)).map((contract) => contract.programCode));
    entries = entries.filter((entry) => entry.programCodes.some((code) => contracted.has(code)));
  }
  return entries.sort(byProgramOrder(programs)).map((entry) => summarize(entry, programs));
}

/** One guideline with its markdown, as shipped in src/content/guidelines. Only registered files are read. */
export async function readGuideline(ctx: AppContext, actor: Actor, guidelineId: string): Promise<GuidelineDocument> {
  await authorize(ctx, actor, 'resources.read', { kind: 'system' });
  const programs = await readPrograms(ctx.db);
  const [entry] = await loadGuidelines(ctx.db, programs, guidelineId);
  if (!entry) {
    throw notFound('The guideline');
  }
  return { ...summarize(entry, programs), markdown: entry.markdown };
}
