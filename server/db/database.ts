import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * The one interface the store layer talks to, over either engine: PGlite (embedded,
 * one process, the default for trying Sourceline out) or a PostgreSQL server through a
 * `pg` pool (for teams). Both speak the same SQL with `$1` parameters.
 */

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgresql';
  /** Runs `body` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(body: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onMessage` for every NOTIFY on `channel`; resolves to a function that stops listening. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** A PostgreSQL error's SQLSTATE, when it is one. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  return {
    engine: 'pglite',
    query: (sql, params) => db.query(sql, params as unknown[]) as never,
    // PGlite runs one transaction at a time on its single connection; others wait their turn.
    transaction: (body) => db.transaction((tx) => body({ query: (sql, params) => tx.query(sql, params as unknown[]) as never })),
    listen: async (channel, onMessage) => {
      const stop = await db.listen(channel, onMessage);
      return async () => stop();
    },
    close: () => db.close(),
  };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection (the server restarted) must not crash the process.
  pool.on('error', (e) => console.error(`PostgreSQL connection lost: ${e.message}`));
  await pool.query('select 1');
  return {
    engine: 'postgresql',
    query: (sql, params) => pool.query(sql, params as unknown[]) as never,
    transaction: async (body) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const value = await body({ query: (sql, params) => client.query(sql, params as unknown[]) as never });
        await client.query('commit');
        return value;
      } catch (e) {
        await client.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    listen: async (channel, onMessage) => {
      const client = await pool.connect();
      const handler = (m: pg.Notification) => {
        if (m.channel === channel && m.payload !== undefined) onMessage(m.payload);
      };
      client.on('notification', handler);
      await client.query(`listen ${quoteIdent(channel)}`);
      return async () => {
        client.off('notification', handler);
        await client.query(`unlisten ${quoteIdent(channel)}`).catch(() => undefined);
        client.release();
      };
    },
    close: () => pool.end(),
  };
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `postgres://…` opens a server; anything else is a PGlite data folder (undefined: in memory). */
export function openDatabase(options: { url?: string; dataDir?: string }): Promise<Database> {
  if (options.url) {
    if (!/^postgres(ql)?:\/\//u.test(options.url)) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
    return openPostgres(options.url);
  }
  return openPglite(options.dataDir);
}
