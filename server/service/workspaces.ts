import type { Database } from '../db/database';
import { insertMember, insertWorkspace, type Member, type Workspace } from '../store/members';

/** A new workspace with its first owner, in one transaction; the owner's token is returned this once. */
export async function createWorkspace(db: Database, name: string, ownerName: string): Promise<{ workspace: Workspace; member: Member; token: string }> {
  return db.transaction(async (tx) => {
    const workspace = await insertWorkspace(tx, name);
    const { member, token } = await insertMember(tx, workspace.id, ownerName, 'owner');
    return { workspace, member, token };
  });
}
