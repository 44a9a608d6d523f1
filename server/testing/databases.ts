import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../db/database';
import { migrate } from '../db/migrate';

/**
 * The engines server tests run on: PGlite always; a real PostgreSQL when TEST_DATABASE_URL
 * (or DATABASE_URL) names one — each test gets a database of its own there, dropped after.
 */

export const POSTGRES_URL = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '';

export interface TestEngine {
  readonly name: 'pglite' | 'postgresql';
  /** A fresh, migrated database, and how to throw it away. */
  open(): Promise<{ db: Database; drop: () => Promise<void> }>;
}

const pglite: TestEngine = {
  name: 'pglite',
  async open() {
    const db = await openPglite();
    await migrate(db);
    return { db, drop: () => db.close() };
  },
};

const postgresql: TestEngine = {
  name: 'postgresql',
  async open() {
    const name = `sourceline_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    const db = await openPostgres(url.toString());
    await migrate(db);
    return {
      db,
      drop: async () => {
        await db.close();
        const again = new pg.Client({ connectionString: POSTGRES_URL });
        await again.connect();
        await again.query(`drop database if exists ${name} with (force)`);
        await again.end();
      },
    };
  },
};

if (!POSTGRES_URL) {
  console.log('Server tests on real PostgreSQL skipped: set TEST_DATABASE_URL=postgres://… (as .ci/run does) to run them too.');
}

export const ENGINES: readonly TestEngine[] = POSTGRES_URL ? [pglite, postgresql] : [pglite];
/** For tests that only mean something with concurrent connections. */
export const REAL_POSTGRES: readonly TestEngine[] = POSTGRES_URL ? [postgresql] : [];
