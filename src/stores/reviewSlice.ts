import type { StateCreator } from 'zustand';

/** What the explore pane shows: the event list, or the review of an imported source's candidates. */
export type ExplorePane = 'events' | 'review' | 'sources';

export interface ReviewState {
  readonly importOpen: boolean;
  readonly explorePane: ExplorePane;
  /** The imported source whose candidates the review pane lists (and the reader shows while reviewing). */
  readonly reviewSourceId: string | null;
  /** The candidate the review pane has selected; the reader outlines its excerpt. */
  readonly selectedCandidateId: string | null;
}

export interface ReviewSlice extends ReviewState {
  setImportOpen: (open: boolean) => void;
  setExplorePane: (pane: ExplorePane) => void;
  /** Opens the review of a source (just imported, or picked). */
  reviewSource: (sourceId: string | null) => void;
  selectCandidate: (id: string | null) => void;
}

export const initialReview: ReviewState = { importOpen: false, explorePane: 'events', reviewSourceId: null, selectedCandidateId: null };

export const reviewUpdaters = {
  reviewSource: (s: ReviewState, sourceId: string | null): Partial<ReviewState> =>
    sourceId === null
      ? { reviewSourceId: null, selectedCandidateId: null, explorePane: 'events' }
      : { reviewSourceId: sourceId, explorePane: 'review', selectedCandidateId: sourceId === s.reviewSourceId ? s.selectedCandidateId : null },
};

export const createReviewSlice: StateCreator<ReviewSlice, [], [], ReviewSlice> = (set) => ({
  ...initialReview,
  setImportOpen: (importOpen) => set({ importOpen }),
  setExplorePane: (explorePane) => set({ explorePane }),
  reviewSource: (sourceId) => set((s) => reviewUpdaters.reviewSource(s, sourceId)),
  selectCandidate: (selectedCandidateId) => set({ selectedCandidateId }),
});
