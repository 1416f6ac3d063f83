import type { Criterion } from '../../domain/criteria/criteria-types.ts';
import { any, count, oneOf } from '../../domain/criteria/rule-builders.ts';
import { citing } from './guideline-citations.ts';

/** The site-of-care criterion over siteOfCareItemsV1 (guideline section 1.2), shared by the version 1 drug criteria. */
export const siteOfCareCriterionV1: Criterion = {
  id: 'site-of-care',
  text: 'Given at home, in the office or in an infusion center; in a hospital outpatient department only for a reason the guideline lists.',
  citation: citing('specialtyDrugs')('1.2'),
  rule: any(oneOf('site-of-care', ['home', 'office', 'infusion-center']), count('hospital-reason', '>=', 1, ['first-doses', 'reaction', 'unstable', 'access'])),
};
