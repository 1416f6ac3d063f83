import { NumberInput, Table, Text } from '@mantine/core';
import type { useForm } from '@mantine/form';

/** What Mantine's `getInputProps` returns for one field. */
type InputProps = ReturnType<ReturnType<typeof useForm>['getInputProps']>;

/** A requested line a reviewer decides in part (a partial approval, a partial overturn). */
export interface LineToDecide {
  lineNumber: number;
  code: string;
  description: string;
  phase?: string | null;
  technique?: string | null;
  unitsRequested: number;
  fractionsRequested: number | null;
}

interface Props {
  lines: readonly LineToDecide[];
  /** The form path of the lines' values, e.g. "lines" or "cases.0.lines". */
  path: string;
  /** The form's `getInputProps` (Mantine), for the units and fractions of each line. */
  getInputProps: (path: string) => InputProps;
  /** How a line is named in its inputs' labels ("line 2", "case 100000001 line 2"). */
  lineName?: (line: LineToDecide) => string;
  label?: string;
}

/**
 * Each requested line with what is approved of it (units, and fractions for radiation): one table
 * for the partial approval, the partial overturn of a reconsideration or appeal, and a P2P's.
 */
export function ApprovedLinesTable({ lines, path, getInputProps, lineName = (line) => `line ${line.lineNumber}`, label = 'What is approved of each line' }: Props) {
  const anyFractions = lines.some((line) => line.fractionsRequested !== null);
  return (
    <Table withTableBorder verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Service</Table.Th>
          <Table.Th>Units approved</Table.Th>
          {anyFractions && <Table.Th>Fractions approved</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, index) => (
          <Table.Tr key={line.lineNumber}>
            <Table.Td>
              <Text size="sm">{[line.phase, line.technique].filter(Boolean).join(', ') || line.description}</Text>
              <Text size="xs" c="dimmed">
                {line.code} · requested {line.unitsRequested} unit{line.unitsRequested === 1 ? '' : 's'}
                {line.fractionsRequested !== null ? `, ${line.fractionsRequested} fractions` : ''}
              </Text>
            </Table.Td>
            <Table.Td>
              <NumberInput
                aria-label={`Units approved, ${lineName(line)}`}
                min={0}
                max={line.unitsRequested}
                allowDecimal={false}
                allowNegative={false}
                w={110}
                {...getInputProps(`${path}.${index}.unitsApproved`)}
              />
            </Table.Td>
            {anyFractions && (
              <Table.Td>
                {line.fractionsRequested !== null && (
                  <NumberInput
                    aria-label={`Fractions approved, ${lineName(line)}`}
                    min={0}
                    max={line.fractionsRequested}
                    allowDecimal={false}
                    allowNegative={false}
                    w={110}
                    {...getInputProps(`${path}.${index}.fractionsApproved`)}
                  />
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
