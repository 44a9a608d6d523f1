import { z } from 'zod';
import { commandIdSchema } from '../../src/workspace/commands/commandSchema';
import { ROLES } from '../auth/access';

/** Request bodies the API accepts besides commands (which use the browser's own `submittedCommandSchema`). */

const name = z.string().trim().min(1, 'a name cannot be empty').max(200, 'a name has at most 200 characters');

export const createWorkspaceSchema = z.object({ name, ownerName: name });
export const addMemberSchema = z.object({ name, role: z.enum(ROLES) });
export const undoSchema = z.object({ id: commandIdSchema });

export const afterQuerySchema = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});

/** Bodies larger than this are refused before they are read: a source of 2 MB appears twice in a correction. */
export const BODY_LIMIT_BYTES = 16 * 1024 * 1024;
