import { Select, type SelectProps } from '@mantine/core';
import { errorMessage } from '../../../components/error-alert.tsx';
import { useStates } from '../api/list-states.ts';

/** A US state or territory, from GET /api/reference/states; type to filter ("TN" or "Tenn"). */
export function StateSelect(props: Omit<SelectProps, 'data'>) {
  const states = useStates();
  const data = (states.data ?? []).map((state) => ({ value: state.abbreviation, label: `${state.name} (${state.abbreviation})` }));
  return (
    <Select
      searchable
      allowDeselect={false}
      placeholder={states.isPending ? 'Loading states…' : 'Select'}
      nothingFoundMessage="No state matches"
      autoComplete="off"
      {...props}
      data={data}
      description={states.isError ? `The list of states could not be loaded: ${errorMessage(states.error)}` : props.description}
    />
  );
}
