import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';

/**
 * Copies the names the worklist shows (member, ordering provider, first procedure, site)
 * onto the case rows, from their sources. Called in the transaction of every change that can
 * alter them, so the copies never disagree with what the case points at.
 */
export async function refreshWorklistColumns(db: Queryable, caseIds: string[]): Promise<void> {
  if (caseIds.length === 0) {
    return;
  }
  await db.execute(sql`
    update cases set
      member_last_name = source.member_last_name,
      member_first_name = source.member_first_name,
      provider_last_name = source.provider_last_name,
      procedure_code = source.procedure_code,
      service_description = source.service_description,
      site_name = source.site_name
    from (
      select c.id,
        m.last_name as member_last_name, m.first_name as member_first_name,
        p.last_name as provider_last_name,
        l.code as procedure_code, l.description as service_description,
        s.name as site_name
      from cases c
      left join members m on m.id = c.member_id
      left join practitioners p on p.npi = c.ordering_npi
      left join case_service_lines l on l.case_id = c.id and l.line_number = 1
      left join sites s on s.id = c.site_id
      where c.id in (${sql.join(caseIds.map((id) => sql`${id}::uuid`), sql`, `)})
    ) as source
    where cases.id = source.id`);
}
