import { Select } from '@mantine/core';
import type { ResourcePlan } from '../../../../contracts/resources.ts';

/**
 * The plan picker of the pages that list nothing until a plan is chosen (Codes Requiring
 * Authorization, Contact Lookup), so it cannot be cleared. Clinical Guidelines filters by plan
 * optionally and has its own, clearable one.
 */
export function HealthPlanSelect({ plans, value, onChange }: { plans: ResourcePlan[] | undefined; value: string | null; onChange: (planCode: string | null) => void }) {
  return (
    <Select
      label="Health Plan"
      placeholder="Choose a health plan"
      data={(plans ?? []).map((option) => ({ value: option.code, label: option.name }))}
      value={value}
      onChange={onChange}
      searchable
      w={320}
    />
  );
}
