import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useCodeSearch } from '../../reference/api/search-codes.ts';
import { useProcedureOptions } from '../api/search-procedures.ts';

export interface CodeOption {
  value: string;
  label: string;
}

export const codeLabel = (code: string, description: string) => `${code} – ${description}`;

export interface CodeFieldProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'> {
  /** The chosen code ('' for none) and how it is shown. */
  value: string;
  selectedLabel: string;
  onPick: (value: string, label: string) => void;
}

interface SearchSelectProps extends CodeFieldProps {
  search: string;
  onSearch: (search: string) => void;
  options: CodeOption[];
  loading: boolean;
}

/** Typeahead over a server search: the server filters, so the dropdown shows its answer as is. */
export function SearchSelect({ value, selectedLabel, onPick, search, onSearch, options, loading, ...props }: SearchSelectProps) {
  const selected = value ? [{ value, label: selectedLabel }] : [];
  const data = [...selected, ...options.filter((option) => option.value !== value)];
  return (
    <Select
      searchable
      clearable
      autoComplete="off"
      nothingFoundMessage={loading ? 'Searching…' : 'Nothing matches'}
      rightSection={loading ? <Loader size="xs" aria-label="Searching" /> : undefined}
      {...props}
      data={data}
      value={value || null}
      onChange={(next, option) => onPick(next ?? '', next ? (option?.label ?? '') : '')}
      searchValue={search}
      onSearchChange={onSearch}
      filter={({ options: all }) => all}
      maxDropdownHeight={320}
    />
  );
}

/** What to send to the server: nothing typed yet, or the selected option's own text, lists from the start. */
export function useQueryText(search: string, selectedLabel: string): string {
  const [debounced] = useDebouncedValue(search.trim(), 250);
  return search === selectedLabel || debounced === selectedLabel ? '' : debounced;
}

/** The program's procedures by code or description (GET /api/cases/:id/procedure-options). */
export function ProcedureField({ caseId, ...props }: CodeFieldProps & { caseId: string }) {
  const [search, setSearch] = useState(props.selectedLabel);
  const q = useQueryText(search, props.selectedLabel);
  const procedures = useProcedureOptions(caseId, q);
  const options = (procedures.data ?? []).map((procedure) => ({ value: procedure.code, label: codeLabel(procedure.code, procedure.description) }));
  return <SearchSelect {...props} search={search} onSearch={setSearch} options={options} loading={procedures.isFetching} />;
}

/** Billable ICD-10-CM diagnoses by code or words (GET /api/reference/codes?system=ICD10CM). */
export function DiagnosisField(props: CodeFieldProps) {
  const [search, setSearch] = useState(props.selectedLabel);
  const q = useQueryText(search, props.selectedLabel);
  const codes = useCodeSearch({ system: 'ICD10CM', q, billableOnly: true, limit: 25 });
  const options = q ? (codes.data ?? []).map((code) => ({ value: code.displayCode, label: codeLabel(code.displayCode, code.description) })) : [];
  return <SearchSelect {...props} search={search} onSearch={setSearch} options={options} loading={codes.isFetching} />;
}
