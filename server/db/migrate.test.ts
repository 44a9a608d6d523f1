import { describe, expect, it } from 'vitest';
import { openPglite } from './database';
import { migrate, readMigrations, splitStatements } from './migrate';

describe('migrations', () => {
  it('are numbered files applied in order, once', async () => {
    const names = readMigrations().map((m) => m.name);
    expect(names[0]).toBe('001_workspaces.sql');
    expect([...names].sort()).toEqual(names);
    const db = await openPglite();
    try {
      expect(await migrate(db)).toEqual(names);
      expect(await migrate(db)).toEqual([]);
      const { rows } = await db.query<{ name: string }>('select name from schema_migrations order by name');
      expect(rows.map((r) => r.name)).toEqual(names);
    } finally {
      await db.close();
    }
  }, 240_000);

  it('keep a dollar-quoted function body, semicolons and all, as one statement', () => {
    const sql = 'create table a (x int);\n-- a comment;\ncreate function f() returns trigger language plpgsql as $$\nbegin\n  return new;\nend;\n$$;\nselect 1;\n';
    expect(splitStatements(sql)).toEqual([
      'create table a (x int);',
      'create function f() returns trigger language plpgsql as $$\nbegin\n  return new;\nend;\n$$;',
      'select 1;',
    ]);
  });
});
