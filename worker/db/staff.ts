import type { StaffAccount as Member, StaffMember } from '../../core/api'

export type { StaffMember } from '../../core/api'

/** An active staff member by email, or null (a switched-off account is no one). */
export async function findStaff(db: D1Database, email: string): Promise<StaffMember | null> {
  return db
    .prepare('SELECT email, name, role FROM staff WHERE email = ?1 AND active = 1')
    .bind(email)
    .first<StaffMember>()
}

/** Every active staff member, for the local sign-in page. */
export async function listActiveStaff(db: D1Database): Promise<StaffMember[]> {
  const { results } = await db.prepare('SELECT email, name, role FROM staff WHERE active = 1 ORDER BY email').all<StaffMember>()
  return results
}

/** Every account, switched off or not, for the admins' list. */
export async function listMembers(db: D1Database): Promise<Member[]> {
  const { results } = await db.prepare('SELECT email, name, role, active FROM staff ORDER BY email').all<StaffMember & { active: number }>()
  return results.map((r) => ({ ...r, active: r.active === 1 }))
}

/** Adds an account or changes its name, role or whether it is active. */
export async function upsertMember(db: D1Database, member: Member): Promise<void> {
  await db
    .prepare(
      `INSERT INTO staff (email, name, role, active, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT (email) DO UPDATE SET name = excluded.name, role = excluded.role, active = excluded.active`,
    )
    .bind(member.email, member.name, member.role, member.active ? 1 : 0, new Date().toISOString())
    .run()
}

/** Who a case may be handed to, by name: active triagers, supervisors and admins. */
export async function listColleagues(db: D1Database): Promise<Array<{ email: string; name: string }>> {
  const { results } = await db
    .prepare("SELECT email, name FROM staff WHERE active = 1 AND role IN ('triager', 'supervisor', 'admin') ORDER BY name, email")
    .all<{ email: string; name: string }>()
  return results
}
