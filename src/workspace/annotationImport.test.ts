import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDataset } from '../domain/parseDataset';
import type { Dataset } from '../domain/dataset';
import { readWebAnnotations, writeWebAnnotations } from '../domain/exchange/webAnnotation';
import { datasetToInput } from '../domain/serializeDataset';
import type { EventRecord } from '../domain/schema';
import { annotationImportOf } from './annotationImportPlan';
import { planAnnotationImport } from './commands/annotationImportCommands';
import { openWorkspace, type Workspace } from './workspace';

const builtin = parseDataset(JSON.parse(readFileSync(new URL('../../public/data/builtin.json', import.meta.url), 'utf8'))).value as Dataset;
const open: Workspace[] = [];
let n = 0;
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});

describe('importing Web Annotations onto the built-in dataset', () => {
  it('adds the excerpts an annotation file brings as one command, and one Undo takes them back', async () => {
    const ws = await openWorkspace({ name: `anno-${++n}` });
    open.push(ws);
    const records = datasetToInput(builtin);
    // Annotations made elsewhere: the treaty event's excerpts, pointed at the phone-call event instead.
    const treaty = (records.events as EventRecord[]).find((e) => e.id === 'treaty-signed')!;
    const doc = await writeWebAnnotations({ sources: builtin.sources, events: [{ ...treaty, id: 'phone-call' }, { ...treaty, id: 'no-such-event' }] });
    const { value } = await readWebAnnotations(doc, builtin.sources);
    const plan = annotationImportOf(value, builtin, await ws.snapshot(), 'builtin', 'a.jsonld');
    expect(plan.problems.map((p) => p.path)).toEqual(treaty.evidence.map(() => 'no-such-event'));
    const r = await ws.run((read, ctx) => planAnnotationImport(read, plan.input, ctx));
    expect(r).toMatchObject({ ok: true, value: treaty.evidence.length });
    const label = `import ${treaty.evidence.length} ${treaty.evidence.length === 1 ? 'excerpt' : 'excerpts'} from “a.jsonld”`;
    expect((await ws.historyState()).undo?.text).toBe(label);
    const composed = await ws.composeWith(datasetToInput(builtin), 'builtin');
    const call = (composed.events as EventRecord[]).find((e) => e.id === 'phone-call')!;
    for (const ev of treaty.evidence) expect(call.evidence).toContainEqual(ev);
    await ws.undo();
    const after = (await ws.composeWith(datasetToInput(builtin), 'builtin')).events as EventRecord[];
    expect(after.find((e) => e.id === 'phone-call')!.evidence).toEqual((records.events as EventRecord[]).find((e) => e.id === 'phone-call')!.evidence);
  });

  it('counts excerpts an event already has as already there, not as new', async () => {
    const ws = await openWorkspace({ name: `anno-${++n}` });
    open.push(ws);
    const doc = await writeWebAnnotations({ sources: builtin.sources, events: datasetToInput(builtin).events as EventRecord[] });
    const { value } = await readWebAnnotations(doc, builtin.sources);
    const plan = annotationImportOf(value, builtin, await ws.snapshot(), 'builtin', 'a.jsonld');
    expect(plan.input.items).toEqual([]);
    expect(plan.alreadyThere).toBe(builtin.events.reduce((k, e) => k + e.evidence.length, 0));
  });
});
