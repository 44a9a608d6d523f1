import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset, type DatasetIndex } from '../../../domain/dataset';
import { parseDataset } from '../../../domain/parseDataset';
import type { DatasetInput } from '../../../domain/schema';
import { FALLBACK_COLORS } from '../../timeline/canvas/colors';
import { escapeXml, renderSvg, wrapText } from './renderSvg';
import { viewPicture, type PictureRequest } from './viewPicture';

const builtin = indexDataset(parseDataset(JSON.parse(readFileSync(new URL('../../../../public/data/builtin.json', import.meta.url), 'utf8'))).value!);
const all = (index: DatasetIndex) => Uint32Array.from(index.dataset.events.keys());
const window2025: PictureRequest['window'] = [Date.UTC(2025, 7, 1), Date.UTC(2025, 8, 1)];

const request = (over: Partial<PictureRequest> = {}): PictureRequest => ({
  index: builtin, visible: all(builtin), window: window2025, laneMode: 'actor', fold: true,
  width: 1280, locale: 'en-GB', title: builtin.dataset.title ?? 'Timeline', ...over,
});

describe('a picture of the view', () => {
  it('draws the events in the window, in their lanes, and cites every labelled one with its excerpt and source', () => {
    const picture = viewPicture(request());
    const inWindow = builtin.dataset.events.filter((e) => e.extent.end > window2025[0] && e.extent.start < window2025[1]);
    expect(picture.eventsInView).toBe(inWindow.length);
    expect(picture.marks.length).toBeGreaterThanOrEqual(inWindow.length);
    expect(picture.lanes.map((l) => l.label)).toContain('Vladimir Putin');
    expect(picture.labels.length).toBeGreaterThan(0);
    expect(picture.citations.map((c) => c.note)).toEqual(picture.citations.map((_, i) => i + 1));
    const source = builtin.dataset.sources[0]!;
    for (const citation of picture.citations) {
      const event = builtin.dataset.events.find((e) => e.title === citation.title)!;
      expect(citation.quote).toBe(event.evidence[0]!.quote);
      expect(citation.source).toContain(source.title);
    }
    // Labels only where the plot has room, and never a day the data does not know.
    for (const label of picture.labels) expect(label.x).toBeLessThanOrEqual(picture.plot.width);
    expect(picture.citations.every((c) => !/undefined|NaN/.test(c.date))).toBe(true);
  });

  it('labels and cites the selected event first, whatever else competes', () => {
    const selected = builtin.dataset.events.find((e) => e.extent.start >= window2025[0] && e.extent.end <= window2025[1])!;
    const picture = viewPicture(request({ selectedEventId: selected.id }));
    expect(picture.labels.map((l) => l.text)).toContain(selected.title);
  });

  it('shows nothing from filtered-out events and nothing outside the window', () => {
    expect(viewPicture(request({ visible: new Uint32Array(0) })).marks).toEqual([]);
    const empty = viewPicture(request({ window: [Date.UTC(1800, 0, 1), Date.UTC(1801, 0, 1)], fold: false }));
    expect(empty.eventsInView).toBe(0);
    expect(empty.citations).toEqual([]);
  });
});

describe('the picture as SVG', () => {
  it('is one document with the title, lane names, axis labels and the citation block', () => {
    const picture = viewPicture(request());
    const { svg, width, height } = renderSvg(picture, { colors: FALLBACK_COLORS });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(width).toBe(1280);
    expect(height).toBeGreaterThan(picture.plot.axisTop);
    expect(svg).toContain(escapeXml(builtin.dataset.sources[0]!.title));
    expect(svg).toContain('Vladimir Putin');
    expect(svg).toContain(escapeXml(picture.citations[0]!.title));
    expect(picture.axis.ticks.length).toBeGreaterThan(2);
    for (const tick of picture.axis.ticks) expect(svg).toContain(`>${escapeXml(tick.label)}</text>`);
  });

  it('keeps hostile titles, quotes and captions as text', () => {
    const text = 'On 5 May 2025 <script>alert(1)</script> & "quoted" \u0007 happened.';
    const hostile: DatasetInput = {
      format: 'sourceline/dataset', version: 1, title: '<img src=x onerror=alert(1)>',
      sources: [{ id: 's', title: 'A & B <b>', language: 'en', text, url: 'https://example.org/?a=1&b=2' }],
      actors: [],
      events: [{ id: 'e', title: '</text><script>alert(2)</script>', when: '2025-05-05', kind: 'occurrence', evidence: [{ sourceId: 's', start: 0, end: text.length, quote: text }] }],
    };
    const index = indexDataset(parseDataset(hostile).value!);
    const picture = viewPicture({ ...request(), index, visible: all(index), window: [Date.UTC(2025, 4, 1), Date.UTC(2025, 5, 1)], title: index.dataset.title!, caption: '<i>caption</i>' });
    const { svg } = renderSvg(picture, { colors: FALLBACK_COLORS });
    expect(svg).not.toMatch(/<script|<img|<i>|<b>/);
    expect(svg.includes(String.fromCharCode(7))).toBe(false);
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
    expect(svg).toContain('a=1&amp;b=2');
  });

  it('wraps citation text by width without losing words', () => {
    const words = 'Путин и Ким Чен Ын провели телефонный разговор в преддверии 80-летия освобождения Кореи'.split(' ');
    const lines = wrapText(words.join(' '), 200, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').split(' ')).toEqual(words);
  });
});
