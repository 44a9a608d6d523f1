import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../domain/schema';
import type { StoredEvent } from '../types';
import { newOverlay } from '../commands/overlays';
import { theirVersion, versionRows } from './eventVersions';

const shown: EventRecord = {
  id: 'call', title: 'Phone call', when: '2025-08-12', kind: 'occurrence', actors: ['ru', 'kp'], tags: [], evidence: [], relations: [], review: { status: 'accepted' },
};

describe('a conflict shown as both versions', () => {
  it('lists only the fields that differ, dates in words', () => {
    const theirs: StoredEvent = { id: 'call', rev: 3, sourceId: 's', state: 'rejected', record: { ...shown, title: 'Call', review: { status: 'rejected' } }, proposed: null, updatedAt: '' };
    const rows = versionRows({ ...shown, when: '2025-08', note: 'check', status: 'accepted' }, theirVersion(theirs, shown));
    expect(rows).toEqual([
      { field: 'Title', mine: 'Phone call', theirs: 'Call' },
      { field: 'Date', mine: 'Aug 2025', theirs: '12 Aug 2025' },
      { field: 'Note', mine: 'check', theirs: '—' },
      { field: 'Review', mine: 'Accepted', theirs: 'Rejected' },
    ]);
  });

  it("lays another tab's overlay over the event the form was opened on", () => {
    const overlay = { ...newOverlay('builtin', 'call', ''), rev: 2, patch: { when: '2025-08-13', tags: ['call'] } };
    expect(versionRows(shown, theirVersion(overlay, shown))).toEqual([
      { field: 'Date', mine: '12 Aug 2025', theirs: '13 Aug 2025' },
      { field: 'Tags', mine: '—', theirs: 'call' },
    ]);
  });

  it('says so when the other side deleted the event', () => {
    expect(versionRows(shown, theirVersion(null, shown))).toEqual([{ field: 'Event', mine: 'kept, with your changes', theirs: 'deleted' }]);
    expect(versionRows(shown, theirVersion({ ...newOverlay('builtin', 'call', ''), rev: 1, deleted: true }, shown))).toHaveLength(1);
  });
});
