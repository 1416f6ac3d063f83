import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { createOffice, createUser, signIn, type Browser } from '../support/http.ts';
import { seedCatalogue } from '../../src/db/seed/seed-catalogue.ts';
import { policyVersions } from '../../src/db/schema/policies.ts';
import { guidelines } from '../../src/content/criteria/guideline-citations.ts';
import { publishedCriteriaSets } from '../../src/content/criteria/criteria-registry.ts';
import { publishedQuestionnaires, questionnaireById } from '../../src/content/questionnaires/questionnaire-registry.ts';
import { programProcedures } from '../../src/content/catalogue/program-procedures.ts';
import { planPolicies } from '../../src/content/policies/plan-policies.ts';
import { flattenItems } from '../../src/domain/questionnaires/find-item.ts';
import { printable } from '../../src/app/pdf/pdf-document.ts';
import { pdfText } from '../support/pdf-text.ts';
import type {
  AuthorizationCodeList,
  ContactLookup,
  Faq,
  GuidelineDocument,
  GuidelineSummary,
  HelpContact,
  ResourcePlan,
  WorksheetSummary,
} from '../../src/contracts/resources.ts';

let tc: TestContext;
let office: Browser;
let nurse: Browser;

beforeAll(async () => {
  tc = await createTestContext();
  await seedCatalogue(tc.ctx.db);
  const officeId = await createOffice(tc, 'Resources Family Practice');
  await createUser(tc, { userName: 'resources.office', role: 'office_user', officeId });
  await createUser(tc, { userName: 'resources.nurse', role: 'nurse_reviewer' });
  office = await signIn(tc, 'resources.office');
  nurse = await signIn(tc, 'resources.nurse');
});
afterAll(async () => {
  await tc.close();
});

/** The programs whose criteria cite this guideline version, straight from the registries. */
function citingPrograms(guidelineName: string, version: string): string[] {
  const codes = new Set<string>();
  for (const set of publishedCriteriaSets) {
    if (set.criteria.some((criterion) => criterion.citation.guideline === guidelineName && criterion.citation.version === version)) {
      const questionnaire = questionnaireById(set.questionnaireId, set.questionnaireVersion);
      if (questionnaire) {
        codes.add(questionnaire.programCode);
      }
    }
  }
  return [...codes].sort();
}

const guidelineFolder = new URL('../../src/content/guidelines/', import.meta.url);
/** Guidelines registered before their file is written are not listed. */
const shippedGuidelines = () => Object.values(guidelines).filter((entry) => existsSync(new URL(entry.file, guidelineFolder)));

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** RFC 4180, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('access', () => {
  it('answers 401 to a request without a session', async () => {
    for (const url of [
      '/api/resources/plans',
      '/api/resources/guidelines',
      '/api/resources/guidelines/durable-medical-equipment',
      '/api/resources/worksheets',
      '/api/resources/worksheets/dme-equipment/1/worksheet.pdf',
      '/api/resources/authorization-codes?planCode=HEALTHSPRING',
      '/api/resources/authorization-codes.csv?planCode=HEALTHSPRING',
      '/api/resources/contacts?planCode=HEALTHSPRING',
      '/api/resources/faqs',
    ]) {
      const response = await tc.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(401);
      expect(response.json<{ error: { code: string } }>().error.code, url).toBe('unauthenticated');
    }
  });

  it('serves every signed-in role, staff included', async () => {
    expect((await nurse.get('/api/resources/guidelines')).statusCode).toBe(200);
    expect((await nurse.get('/api/resources/contacts?planCode=CIGNA')).statusCode).toBe(200);
  });

  it('Help / Contact Us is public and gives the global default contact', async () => {
    const response = await tc.app.inject({ method: 'GET', url: '/api/help/contact' });
    expect(response.statusCode).toBe(200);
    const globalDefault = planPolicies.find((version) => version.versionId === 'global-default-v1')!;
    expect(response.json<HelpContact>()).toEqual(globalDefault.values.contact);
  });
});

describe('plans', () => {
  it('lists each plan with the programs it contracts, by line of business', async () => {
    const response = await office.get('/api/resources/plans');
    expect(response.statusCode).toBe(200);
    const plans = response.json<{ plans: ResourcePlan[] }>().plans;
    const healthSpring = plans.find((plan) => plan.code === 'HEALTHSPRING')!;
    expect(healthSpring).toMatchObject({ name: 'HealthSpring Medicare Advantage', phone: '6155550141', fax: '6155550142' });
    expect(healthSpring.programs).toEqual([{ code: 'DME', name: 'Durable medical equipment', linesOfBusiness: [{ value: 'medicare', label: 'Medicare' }] }]);
    const wellSense = plans.find((plan) => plan.code === 'WELLSENSE')!;
    expect(wellSense.linesOfBusiness.map((line) => line.value)).toEqual(['commercial', 'medicare', 'medicaid']);
  });
});

describe('clinical guidelines', () => {
  it('lists every registered guideline with the programs whose criteria cite it', async () => {
    const response = await office.get('/api/resources/guidelines');
    expect(response.statusCode).toBe(200);
    const list = response.json<{ guidelines: GuidelineSummary[] }>().guidelines;
    const shipped = shippedGuidelines();
    expect(list).toHaveLength(shipped.length);
    for (const entry of shipped) {
      const id = entry.file.replace(/\.md$/, '');
      const listed = list.find((guideline) => guideline.id === id);
      expect(listed, id).toBeDefined();
      expect(listed!.title).toBe(entry.guideline);
      expect(listed!.version).toBe(entry.version);
      expect(listed!.programs.map((program) => program.code), id).toEqual(expect.arrayContaining(citingPrograms(entry.guideline, entry.version)));
      const newer = shipped.some((other) => other.guideline === entry.guideline && Number(other.version.split('.')[1]) > Number(entry.version.split('.')[1]));
      expect(listed!.current, id).toBe(!newer);
    }
    const dme = list.find((guideline) => guideline.id === 'durable-medical-equipment')!;
    expect(dme.programs).toEqual([{ code: 'DME', name: 'Durable medical equipment' }]);
    expect(dme.usedFor).toContain('Durable medical equipment');
    expect(list.find((guideline) => guideline.id === 'msk-spine-surgery')!.programs.map((program) => program.code)).toEqual(['MSK']);
    expect(list.find((guideline) => guideline.id === 'radiation-oncology-breast')!.programs.map((program) => program.code)).toEqual(['RADONC']);
  });

  it('filters by program', async () => {
    const list = (await office.get('/api/resources/guidelines?programCode=MSK')).json<{ guidelines: GuidelineSummary[] }>().guidelines;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((guideline) => guideline.programs.some((program) => program.code === 'MSK'))).toBe(true);
    expect(list.map((guideline) => guideline.id)).toContain('msk-spine-surgery');
    expect(list.map((guideline) => guideline.id)).not.toContain('durable-medical-equipment');
  });

  it('filters by plan: the programs the plan contracts', async () => {
    const healthSpring = (await office.get('/api/resources/guidelines?planCode=HEALTHSPRING')).json<{ guidelines: GuidelineSummary[] }>().guidelines;
    expect(healthSpring.map((guideline) => guideline.id)).toContain('durable-medical-equipment');
    expect(healthSpring.every((guideline) => guideline.programs.some((program) => program.code === 'DME'))).toBe(true);
    const wellSense = (await office.get('/api/resources/guidelines?planCode=wellsense')).json<{ guidelines: GuidelineSummary[] }>().guidelines;
    expect(wellSense.map((guideline) => guideline.id)).toContain('msk-spine-surgery');
    expect(wellSense.map((guideline) => guideline.id)).not.toContain('durable-medical-equipment');
    expect((await office.get('/api/resources/guidelines?planCode=NOSUCHPLAN')).statusCode).toBe(404);
  });

  it('serves a guideline’s markdown', async () => {
    const response = await office.get('/api/resources/guidelines/durable-medical-equipment');
    expect(response.statusCode).toBe(200);
    const document = response.json<GuidelineDocument>();
    expect(document.title).toBe(guidelines.durableMedicalEquipment.guideline);
    expect(document.markdown.startsWith(`# ${guidelines.durableMedicalEquipment.guideline}\n`)).toBe(true);
    expect(document.markdown).toContain(`Version: ${guidelines.durableMedicalEquipment.version}`);
    expect(document.markdown).toContain('### 3.1 Rental period');
  });

  it('reads only registered guidelines', async () => {
    expect((await office.get('/api/resources/guidelines/no-such-guideline')).statusCode).toBe(404);
    expect((await office.get('/api/resources/guidelines/README')).statusCode).toBe(400);
    expect((await office.get('/api/resources/guidelines/readme')).statusCode).toBe(404);
    expect([400, 404]).toContain((await office.get('/api/resources/guidelines/..%2F..%2Fpackage.json')).statusCode);
  });
});

describe('clinical worksheets', () => {
  it('lists one worksheet per published questionnaire version', async () => {
    const worksheets = (await office.get('/api/resources/worksheets')).json<{ worksheets: WorksheetSummary[] }>().worksheets;
    expect(worksheets).toHaveLength(publishedQuestionnaires.length);
    const dme = worksheets.find((worksheet) => worksheet.questionnaireId === 'dme-equipment' && worksheet.version === '1')!;
    const newerDme = publishedQuestionnaires.some((questionnaire) => questionnaire.id === 'dme-equipment' && Number(questionnaire.version) > 1);
    expect(dme).toMatchObject({ version: '1', programCode: 'DME', programName: 'Durable medical equipment', current: !newerDme, pdfUrl: '/api/resources/worksheets/dme-equipment/1/worksheet.pdf' });
    expect(dme.questionCount).toBe(flattenItems(questionnaireById('dme-equipment', '1')!).filter((entry) => entry.item.type !== 'group').length);
  });

  it.each(publishedQuestionnaires.map((questionnaire) => [questionnaire.id, questionnaire.version] as const))('prints %s version %s with every question', async (id, version) => {
    const questionnaire = questionnaireById(id, version)!;
    const response = await office.get(`/api/resources/worksheets/${id}/${version}/worksheet.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="priora-worksheet-${id}-v${version}.pdf"`);
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = squash(pdfText(response.rawPayload));
    expect(text).toContain(questionnaire.title);
    expect(text).toContain(`Version ${version}`);
    for (const { item } of flattenItems(questionnaire)) {
      expect(text, item.linkId).toContain(squash(printable(item.text)));
      for (const option of item.answerOption ?? []) {
        expect(text, `${item.linkId} ${option.value}`).toContain(squash(printable(option.display)));
      }
    }
  });

  it('writes conditions in words and marks repeating sections', async () => {
    const esi = squash(pdfText((await office.get('/api/resources/worksheets/msk-lumbar-esi/1/worksheet.pdf')).rawPayload));
    expect(esi).toContain('Program: Musculoskeletal (MSK)');
    expect(esi).toContain('Answer this section if question 4 is more than 0 or question 5 is more than 0.');
    expect(esi).toContain('Answer if question 10 is Yes.');
    const dme = squash(pdfText((await office.get('/api/resources/worksheets/dme-equipment/1/worksheet.pdf')).rawPayload));
    expect(dme).toContain('Repeating section: fill it in once for each entry (up to 10)');
    expect(dme).toContain('Would you like to enter another HCPCS code?');
    expect(dme).toContain('Answer if question 3 (for the same entry) is “Rental”.');
  });

  it('answers 404 for a questionnaire or version that is not published', async () => {
    expect((await office.get('/api/resources/worksheets/dme-equipment/99/worksheet.pdf')).statusCode).toBe(404);
    expect((await office.get('/api/resources/worksheets/nothing-here/1/worksheet.pdf')).statusCode).toBe(404);
  });
});

describe('codes requiring authorization', () => {
  it('lists the DME codes HealthSpring requires, with the settings its policy exempts', async () => {
    const response = await office.get('/api/resources/authorization-codes?planCode=HEALTHSPRING');
    expect(response.statusCode).toBe(200);
    const list = response.json<AuthorizationCodeList>();
    expect(list.plan).toEqual({ code: 'HEALTHSPRING', name: 'HealthSpring Medicare Advantage' });
    expect(list.sections.map((section) => [section.programCode, section.lineOfBusiness])).toEqual([['DME', 'medicare']]);
    const [dme] = list.sections;
    expect(dme!.exemptSettings).toEqual(
      expect.arrayContaining(['Emergency room', 'Hospital (inpatient or outpatient)', 'Skilled nursing facility', 'Ambulatory surgical center']),
    );
    const catalogue = programProcedures.filter((procedure) => procedure.programCode === 'DME');
    expect(dme!.codes).toHaveLength(catalogue.length);
    expect(dme!.codes[0]).toMatchObject({ code: 'DME', codeSystem: 'PROGRAM' });
    expect(dme!.codes.find((code) => code.code === 'K0823')).toMatchObject({ codeSystem: 'HCPCS', authorizationRequired: true });
  });

  it('downloads the list as CSV with proper quoting', async () => {
    const response = await office.get('/api/resources/authorization-codes.csv?planCode=HEALTHSPRING&lineOfBusiness=medicare');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="priora-codes-requiring-authorization-healthspring-medicare-2026-03-02.csv"');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(response.body.slice(1));
    expect(header).toEqual([
      'Plan',
      'Line of business',
      'Program',
      'Code',
      'Code system',
      'Description',
      'Authorization required',
      'Settings where authorization does not apply',
    ]);
    const dmeHcpcs = programProcedures.filter((procedure) => procedure.programCode === 'DME' && procedure.codeSystem === 'HCPCS');
    const hcpcsRows = rows.filter((row) => row[4] === 'HCPCS');
    expect(hcpcsRows.map((row) => row[3]).sort()).toEqual(dmeHcpcs.map((procedure) => procedure.code).sort());
    for (const row of rows) {
      expect(row).toHaveLength(8);
      expect(row.slice(0, 3)).toEqual(['HealthSpring Medicare Advantage', 'Medicare', 'Durable medical equipment']);
      expect(row[6]).toBe('Yes');
      expect(row[7]).toMatch(/Hospital/);
      expect(row[7]).toMatch(/Skilled nursing/);
      expect(row[7]).toMatch(/surgical/i);
    }
    // Descriptions with commas and quotes survive the round trip exactly.
    const k0823 = rows.find((row) => row[3] === 'K0823')!;
    expect(k0823[5]).toBe(dmeHcpcs.find((procedure) => procedure.code === 'K0823')!.description);
    const withQuote = rows.find((row) => row[3] === 'L3000')!;
    expect(withQuote[5]).toBe("Foot, insert, removable, molded to patient model, 'ucb' type, berkeley shell, each");
  });

  it('marks codes the plan policy exempts as not requiring authorization', async () => {
    const radiology = programProcedures.filter((procedure) => procedure.programCode === 'RADIOLOGY');
    const exempt = radiology[0]!.code;
    const demoCommercial = planPolicies.find((version) => version.versionId === 'demo-commercial-v1')!;
    await tc.ctx.db.insert(policyVersions).values({
      versionId: 'test-demo-commercial-radiology-v1',
      planCode: 'DEMO',
      lineOfBusiness: 'commercial',
      programCode: 'RADIOLOGY',
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      values: { ...demoCommercial.values, authorizationRequirement: { exemptCodes: [exempt], exemptSettings: ['emergency_room'] } },
      note: 'test',
      createdAt: tc.clock.now(),
    });
    const list = (await office.get('/api/resources/authorization-codes?planCode=DEMO&lineOfBusiness=commercial')).json<AuthorizationCodeList>();
    expect(list.sections.every((section) => section.lineOfBusiness === 'commercial')).toBe(true);
    const section = list.sections.find((candidate) => candidate.programCode === 'RADIOLOGY')!;
    expect(section.exemptSettings).toEqual(['Emergency room']);
    expect(section.codes.find((code) => code.code === exempt)!.authorizationRequired).toBe(false);
    expect(section.codes.filter((code) => code.code !== exempt).every((code) => code.authorizationRequired)).toBe(true);
    // Medicare is not touched by the commercial version.
    const medicare = (await office.get('/api/resources/authorization-codes?planCode=DEMO&lineOfBusiness=medicare')).json<AuthorizationCodeList>();
    expect(medicare.sections.find((candidate) => candidate.programCode === 'RADIOLOGY')!.codes.every((code) => code.authorizationRequired)).toBe(true);
  });

  it('needs a plan, and a known one', async () => {
    expect((await office.get('/api/resources/authorization-codes')).statusCode).toBe(400);
    expect((await office.get('/api/resources/authorization-codes?planCode=HEALTHSPRING&lineOfBusiness=retail')).statusCode).toBe(400);
    expect((await office.get('/api/resources/authorization-codes.csv?planCode=NOSUCHPLAN')).statusCode).toBe(404);
  });
});

describe('contact lookup', () => {
  it('gives the policy’s phone, fax and hours, and the plan’s own numbers', async () => {
    const response = await office.get('/api/resources/contacts?planCode=HEALTHSPRING&programCode=DME');
    expect(response.statusCode).toBe(200);
    const lookup = response.json<ContactLookup>();
    expect(lookup.plan).toEqual({ code: 'HEALTHSPRING', name: 'HealthSpring Medicare Advantage', phone: '6155550141', fax: '6155550142' });
    expect(lookup.lines).toEqual([
      {
        programCode: 'DME',
        programName: 'Durable medical equipment',
        lineOfBusiness: 'medicare',
        lineOfBusinessLabel: 'Medicare',
        phone: '8885550143',
        fax: '8885550144',
        hours: 'Monday to Friday, 8 a.m. to 6 p.m. Central',
        currentPortalFrom: null,
      },
    ]);
  });

  it('says which portal takes requests after a migration', async () => {
    const lookup = (await office.get('/api/resources/contacts?planCode=ABHIL')).json<ContactLookup>();
    expect(lookup.lines.length).toBe(4);
    expect(lookup.lines.every((line) => line.currentPortalFrom === '2025-06-01' && line.phone === '8885550133')).toBe(true);
    const msk = (await office.get('/api/resources/contacts?planCode=ABHIL&programCode=MSK')).json<ContactLookup>();
    expect(msk.lines.map((line) => line.lineOfBusiness)).toEqual(['medicaid', 'dual']);
  });
});

describe('FAQs', () => {
  it('answers with the numbers of the policies in force', async () => {
    const response = await office.get('/api/resources/faqs');
    expect(response.statusCode).toBe(200);
    const faqs = response.json<{ faqs: Faq[] }>().faqs;
    const byId = (id: string) => faqs.find((faq) => faq.id === id)!.answer.join(' ');
    expect(byId('finish-later')).toContain('2 business days');
    expect(byId('retro')).toContain('14 calendar days from the date of service');
    expect(byId('retro')).toContain('Health Partners Plans, Radiation therapy (RTMP) (Medicare, Medicaid): 180 calendar days from the date of service');
    expect(byId('retro')).toContain('HealthSpring Medicare Advantage, Durable medical equipment (Medicare): 1 business day from the date of service');
    expect(byId('uploads')).toContain('up to 5 files (.pdf, .doc, .docx), 5 MB each');
    expect(byId('sign-in')).toContain('(800) 555-0100');
    expect(faqs.map((faq) => faq.id)).toEqual(expect.arrayContaining(['how-to-request', 'urgent', 'status', 'peer-to-peer', 'reconsideration-appeal']));
  });
});
