import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

/**
 * Migrations are SQL files in `migrations/`, applied in the order of their names, each
 * in its own transaction and recorded in `schema_migrations`, so a server started on an
 * older database brings it up to date and one started twice applies nothing twice.
 */

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  readonly name: string;
  readonly sql: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/u.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

/** Applies the migrations not yet recorded; returns the names applied now. */
export async function migrate(db: Database, migrations = readMigrations()): Promise<string[]> {
  await db.query('create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())');
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      // Two servers starting at once on one database: the lock makes the second wait, then skip.
      await tx.query('lock table schema_migrations in exclusive mode');
      const { rows } = await tx.query('select 1 from schema_migrations where name = $1', [m.name]);
      if (rows.length) return false;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (name) values ($1)', [m.name]);
      return true;
    });
    if (done) applied.push(m.name);
  }
  return applied;
}

/**
 * Statements of a migration file, split at semicolons that end a line. Function bodies
 * are dollar-quoted and may hold semicolons of their own: those are kept together.
 */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of sql.split('\n')) {
    if (/^\s*--/u.test(line) && !inDollar) continue;
    current += `${line}\n`;
    if ((line.match(/\$\$/gu)?.length ?? 0) % 2 === 1) inDollar = !inDollar;
    if (!inDollar && /;\s*$/u.test(line)) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
