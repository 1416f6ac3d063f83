import { Group, Pagination, Text } from '@mantine/core';
import type { ListPage } from '../../contracts/common.ts';

/**
 * Under a paged list: how many there are in all ("3 cases") and the pager, whose arrows and
 * numbers are named for screen readers ("next page", "2 page").
 */
export function ListPager({ list, noun, page, onChange }: { list: ListPage<unknown>; noun: string; page: number; onChange: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <Group justify="space-between">
      <Text size="sm">{`${list.total} ${noun}${list.total === 1 ? '' : 's'}`}</Text>
      <Pagination total={pages} value={page} onChange={onChange} getControlProps={(control) => ({ 'aria-label': `${control} page` })} />
    </Group>
  );
}
