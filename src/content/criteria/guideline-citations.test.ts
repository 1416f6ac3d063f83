import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedCriteriaSets } from './criteria-registry.ts';
import { type GuidelineKey, guidelines } from './guideline-citations.ts';

const guidelineFolder = new URL('../guidelines/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, guidelineFolder), 'utf8');

describe('guideline citations', () => {
  it.each(Object.values(guidelines))('$file is titled and versioned as cited ($guideline $version)', ({ guideline, version, file }) => {
    const text = read(file);
    expect(text.startsWith(`# ${guideline}\n`)).toBe(true);
    expect(text).toContain(`\nVersion: ${version}\n`);
  });

  it('every criterion cites a section that exists in its guideline, in the version stated there', () => {
    // A guideline may be published in several versions, each in its own file.
    const byName = new Map<string, (typeof guidelines)[GuidelineKey]>(Object.values(guidelines).map((entry) => [`${entry.guideline}@${entry.version}`, entry]));
    for (const set of publishedCriteriaSets) {
      for (const criterion of set.criteria) {
        const where = `${set.id} ${criterion.id}`;
        const guideline = byName.get(`${criterion.citation.guideline}@${criterion.citation.version}`);
        expect(guideline, `${where}: ${criterion.citation.guideline} ${criterion.citation.version}`).toBeDefined();
        expect(read(guideline!.file), where).toMatch(new RegExp(`^### ${criterion.citation.section.replace('.', '\\.')} `, 'm'));
      }
    }
  });

  it('every alternative recommendation cites a section that exists in its guideline, in the version stated there', () => {
    const byName = new Map<string, (typeof guidelines)[GuidelineKey]>(Object.values(guidelines).map((entry) => [`${entry.guideline}@${entry.version}`, entry]));
    for (const set of publishedCriteriaSets) {
      for (const alternative of set.alternatives ?? []) {
        const where = `${set.id} alternative ${alternative.id}`;
        const guideline = byName.get(`${alternative.citation.guideline}@${alternative.citation.version}`);
        expect(guideline, `${where}: ${alternative.citation.guideline} ${alternative.citation.version}`).toBeDefined();
        expect(read(guideline!.file), where).toMatch(new RegExp(`^### ${alternative.citation.section.replace('.', '\\.')} `, 'm'));
      }
    }
  });
});
