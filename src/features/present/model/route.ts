/**
 * Which page the address asks for, and the addresses presenter mode writes. The analyst
 * view's own parameters (event, from, to, …) are read by stores/urlState; these three
 * only choose the page:
 *
 *   present=1   presenter mode (the audience window)
 *   scene=N     the scene to show, 1-based (presenter mode)
 *   console=1   the presenter console (a second window)
 */
export type Route =
  | { readonly page: 'dashboard' }
  | { readonly page: 'present'; readonly scene: number | null }
  | { readonly page: 'console' };

export function routeOf(search: string): Route {
  const params = new URLSearchParams(search);
  if (params.get('console') === '1') return { page: 'console' };
  if (params.get('present') === '1') {
    const raw = params.get('scene');
    const n = raw !== null && /^\d{1,4}$/.test(raw) ? Number(raw) : null;
    return { page: 'present', scene: n };
  }
  return { page: 'dashboard' };
}

function withData(params: URLSearchParams, dataUrl: string | null): URLSearchParams {
  if (dataUrl) params.set('data', dataUrl);
  return params;
}

/** The audience window's address at scene `n` (1-based). */
export function presentSearch(dataUrl: string | null, n: number): string {
  const params = withData(new URLSearchParams(), dataUrl);
  params.set('present', '1');
  params.set('scene', String(n));
  return `?${params.toString()}`;
}

export function consoleSearch(dataUrl: string | null): string {
  const params = withData(new URLSearchParams(), dataUrl);
  params.set('console', '1');
  return `?${params.toString()}`;
}

/** Where Esc lands: the analyst view of the same dataset, at the scene's selection and window. */
export function analystSearch(dataUrl: string | null, view: { event?: string | null; from?: string; to?: string } = {}): string {
  const params = withData(new URLSearchParams(), dataUrl);
  if (view.event) params.set('event', view.event);
  if (view.from && view.to) {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  const s = params.toString();
  return s ? `?${s}` : '?';
}
