import { defaultLetterTemplates, planLetterTemplates, type LetterWording } from '../../content/letters/letter-templates.ts';
import type { LetterTypeCode } from '../../contracts/letters.ts';

export interface ResolvedTemplate {
  /** "denial/default@1", or "denial/HPP@1" when the plan has its own set. */
  templateId: string;
  wording: LetterWording;
  letterhead: readonly string[];
  contact: readonly string[];
  signature: readonly string[];
}

/** The plan's own set where it says something, the default set everywhere else. */
export function resolveTemplate(type: LetterTypeCode, audience: 'provider' | 'member', planCode: string): ResolvedTemplate {
  const plan = planLetterTemplates[planCode];
  const set = plan ?? defaultLetterTemplates;
  return {
    templateId: `${type}/${set.id}@${set.version}`,
    wording: plan?.[audience]?.[type] ?? defaultLetterTemplates[audience][type],
    letterhead: plan?.letterhead ?? defaultLetterTemplates.letterhead,
    contact: plan?.contact ?? defaultLetterTemplates.contact,
    signature: plan?.signature ?? defaultLetterTemplates.signature,
  };
}

/** Fills {placeholders}; a placeholder the case cannot fill is a template error, not a blank in a letter. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`Letter template placeholder {${name}} has no value`);
    }
    return value;
  });
}
