import { serve } from '@hono/node-server';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { createApp } from './http/app';
import { listenForChanges } from './http/stream';

/**
 * `npm run server`: the team server. On PGlite in ./.sourceline-data unless
 * DATABASE_URL names a PostgreSQL server; on 127.0.0.1:4300 unless HOST / PORT say otherwise.
 */

const url = process.env.DATABASE_URL;
const dataDir = process.env.SOURCELINE_DATA ?? '.sourceline-data';
const port = Number(process.env.PORT ?? 4300);
const host = process.env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), not ${JSON.stringify(process.env.PORT)}.`);
  process.exit(2);
}

const db = await openDatabase({ url, dataDir });
const applied = await migrate(db);
if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
const feed = await listenForChanges(db);
const app = createApp({ db, feed, adminToken: process.env.SOURCELINE_ADMIN_TOKEN || undefined });

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const where = url ? `PostgreSQL at ${new URL(url).host}` : `PGlite in ${dataDir}`;
  console.log(`Sourceline server on http://${host}:${info.port} (${where})`);
});

async function shutdown(signal: string) {
  console.log(`${signal}: closing`);
  server.close();
  await feed.close().catch(() => undefined);
  await db.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
