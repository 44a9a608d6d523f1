import { describe, expect, it } from 'vitest';
import { indexDataset, type Dataset, type TimelineEvent } from '../../domain/dataset';
import type { SourceRecord } from '../../domain/schema';
import { selectionKey, sourceOfSelection, sourceToShow } from './readerSource';

const source = (id: string) => ({ id, title: id, language: 'en', text: 'some text' }) as SourceRecord;
const event = (id: string, sourceIds: string[]) =>
  ({ id, evidence: sourceIds.map((sourceId) => ({ sourceId, start: 0, end: 4, quote: 'some' })) }) as unknown as TimelineEvent;

const index = indexDataset({
  sources: [source('a'), source('b'), source('c')],
  actors: [],
  events: [event('in-b', ['b', 'c']), event('no-evidence', [])],
} as Dataset);

describe('the source the reader shows', () => {
  it('is the first source when nothing is selected', () => {
    expect(sourceToShow(index, null, 0, null)?.id).toBe('a');
  });

  it('follows the selected excerpt', () => {
    expect(sourceToShow(index, 'in-b', 0, null)?.id).toBe('b');
    expect(sourceToShow(index, 'in-b', 1, null)?.id).toBe('c');
  });

  it('falls back to the first excerpt when the excerpt index is out of range', () => {
    expect(sourceOfSelection(index, 'in-b', 7)?.id).toBe('b');
  });

  it('shows the first source for an event with no excerpt, or an unknown event', () => {
    expect(sourceToShow(index, 'no-evidence', 0, null)?.id).toBe('a');
    expect(sourceToShow(index, 'missing', 0, null)?.id).toBe('a');
  });

  it('keeps a hand-picked source only for the selection it was picked under', () => {
    const picked = { sourceId: 'c', selectionKey: selectionKey('in-b', 0) };
    expect(sourceToShow(index, 'in-b', 0, picked)?.id).toBe('c');
    expect(sourceToShow(index, 'in-b', 1, { ...picked, sourceId: 'a' })?.id).toBe('c');
    const pickedWithNone = { sourceId: 'b', selectionKey: selectionKey(null, 0) };
    expect(sourceToShow(index, null, 0, pickedWithNone)?.id).toBe('b');
    // Without a selection of its own, an older pick still beats the default.
    expect(sourceToShow(index, 'no-evidence', 0, pickedWithNone)?.id).toBe('b');
  });

  it('ignores a pick of a source that is gone', () => {
    expect(sourceToShow(index, null, 0, { sourceId: 'zzz', selectionKey: '' })?.id).toBe('a');
  });
});
