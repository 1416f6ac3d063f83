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
    const byName = new Map<string, (typeof guidelines)[GuidelineKey]>(Object.values(guidelines).map((entry) => [entry.guideline, entry]));
    for (const set of publishedCriteriaSets) {
      for (const criterion of set.criteria) {
        const where = `${set.id} ${criterion.id}`;
        const guideline = byName.get(criterion.citation.guideline);
        expect(guideline, where).toBeDefined();
        expect(criterion.citation.version, where).toBe(guideline!.version);
        expect(read(guideline!.file), where).toMatch(new RegExp(`^### ${criterion.citation.section.replace('.', '\\.')} `, 'm'));
      }
    }
  });
});
