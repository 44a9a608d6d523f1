import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { describeIssue } from '../../src/domain/describeIssue';
import { formatPath } from '../../src/domain/parseDataset';

/** Every error the API returns: `{ error: { code, message, problems? } }`, never a stack trace. */

export interface ApiProblem {
  readonly path: string;
  readonly message: string;
}

export function jsonError(c: Context, status: ContentfulStatusCode, code: string, message: string, extra: Record<string, unknown> = {}) {
  return c.json({ error: { code, message, ...extra } }, status);
}

/** Zod issues as problems that name the field, the value found and what is valid; at most 20. */
export function problemsOf(error: z.ZodError): ApiProblem[] {
  return error.issues.slice(0, 20).map((issue) => ({ path: formatPath(issue.path) || '(body)', message: describeIssue(issue) }));
}

export function invalidBody(c: Context, error: z.ZodError, what: string) {
  const problems = problemsOf(error);
  const first = problems[0];
  return jsonError(c, 400, 'invalid', `The ${what} is not valid${first ? `: ${first.path}: ${first.message}` : ''}.`, { problems });
}
