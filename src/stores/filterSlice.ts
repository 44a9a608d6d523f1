import type { StateCreator } from 'zustand';
import { NO_FILTERS, type EventFilters } from '../domain/search';
import type { EventKind } from '../domain/schema';

export interface FilterSlice {
  readonly filters: EventFilters;
  setQuery: (query: string) => void;
  toggleFacet: (facet: 'actors' | 'sources', value: string) => void;
  toggleKind: (kind: EventKind) => void;
  clearFilters: () => void;
  setFilters: (filters: EventFilters) => void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export const filterUpdaters = {
  setQuery: (f: EventFilters, query: string): EventFilters => ({ ...f, query }),
  toggleFacet: (f: EventFilters, facet: 'actors' | 'sources', value: string): EventFilters => ({
    ...f,
    [facet]: toggle(f[facet], value),
  }),
  toggleKind: (f: EventFilters, kind: EventKind): EventFilters => ({ ...f, kinds: toggle(f.kinds, kind) }),
};

export const createFilterSlice: StateCreator<FilterSlice, [], [], FilterSlice> = (set) => ({
  filters: NO_FILTERS,
  setQuery: (query) => set((s) => ({ filters: filterUpdaters.setQuery(s.filters, query) })),
  toggleFacet: (facet, value) => set((s) => ({ filters: filterUpdaters.toggleFacet(s.filters, facet, value) })),
  toggleKind: (kind) => set((s) => ({ filters: filterUpdaters.toggleKind(s.filters, kind) })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  setFilters: (filters) => set({ filters }),
});
