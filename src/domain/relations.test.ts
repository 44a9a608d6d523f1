import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './dataset';
import { incomingRelations, relationGroups } from './relations';
import type { RelationType } from './schema';

type Rel = { type: RelationType; target: string };
const ev = (id: string, relations: Rel[] = []) => ({ id, relations }) as unknown as TimelineEvent;

describe('relations', () => {
  const events = [
    ev('call'),
    ev('kremlin', [{ type: 'reports', target: 'call' }]),
    ev('kcna', [{ type: 'reports', target: 'call' }]),
    ev('praise', [
      { type: 'part-of', target: 'call' },
      { type: 'mentions', target: 'kursk' },
    ]),
    ev('anniversary', [{ type: 'anniversary-of', target: 'liberation' }]),
  ];
  const incoming = incomingRelations(events);

  it('derives the incoming side of every relation', () => {
    expect(incoming.get('call')).toEqual([
      { type: 'reports', from: 'kremlin' },
      { type: 'reports', from: 'kcna' },
      { type: 'part-of', from: 'praise' },
    ]);
    expect(incoming.get('liberation')).toEqual([{ type: 'anniversary-of', from: 'anniversary' }]);
    expect(incoming.has('praise')).toBe(false);
  });

  it('groups outgoing relations before incoming ones, named from the event’s side', () => {
    expect(relationGroups(events[0]!, incoming)).toEqual([
      { direction: 'incoming', type: 'part-of', eventIds: ['praise'] },
      { direction: 'incoming', type: 'reports', eventIds: ['kremlin', 'kcna'] },
    ]);
    expect(relationGroups(events[3]!, incoming)).toEqual([
      { direction: 'outgoing', type: 'part-of', eventIds: ['call'] },
      { direction: 'outgoing', type: 'mentions', eventIds: ['kursk'] },
    ]);
    expect(relationGroups({ id: 'liberation', relations: [] }, incoming)).toEqual([{ direction: 'incoming', type: 'anniversary-of', eventIds: ['anniversary'] }]);
  });

  it('lists a repeated relation once and returns nothing for an unrelated event', () => {
    const twice = ev('x', [
      { type: 'follows', target: 'call' },
      { type: 'follows', target: 'call' },
    ]);
    expect(relationGroups(twice, new Map())).toEqual([{ direction: 'outgoing', type: 'follows', eventIds: ['call'] }]);
    expect(relationGroups(ev('lonely'), incoming)).toEqual([]);
  });
});
