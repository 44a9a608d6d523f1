import type { Role } from '../auth/access';
import { hashToken, newId, newToken } from '../auth/tokens';
import type { Queryable } from '../db/database';

/** SQL for workspaces and their members. */

export interface Member {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  readonly role: Role;
}

export interface Workspace {
  readonly id: string;
  readonly name: string;
}

interface MemberRow {
  id: string;
  workspace_id: string;
  name: string;
  role: Role;
}

const toMember = (r: MemberRow): Member => ({ id: r.id, workspaceId: r.workspace_id, name: r.name, role: r.role });

export async function insertWorkspace(tx: Queryable, name: string): Promise<Workspace> {
  const id = newId('ws');
  await tx.query('insert into workspaces (id, name) values ($1, $2)', [id, name]);
  return { id, name };
}

export async function findWorkspace(db: Queryable, id: string): Promise<Workspace | null> {
  const { rows } = await db.query<Workspace>('select id, name from workspaces where id = $1', [id]);
  return rows[0] ?? null;
}

/** A new member and their token, which is returned this once and stored only hashed. */
export async function insertMember(tx: Queryable, workspaceId: string, name: string, role: Role): Promise<{ member: Member; token: string }> {
  const token = newToken();
  const member: Member = { id: newId('m'), workspaceId, name, role };
  await tx.query('insert into members (id, workspace_id, name, role, token_hash) values ($1, $2, $3, $4, $5)', [member.id, workspaceId, name, role, hashToken(token)]);
  return { member, token };
}

export async function findMemberByToken(db: Queryable, token: string): Promise<Member | null> {
  const { rows } = await db.query<MemberRow>('select id, workspace_id, name, role from members where token_hash = $1 and revoked_at is null', [hashToken(token)]);
  return rows[0] ? toMember(rows[0]) : null;
}

export async function listMembers(db: Queryable, workspaceId: string): Promise<Member[]> {
  const { rows } = await db.query<MemberRow>('select id, workspace_id, name, role from members where workspace_id = $1 and revoked_at is null order by created_at, id', [workspaceId]);
  return rows.map(toMember);
}

/** Revokes a member's token; false when there is no such member. Their history stays theirs. */
export async function revokeMember(tx: Queryable, workspaceId: string, memberId: string): Promise<boolean> {
  const { rows } = await tx.query('update members set revoked_at = now() where workspace_id = $1 and id = $2 and revoked_at is null returning id', [workspaceId, memberId]);
  return rows.length > 0;
}

export async function countOwners(tx: Queryable, workspaceId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>("select count(*)::int as n from members where workspace_id = $1 and role = 'owner' and revoked_at is null", [workspaceId]);
  return rows[0]?.n ?? 0;
}
