import { describe, expect, it } from 'vitest';
import { initialReview, reviewUpdaters } from './reviewSlice';

describe('reviewUpdaters.reviewSource', () => {
  it('opens the review pane on a new source with nothing selected', () => {
    const s = { ...initialReview, reviewSourceId: 'a', selectedCandidateId: 'a.1' };
    expect(reviewUpdaters.reviewSource(s, 'b')).toEqual({ reviewSourceId: 'b', explorePane: 'review', selectedCandidateId: null });
  });
  it('keeps the selected candidate when the same source is opened again', () => {
    const s = { ...initialReview, reviewSourceId: 'a', selectedCandidateId: 'a.1' };
    expect(reviewUpdaters.reviewSource(s, 'a').selectedCandidateId).toBe('a.1');
  });
  it('closing the review goes back to the event list', () => {
    expect(reviewUpdaters.reviewSource({ ...initialReview, explorePane: 'review' }, null)).toEqual({
      reviewSourceId: null, selectedCandidateId: null, explorePane: 'events',
    });
  });
});
