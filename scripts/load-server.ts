/**
 * `npm run load:server`: analysts editing one workspace at once, against a server started
 * for the run on 127.0.0.1. Not part of `npm test`: it takes a minute and a core.
 *
 *   npm run load:server                                  20 analysts, 60 s, PGlite in a temporary folder
 *   DATABASE_URL=postgres://… npm run load:server -- --kill
 *                                                        on PostgreSQL, SIGKILL the server mid-burst and restart it
 *   bash -c 'source scripts/test-postgres.sh && DATABASE_URL=$TEST_DATABASE_URL npm run load:server -- --kill'
 *
 * Then it checks the database: every command an analyst saw accepted is in the log once;
 * none refused as a conflict is; replaying the log from nothing gives exactly the records
 * stored (so no command was half-applied); resends were applied once.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { applyCommand, create, emptyRecordState, type RecordChange, type RecordState } from '../src/workspace/commands/command.ts';
import { event, source } from '../server/testing/fixtures.ts';
import { Analyst } from './lib/loadAnalyst.ts';
import { killServer, startServer, type ServerProcess } from './lib/serverProcess.ts';

const { values } = parseArgs({
  options: {
    analysts: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '60' },
    events: { type: 'string', default: '40' },
    port: { type: 'string', default: '4710' },
    kill: { type: 'boolean', default: false },
    'max-commands': { type: 'string', default: '20000' },
  },
});
const analysts = Number(values.analysts);
const seconds = Number(values.seconds);
const port = Number(values.port);
const url = process.env.DATABASE_URL;
if (values.kill && !url) throw new Error('--kill needs DATABASE_URL=postgres://…: PGlite is one process, and this test is about PostgreSQL.');

const dataDir = url ? null : mkdtempSync(join(tmpdir(), 'sourceline-load-'));
const env: Record<string, string> = url ? { DATABASE_URL: url } : { SOURCELINE_DATA: dataDir! };
let server: ServerProcess = await startServer(env, port);

async function api<T>(path: string, init: RequestInit = {}, token?: string): Promise<T> {
  const response = await fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const { workspace, token: ownerToken } = await api<{ workspace: { id: string }; token: string }>('/workspaces', { method: 'POST', body: JSON.stringify({ name: 'Load test', ownerName: 'Owner' }) });
const wsPath = `/workspaces/${workspace.id}`;
await api(`${wsPath}/commands`, {
  method: 'POST',
  body: JSON.stringify({
    id: randomUUID(), label: 'import',
    changes: [create('sources', source()), ...Array.from({ length: Number(values.events) }, (_, i) => create('events', event(`e${i}`, `Event ${i}`)))],
  }),
}, ownerToken);

let seed = 42;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const team: Analyst[] = [];
for (let i = 0; i < analysts; i++) {
  const { token } = await api<{ token: string }>(`${wsPath}/members`, { method: 'POST', body: JSON.stringify({ name: `Analyst ${i + 1}`, role: 'editor' }) }, ownerToken);
  team.push(new Analyst(() => `${server.url}/api${wsPath}`, token, `Analyst ${i + 1}`, random));
}

console.log(`${analysts} analysts, ${seconds} s, ${url ? 'PostgreSQL' : 'PGlite'}${values.kill ? ', SIGKILL mid-burst' : ''}`);
const started = Date.now();
const until = started + seconds * 1000;
let killedAt: number | null = null;
let downMs = 0;
const killer = values.kill
  ? (async () => {
    await new Promise((r) => setTimeout(r, (seconds * 1000) / 2));
    killedAt = Date.now() - started;
    await killServer(server, 'SIGKILL');
    const down = Date.now();
    server = await startServer(env, port);
    downMs = Date.now() - down;
  })()
  : Promise.resolve();
await Promise.all([...team.map((a) => a.run(until, Number(values['max-commands']))), killer]);
const elapsed = (Date.now() - started) / 1000;

// Verify against the database, through the API.
const log: { id: string; seq: number; changes: RecordChange[] }[] = [];
for (;;) {
  const page = await api<{ commands: typeof log }>(`${wsPath}/commands?after=${log.at(-1)?.seq ?? 0}&limit=1000`, {}, ownerToken);
  log.push(...page.commands);
  if (page.commands.length < 1000) break;
}
const stored = await api<{ records: Record<string, { id: string }[]> }>(`${wsPath}/records`, {}, ownerToken);
let replayed: RecordState = emptyRecordState();
const problems: string[] = [];
for (const entry of log) {
  const outcome = applyCommand(replayed, { label: '', changes: entry.changes });
  if (!outcome.ok) problems.push(`replaying command ${entry.seq} failed: ${outcome.reason}`);
  else replayed = outcome.state;
}
for (const [store, records] of Object.entries(stored.records)) {
  const mine = replayed[store as keyof RecordState] as ReadonlyMap<string, unknown>;
  if (mine.size !== records.length) problems.push(`${store}: ${records.length} stored, ${mine.size} from the log`);
  for (const r of records) if (JSON.stringify(mine.get(r.id)) !== JSON.stringify(r)) problems.push(`${store} ${r.id} differs from its replay`);
}
const logged = new Map<string, number>();
for (const e of log) logged.set(e.id, (logged.get(e.id) ?? 0) + 1);
const accepted = team.flatMap((a) => a.report.accepted);
const duplicates = team.flatMap((a) => a.report.duplicates);
const conflicts = team.flatMap((a) => a.report.conflicts);
for (const id of [...accepted, ...duplicates]) if (logged.get(id) !== 1) problems.push(`accepted ${id} is in the log ${logged.get(id) ?? 0} times`);
for (const id of conflicts) if (logged.has(id)) problems.push(`conflict ${id} is in the log`);
if (new Set(accepted).size !== accepted.length) problems.push('a command was answered "applied" twice');
const answered = new Set([...accepted, ...duplicates, ...conflicts]);
const unexplained = [...logged.keys()].filter((id) => !answered.has(id)).length - 1; // the seed import
if (unexplained) problems.push(`${unexplained} logged commands no analyst heard about`);

const latencies = team.flatMap((a) => a.report.latenciesMs).sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
const summary = {
  engine: url ? 'postgresql' : 'pglite', analysts, seconds: Number(elapsed.toFixed(1)),
  answered: latencies.length, applied: accepted.length, conflicts: conflicts.length, resentAndFoundApplied: duplicates.length,
  resendAttempts: team.reduce((n, a) => n + a.report.resends, 0),
  deliberateResends: team.reduce((n, a) => n + a.report.deliberateResends, 0),
  appliedPerSecond: Number((accepted.length / elapsed).toFixed(1)), answersPerSecond: Number((latencies.length / elapsed).toFixed(1)),
  p50Ms: Number(pct(50).toFixed(1)), p95Ms: Number(pct(95).toFixed(1)), p99Ms: Number(pct(99).toFixed(1)),
  ...(killedAt !== null ? { killedAtMs: killedAt, restartMs: downMs } : {}),
  logged: log.length, loadAverage: loadavg().map((l) => Number(l.toFixed(1))), cores: availableParallelism(),
  problems: problems.slice(0, 20),
};
console.log(JSON.stringify(summary, null, 2));
await killServer(server, 'SIGTERM');
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
process.exit(problems.length ? 1 : 0);
