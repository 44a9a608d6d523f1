import type { StateCreator } from 'zustand';

export interface SelectionState {
  readonly selectedEventId: string | null;
  /** Which evidence of the selected event the reader shows (index into its evidence list). */
  readonly selectedEvidence: number;
  readonly hoveredEventId: string | null;
}

export interface SelectionSlice extends SelectionState {
  selectEvent: (id: string | null, evidence?: number) => void;
  hoverEvent: (id: string | null) => void;
}

export const initialSelection: SelectionState = { selectedEventId: null, selectedEvidence: 0, hoveredEventId: null };

export const selectionUpdaters = {
  selectEvent: (_s: SelectionState, id: string | null, evidence = 0): Partial<SelectionState> => ({
    selectedEventId: id,
    selectedEvidence: id === null ? 0 : evidence,
  }),
};

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (set) => ({
  ...initialSelection,
  selectEvent: (id, evidence) => set((s) => selectionUpdaters.selectEvent(s, id, evidence)),
  hoverEvent: (hoveredEventId) => set({ hoveredEventId }),
});
