import { describe, expect, it } from 'vitest';
import { validateScenes } from './scenes';
import { parseUrlState } from '../stores/urlState';
import { validateEvent } from '../workspace/review';
import { planUpdateSource } from '../workspace/commands/sourceCommands';
import { CommandRefusal, stateReader } from '../workspace/commands/plan';
import { emptyRecordState } from '../workspace/commands/command';

/**
 * Every place that reports a zod problem to the analyst says it in words: the value
 * found and what would be valid — never a regular expression or zod's "Invalid input".
 */
const raw = /\/\^|must match pattern|Invalid input|Invalid option/u;

describe('problem messages are in words', () => {
  it('an edited event with a date that is not EDTF names the value and shows valid forms', () => {
    const problems = validateEvent({ id: 'a', title: 't', when: 'yesterday', kind: 'happening', actors: [], tags: [], evidence: [], relations: [] });
    expect(problems.find((p) => p.path === 'when')?.message).toMatch(/"yesterday" is not a date in EDTF form; write one like 2025/u);
    expect(problems.find((p) => p.path === 'kind')?.message).toMatch(/"happening" is not allowed; expected "occurrence"/u);
    for (const p of problems) expect(p.message).not.toMatch(raw);
  });

  it('a story scene with a bad window says which date and what form is expected', () => {
    const known = { events: new Set<string>(), actors: new Set<string>(), sources: new Set<string>() };
    const { problems } = validateScenes([{ id: 's', caption: 'x', window: { from: 'soon', to: '2025' } }], known);
    expect(problems[0]).toMatchObject({ path: 'scenes[0].window.from' });
    expect(problems[0]!.message).toContain('"soon"');
    for (const p of problems) expect(p.message).not.toMatch(raw);
  });

  it('a garbage URL parameter names what was found', () => {
    const { problems } = parseUrlState('?from=yesterday&to=2026-01-01&lanes=zzz');
    expect(problems.find((p) => p.path === '?from')?.message).toContain('(found "yesterday")');
    expect(problems.find((p) => p.path === '?lanes')?.message).toContain('expected actor, kind or source');
    for (const p of problems) expect(p.message).not.toMatch(raw);
  });

  it('correcting a source with a bad address names the value and an example', async () => {
    const base = emptyRecordState();
    const state = { ...base, sources: new Map([['s1', {
      id: 's1', rev: 1, source: { id: 's1', title: 'T', language: 'en', text: 'Text.' }, origin: { kind: 'paste' },
      importedAt: '2025-01-01T00:00:00Z', extraction: null, furniture: [],
    } as const]]) };
    const refused = await planUpdateSource(stateReader(state), 's1', 1, { url: 'not a url' }, { now: '2025-01-02T00:00:00Z' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CommandRefusal);
    const message = (refused as CommandRefusal).message;
    expect(message).toContain('"not a url" is not a web address');
    expect(message).not.toMatch(raw);
  });
});
