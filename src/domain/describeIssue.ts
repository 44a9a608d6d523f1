import type { z } from 'zod';
import type { MessageCode } from './when';

/**
 * A zod issue in words a reader of the file can act on: the value found and what would
 * be valid, never a raw pattern or zod's "Invalid input". The path (the field) is given
 * beside it by the caller. Issues must come from a parse with `reportInput: true`.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const found = show(input);
  const custom = !/^(Invalid|Too (big|small))/u.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (custom) return withValue(issue.message, input);
      return input === undefined ? `missing; expected ${typeWord(issue.expected)}` : `${found} is not ${typeWord(issue.expected)}`;
    case 'too_big':
    case 'too_small': {
      const bound = Number(issue.code === 'too_big' ? (issue as { maximum: unknown }).maximum : (issue as { minimum: unknown }).minimum);
      const most = issue.code === 'too_big' ? 'at most' : 'at least';
      if (issue.origin === 'string' && typeof input === 'string') return `${found} is ${input.length} characters long; expected ${most} ${bound}`;
      if (issue.origin === 'array' && Array.isArray(input)) return `has ${input.length} items; expected ${most} ${bound}`;
      return `${found} is out of range; expected ${most} ${bound}`;
    }
    case 'invalid_value':
      if (custom) return withValue(issue.message, input);
      return `${found} is not allowed; expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      if (custom) return withValue(issue.message, input);
      if (issue.format === 'url') return `${found} is not a web address; expected one like https://example.org/page`;
      return `${found} does not have the expected form`;
    default:
      return issue.message;
  }
}

function withValue(message: string, input: unknown): string {
  const found = show(input);
  return input === undefined || message.includes(found) ? message : `${message} (found ${found})`;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

function typeWord(expected: string): string {
  const words: Record<string, string> = {
    string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object',
  };
  return words[expected] ?? expected;
}

/**
 * The same issue as a catalogue key and values (`issue.*`), so the interface can say it in
 * its language; null for a schema's own message, which exists only in English words.
 */
export function issueCode(issue: z.core.$ZodIssue): MessageCode | null {
  const input = (issue as { input?: unknown }).input;
  const found = show(input);
  const custom = !/^(Invalid|Too (big|small))/u.test(issue.message);
  const code = (key: string, params: MessageCode['params'] = {}): MessageCode => ({ key: `issue.${key}`, params });
  if (custom) return schemaMessageCode(issue.message, input);
  switch (issue.code) {
    case 'invalid_type':
      if (custom) return null;
      return input === undefined ? code('missing', { expected: issue.expected }) : code('wrongType', { found, expected: issue.expected });
    case 'too_big':
    case 'too_small': {
      const bound = Number(issue.code === 'too_big' ? (issue as { maximum: unknown }).maximum : (issue as { minimum: unknown }).minimum);
      const side = issue.code === 'too_big' ? 'AtMost' : 'AtLeast';
      if (issue.origin === 'string' && typeof input === 'string') return code(`length${side}`, { found, length: input.length, bound });
      if (issue.origin === 'array' && Array.isArray(input)) return code(`items${side}`, { count: input.length, bound });
      return code(`range${side}`, { found, bound });
    }
    case 'invalid_value':
      if (custom) return null;
      return code('notAllowed', { found, allowed: issue.values.map((v) => JSON.stringify(v)).join(' / ') });
    case 'invalid_format':
      if (custom) return null;
      return issue.format === 'url' ? code('notUrl', { found }) : code('format', { found });
    default:
      return null;
  }
}

/**
 * The schemas' own messages (zod keeps no values beside a custom message), recognised by
 * their words: each has a key under `issue.schema`. Keep this list beside the messages in
 * schema.ts, parseDataset.ts and urlState.ts; a message not listed stays in English.
 */
const SCHEMA_MESSAGES: readonly [RegExp, string][] = [
  [/^an id cannot contain spaces$/u, 'idSpaces'],
  [/ is not a date in EDTF form; /u, 'edtf'],
  [/^not a Sourceline dataset: /u, 'notDataset'],
  [/^unsupported version: /u, 'version'],
  [/^"(?<name>\w+)" must be a list$/u, 'list'],
  [/^expected a UTC date like /u, 'utcDate'],
  [/^expected actor, kind or source$/u, 'lanes'],
  [/^expected an http\(s\) address or a path$/u, 'dataUrl'],
];

/** The ids of the schema messages that have keys (`issue.schema.<id>`). */
export const SCHEMA_MESSAGE_IDS: readonly string[] = SCHEMA_MESSAGES.map(([, id]) => id);

function schemaMessageCode(message: string, input: unknown): MessageCode | null {
  for (const [pattern, id] of SCHEMA_MESSAGES) {
    const m = pattern.exec(message);
    if (!m) continue;
    const found = show(input);
    const params = { id, found, ...m.groups };
    // As withValue: the value is added after the words unless they already quote it.
    return input === undefined || message.includes(found) ? { key: `issue.schema.${id}`, params } : { key: 'issue.schemaFound', params };
  }
  return null;
}
