import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One "label: value" row of a vertical detail table. The label is a row header, so a screen reader
 * (and a browser test's getByRole('row')) reads each value with its label.
 */
export function DetailRow({ label, labelWidth, children }: { label: string; labelWidth: number; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={labelWidth} scope="row">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
