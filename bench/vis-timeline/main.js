/*
 * The comparison page of `npm run bench`: the same generated dataset as Sourceline gets,
 * drawn by vis-timeline with its default options, grouped by first actor. Served from
 * 127.0.0.1 with vis-timeline from node_modules; never part of the app.
 * It sets the same performance mark as Sourceline at its first complete draw (the first
 * "changed" event after the items are set), so the bench times both alike: from navigation.
 */
(async () => {
  const FIRST_DRAW_MARK = 'sourceline:first-draw';
  const container = document.getElementById('timeline');
  const url = new URLSearchParams(location.search).get('data');
  const dataset = await (await fetch(url)).json();

  // EDTF → instants, enough for the generator's forms (year, month, day, minute, spans, bounds, qualifiers).
  const instant = (part) => {
    const text = part.replace(/[~?%[\]]/g, '').replace(/^\.\./, '').replace(/\.\.$/, '');
    if (!text) return null;
    const t = Date.parse(/^\d{4}$/.test(text) ? `${text}-01-01T00:00Z` : /^\d{4}-\d{2}$/.test(text) ? `${text}-01T00:00Z` : /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00Z` : text);
    return Number.isFinite(t) ? t : null;
  };
  const actorName = new Map((dataset.actors || []).map((a) => [a.id, a.name]));
  const groups = new Map();
  const items = [];
  for (const e of dataset.events) {
    const [a, b] = e.when.includes('/') ? e.when.split('/') : e.when.split('..');
    const start = instant(a) ?? instant(b ?? '');
    if (start === null) continue;
    const end = b !== undefined ? instant(b) : null;
    const group = e.actors && e.actors.length ? e.actors[0] : '(none)';
    if (!groups.has(group)) groups.set(group, { id: group, content: actorName.get(group) || group });
    items.push(end !== null && end > start ? { id: e.id, group, content: e.title, start, end } : { id: e.id, group, content: e.title, start });
  }

  const timeline = new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet([...groups.values()]), {});
  let marked = false;
  timeline.on('changed', () => {
    if (marked) return;
    marked = true;
    container.setAttribute('data-drawn-events', String(container.querySelectorAll('.vis-item').length));
    performance.mark(FIRST_DRAW_MARK);
  });
})();
