import { create } from 'zustand';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createReviewSlice, type ReviewSlice } from './reviewSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** The one app store, made of slices. Read it through narrow selectors (useShallow for objects). */
export type AppState = ViewSlice & SelectionSlice & FilterSlice & UiSlice & ReviewSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createViewSlice(...a),
  ...createSelectionSlice(...a),
  ...createFilterSlice(...a),
  ...createUiSlice(...a),
  ...createReviewSlice(...a),
}));
