import { useState } from 'react';
import { useCodeSearch } from '../../reference/api/search-codes.ts';
import { useProcedureOptions } from '../api/search-procedures.ts';
import { SearchSelect, codeLabel, useQueryText, type CodeFieldProps } from './code-fields.tsx';

/** HCPCS codes by code or words (GET /api/reference/codes?system=HCPCS), for code questions. */
export function HcpcsField(props: CodeFieldProps) {
  const [search, setSearch] = useState(props.selectedLabel);
  const q = useQueryText(search, props.selectedLabel);
  const codes = useCodeSearch({ system: 'HCPCS', q, billableOnly: false, limit: 25 });
  const options = q ? (codes.data ?? []).map((code) => ({ value: code.displayCode, label: codeLabel(code.displayCode, code.description) })) : [];
  return <SearchSelect {...props} search={search} onSearch={setSearch} options={options} loading={codes.isFetching} />;
}

/** The request program's procedure list (GET /api/cases/:id/procedure-options), for CPT and program-code questions. */
export function ProcedureCodeField({ caseId, ...props }: CodeFieldProps & { caseId: string }) {
  const [search, setSearch] = useState(props.selectedLabel);
  const q = useQueryText(search, props.selectedLabel);
  const procedures = useProcedureOptions(caseId, q);
  const options = (procedures.data ?? []).map((procedure) => ({ value: procedure.code, label: codeLabel(procedure.code, procedure.description) }));
  return <SearchSelect {...props} search={search} onSearch={setSearch} options={options} loading={procedures.isFetching} />;
}
