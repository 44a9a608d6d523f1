import type { StateCreator } from 'zustand';
import type { LaneMode, TimeWindow } from './urlState';

/**
 * What part of time is visible and how it is laid out. The window is committed here
 * when a gesture settles (and by code that moves the view); during a pan or zoom the
 * timeline draws from its own ref, so React does not render every frame.
 */
export interface ViewState {
  /** null: fit all events. */
  readonly window: TimeWindow | null;
  readonly laneMode: LaneMode;
  readonly foldGaps: boolean;
  /**
   * A move asked of the timeline by code outside it (keyboard, toolbar, presenter):
   * the timeline performs it through d3-zoom so that zoom state stays in one place.
   * `seq` makes two equal requests in a row distinct.
   */
  readonly viewRequest: ViewRequest | null;
}

export type ViewRequest =
  | { readonly seq: number; readonly type: 'zoom'; readonly factor: number }
  | { readonly seq: number; readonly type: 'pan'; readonly fraction: number }
  | { readonly seq: number; readonly type: 'fit' };

type ViewRequestInput = ViewRequest extends infer R ? (R extends ViewRequest ? Omit<R, 'seq'> : never) : never;

export interface ViewSlice extends ViewState {
  setWindow: (window: TimeWindow | null) => void;
  setLaneMode: (mode: LaneMode) => void;
  setFoldGaps: (fold: boolean) => void;
  requestView: (request: ViewRequestInput) => void;
  fitAll: () => void;
}

export const initialView: ViewState = { window: null, laneMode: 'actor', foldGaps: true, viewRequest: null };

export const viewUpdaters = {
  setWindow: (s: ViewState, window: TimeWindow | null): Partial<ViewState> =>
    s.window?.start === window?.start && s.window?.end === window?.end ? {} : { window },
  requestView: (s: ViewState, request: ViewRequestInput): Partial<ViewState> => ({
    viewRequest: { ...request, seq: (s.viewRequest?.seq ?? 0) + 1 } as ViewRequest,
  }),
};

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  ...initialView,
  setWindow: (window) => set((s) => viewUpdaters.setWindow(s, window)),
  setLaneMode: (laneMode) => set({ laneMode }),
  setFoldGaps: (foldGaps) => set({ foldGaps }),
  requestView: (request) => set((s) => viewUpdaters.requestView(s, request)),
  fitAll: () => set((s) => ({ ...viewUpdaters.requestView(s, { type: 'fit' }), window: null })),
});
