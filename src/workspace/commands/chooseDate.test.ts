import { describe, expect, it } from 'vitest';
import { corroboration } from '../../domain/corroboration';
import type { EventRecord } from '../../domain/schema';
import { overlaid } from './overlays';
import { applyCommand, emptyRecordState, invertCommand, type RecordState } from './command';
import { planChooseDate } from './eventCommands';
import { stateReader } from './plan';

const ctx = { now: '2025-09-01T12:00:00Z', by: 'Ana' };
const text = 'KCNA said the call took place on 12 August. TASS dated it 13 August. Yonhap: 12 August.';
const excerpt = (quote: string, sourceId: string, when?: string) => {
  const start = text.indexOf(quote);
  return { sourceId, start, end: start + quote.length, quote, ...(when ? { when } : {}) };
};
// Two sources agree with the event's date; one (merged from a candidate) implied the next day.
const call: EventRecord = {
  id: 'call', title: 'Phone call', when: '2025-08-12', kind: 'occurrence', actors: [], tags: [], relations: [], review: { status: 'accepted' },
  evidence: [excerpt('12 August.', 'kcna'), excerpt('13 August', 'tass', '2025-08-13'), excerpt('Yonhap: 12 August', 'yonhap')],
};

function must(s: ReturnType<typeof applyCommand>): RecordState {
  if (!s.ok) throw new Error(s.reason);
  return s.state;
}

const datesOf = (e: EventRecord) => corroboration(e).dates.map((d) => `${d.when}:${d.sources.join('+')}`);

describe('choosing among the dates the sources imply', () => {
  it('a workspace event takes the chosen date and keeps the others as noted alternatives; undo restores it', async () => {
    const state: RecordState = { ...emptyRecordState(), events: new Map([['call', { id: 'call', rev: 1, sourceId: 'kcna', state: 'accepted', record: call, proposed: null, updatedAt: ctx.now }]]) };
    const command = await planChooseDate(stateReader(state), { owner: 'workspace', eventId: 'call', expectedRev: 1 }, '2025-08-13', ctx);
    expect(command.label).toContain('2025-08-13');
    const after = must(applyCommand(state, command)).events.get('call')!.record;
    expect(after.when).toBe('2025-08-13');
    expect(datesOf(after)).toEqual(['2025-08-12:kcna+yonhap', '2025-08-13:tass']);
    expect(after.evidence.find((e) => e.sourceId === 'tass')!.when).toBeUndefined();
    expect(after.edited).toEqual({ at: ctx.now, by: 'Ana' });
    const undone = must(applyCommand(must(applyCommand(state, command)), invertCommand(command))).events.get('call')!.record;
    expect(undone).toEqual(call);
  });

  it("a dataset event's overlay keeps its own excerpts' date when the analyst picks another", async () => {
    const target = { owner: 'dataset' as const, datasetKey: 'builtin', eventId: 'call', expectedRev: 0, shown: call };
    const command = await planChooseDate(stateReader(emptyRecordState()), target, '2025-08-13', ctx);
    const overlay = must(applyCommand(emptyRecordState(), command)).overlays.get('builtin\u0000call')!;
    const shown = overlaid(call, overlay)!;
    expect(shown.when).toBe('2025-08-13');
    expect(datesOf(shown)).toEqual(['2025-08-12:kcna+yonhap', '2025-08-13:tass']);
    // Every excerpt still slices to its quote.
    for (const e of shown.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(shown.evidence).toHaveLength(3);
  });

  it('refuses a date that is not EDTF, and a form opened on an older revision', async () => {
    const state: RecordState = { ...emptyRecordState(), events: new Map([['call', { id: 'call', rev: 2, sourceId: 'kcna', state: 'accepted', record: call, proposed: null, updatedAt: ctx.now }]]) };
    await expect(planChooseDate(stateReader(state), { owner: 'workspace', eventId: 'call', expectedRev: 2 }, 'soon', ctx)).rejects.toMatchObject({ failure: { reason: 'invalid' } });
    await expect(planChooseDate(stateReader(state), { owner: 'workspace', eventId: 'call', expectedRev: 1 }, '2025-08-13', ctx)).rejects.toMatchObject({ failure: { reason: 'conflict' } });
  });
});
