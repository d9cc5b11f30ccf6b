/** Staff roles, each including the powers of those before it. */
export const ROLES = ['viewer', 'triager', 'supervisor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const atLeast = (role: Role, minimum: Role) => ROLES.indexOf(role) >= ROLES.indexOf(minimum)
