/**
 * A ViewPicture as a standalone SVG document: the timeline (lane names, lanes, grid, fold
 * bands, marks, numbered labels, axis) and under it the citation block, one entry per
 * labelled event with its date, title, quoted excerpt and source. Every text goes through
 * escapeXml: titles and quotes are untrusted and stay text.
 */
import type { TimelineColors } from '../../timeline/canvas/colors';
import { AXIS_CONTEXT_LABEL_Y, AXIS_TICK_LABEL_Y } from '../../timeline/canvas/drawAxis';
import { SHAPE_DOT, SHAPE_RANGE, SHAPE_SOFT } from '../../timeline/canvas/markGeometry';
import { AXIS_HEIGHT } from '../../timeline/canvas/plotLayout';
import { LABEL_PADDING_PX } from '../../timeline/canvas/labelLayer';
import { estimateTextWidth } from '../../timeline/layout/labels';
import { LABEL_FONT_PX, LANE_HEADER_PX, type Citation, type PictureMark, type ViewPicture } from './viewPicture';

/** Cyrillic first: the exported font (PT Sans) is embedded for PNG and PDF; an SVG viewer falls back to its own. */
export const PICTURE_FONT = "'PT Sans', 'DejaVu Sans', 'Noto Sans', Arial, sans-serif";
const MARGIN = 24;
const CITATION_FONT_PX = 14;
const LINE_PX = 20;
const MAX_QUOTE_CHARS = 320;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML content and attributes; characters XML 1.0 forbids (most C0 controls) are dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

const n = (v: number) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : 0);

/** Lines of at most `maxPx` by estimated width, words kept whole where they fit. */
export function wrapText(text: string, maxPx: number, fontPx: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontPx) > maxPx) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function fitText(text: string, maxPx: number, fontPx: number): string {
  if (estimateTextWidth(text, fontPx) <= maxPx) return text;
  let cut = text;
  while (cut.length > 1 && estimateTextWidth(`${cut}…`, fontPx) > maxPx) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function markSvg(m: PictureMark, colors: TimelineColors): string {
  const colour = colors.kinds[m.kind] ?? colors.accent;
  const dash = m.dashed ? ' stroke-dasharray="3 2"' : '';
  const parts: string[] = [];
  if (m.fadeLeft > 0) parts.push(`<rect x="${n(m.x0 - m.fadeLeft)}" y="${n(m.y - 3)}" width="${n(m.fadeLeft)}" height="6" fill="url(#fade-left-${m.kind})"/>`);
  if (m.fadeRight > 0) parts.push(`<rect x="${n(m.x1)}" y="${n(m.y - 3)}" width="${n(m.fadeRight)}" height="6" fill="url(#fade-right-${m.kind})"/>`);
  if (m.shape === SHAPE_DOT) {
    parts.push(m.dashed
      ? `<circle cx="${n(m.cx)}" cy="${n(m.y)}" r="5" fill="${colors.bg}" stroke="${colour}" stroke-width="2"${dash}/>`
      : `<circle cx="${n(m.cx)}" cy="${n(m.y)}" r="5" fill="${colour}"/>`);
  } else if (m.shape === SHAPE_SOFT) {
    parts.push(`<rect x="${n(m.x0)}" y="${n(m.y - 4)}" width="${n(m.x1 - m.x0)}" height="8" rx="4" fill="${colour}" fill-opacity="0.35"/>`);
    parts.push(`<circle cx="${n(m.cx)}" cy="${n(m.y)}" r="5" fill="${colour}"/>`);
  } else if (m.shape === SHAPE_RANGE) {
    parts.push(`<rect x="${n(m.x0)}" y="${n(m.y - 2)}" width="${n(m.x1 - m.x0)}" height="4" fill="${colour}" fill-opacity="0.55"/>`);
    if (m.capLeft) parts.push(`<line x1="${n(m.x0)}" x2="${n(m.x0)}" y1="${n(m.y - 7)}" y2="${n(m.y + 7)}" stroke="${colour}" stroke-width="2"/>`);
    if (m.capRight) parts.push(`<line x1="${n(m.x1)}" x2="${n(m.x1)}" y1="${n(m.y - 7)}" y2="${n(m.y + 7)}" stroke="${colour}" stroke-width="2"/>`);
  } else {
    parts.push(`<rect x="${n(m.x0)}" y="${n(m.y - 4)}" width="${n(m.x1 - m.x0)}" height="8" rx="2" fill="${colour}"${m.dashed ? ` fill-opacity="0.6" stroke="${colour}"${dash}` : ''}/>`);
  }
  return parts.join('');
}

function citationSvg(c: Citation, x: number, y: number, width: number, colors: TimelineColors): { svg: string; height: number } {
  const out: string[] = [];
  let at = y;
  const heading = wrapText(`[${c.note}] ${c.date} — ${c.title}`, width, CITATION_FONT_PX);
  for (const line of heading) {
    out.push(`<text x="${x}" y="${at}" font-weight="700" fill="${colors.text}">${escapeXml(line)}</text>`);
    at += LINE_PX;
  }
  if (c.quote) {
    const quote = c.quote.length > MAX_QUOTE_CHARS ? `${c.quote.slice(0, MAX_QUOTE_CHARS).trimEnd()}…` : c.quote;
    for (const line of wrapText(`“${quote}”`, width - 16, CITATION_FONT_PX)) {
      out.push(`<text x="${x + 16}" y="${at}" font-style="italic" fill="${colors.text}">${escapeXml(line)}</text>`);
      at += LINE_PX;
    }
  }
  if (c.source) {
    for (const line of wrapText(c.source, width - 16, CITATION_FONT_PX - 1)) {
      out.push(`<text x="${x + 16}" y="${at}" font-size="${CITATION_FONT_PX - 1}" fill="${colors.textMuted}">${escapeXml(line)}</text>`);
      at += LINE_PX - 2;
    }
  }
  return { svg: out.join(''), height: at - y + 10 };
}

export interface SvgOptions {
  readonly colors: TimelineColors;
  /** CSS to put in the document, e.g. an embedded @font-face. */
  readonly fontFaceCss?: string;
}

export function renderSvg(picture: ViewPicture, options: SvgOptions): { svg: string; width: number; height: number } {
  const c = options.colors;
  const { plot } = picture;
  const width = picture.width;
  const headerHeight = picture.caption ? 76 : 48;
  const plotTop = headerHeight;
  const body: string[] = [];

  body.push(`<text x="${MARGIN}" y="30" font-size="20" font-weight="700" fill="${c.text}">${escapeXml(fitText(picture.title, width - 2 * MARGIN, 20))}</text>`);
  if (picture.caption) body.push(`<text x="${MARGIN}" y="58" font-size="17" fill="${c.text}">${escapeXml(fitText(picture.caption, width - 2 * MARGIN, 17))}</text>`);

  const lanes = picture.lanes.map((lane, i) => {
    const top = plot.laneTop + i * plot.laneHeight;
    const stripe = i % 2 === 0 ? `<rect x="0" y="${top}" width="${width}" height="${plot.laneHeight}" fill="${c.surface}"/>` : '';
    const name = `<text x="12" y="${n(lane.y + 5)}" font-weight="700" fill="${c.text}">${escapeXml(fitText(lane.label, LANE_HEADER_PX - 20, LABEL_FONT_PX))}</text>`;
    return stripe + name;
  });
  body.push(`<g transform="translate(0 ${plotTop})">${lanes.join('')}</g>`);

  const plotParts: string[] = [];
  const axisBottom = plot.axisTop + AXIS_HEIGHT;
  for (const g of picture.gridlines) {
    if (g.x < 0 || g.x > plot.width) continue;
    plotParts.push(`<line x1="${n(g.x)}" x2="${n(g.x)}" y1="${plot.laneTop}" y2="${plot.axisTop + (g.major ? 7 : 4)}" stroke="${g.major ? c.border : c.grid}"/>`);
  }
  for (const band of picture.folds) {
    plotParts.push(`<rect x="${n(band.x0)}" y="0" width="${n(band.x1 - band.x0)}" height="${axisBottom}" fill="${c.bg}"/>`);
    for (const x of [band.x0 + 4, band.x1 - 4]) plotParts.push(`<line x1="${n(x)}" x2="${n(x)}" y1="0" y2="${plot.axisTop}" stroke="${c.fold}" stroke-width="1.5" stroke-dasharray="4 3"/>`);
  }
  plotParts.push(`<line x1="0" x2="${plot.width}" y1="${plot.axisTop + 0.5}" y2="${plot.axisTop + 0.5}" stroke="${c.border}"/>`);
  for (const t of picture.axis.ticks) {
    plotParts.push(`<text x="${n(t.x)}" y="${plot.axisTop + AXIS_TICK_LABEL_Y}" text-anchor="middle" fill="${t.major ? c.text : c.textMuted}">${escapeXml(t.label)}</text>`);
  }
  for (const label of picture.axis.context) {
    plotParts.push(`<text x="${n(label.x)}" y="${plot.axisTop + AXIS_CONTEXT_LABEL_Y}" fill="${c.text}">${escapeXml(label.label)}</text>`);
  }
  for (const band of picture.folds) {
    const x = band.labelCx - band.labelWidth / 2;
    plotParts.push(`<rect x="${n(x + 0.5)}" y="${plot.axisTop + 6.5}" width="${n(band.labelWidth - 1)}" height="19" rx="4" fill="${c.bg}" stroke="${c.fold}"/>`);
    plotParts.push(`<text x="${n(band.labelCx)}" y="${plot.axisTop + 20}" text-anchor="middle" font-weight="700" fill="${c.text}">${escapeXml(band.label)}</text>`);
  }
  for (const m of picture.marks) plotParts.push(markSvg(m, c));
  for (const l of picture.labels) {
    const note = `${l.note} `;
    const text = fitText(l.text, l.maxWidth - estimateTextWidth(note, LABEL_FONT_PX) * 1.1, LABEL_FONT_PX);
    plotParts.push(`<text x="${n(l.x)}" y="${n(l.y + 4.5)}" fill="${c.text}"><tspan font-weight="700" fill="${c.accent}">${note}</tspan>${escapeXml(text)}</text>`);
  }
  for (const b of picture.badges) plotParts.push(`<text x="${n(b.x + LABEL_PADDING_PX)}" y="${n(b.y + 4.5)}" font-weight="700" fill="${c.textMuted}">${escapeXml(b.text)}</text>`);
  body.push(`<g transform="translate(${LANE_HEADER_PX} ${plotTop})"><svg width="${plot.width}" height="${axisBottom}" overflow="hidden">${plotParts.join('')}</svg></g>`);

  let y = plotTop + plot.axisTop + AXIS_HEIGHT + 36;
  if (picture.citations.length > 0) {
    body.push(`<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${y - 22}" y2="${y - 22}" stroke="${c.border}"/>`);
    for (const citation of picture.citations) {
      const block = citationSvg(citation, MARGIN, y, width - 2 * MARGIN, c);
      body.push(block.svg);
      y += block.height;
    }
  }
  const height = Math.ceil(y + MARGIN / 2);

  const gradients = c.kinds.map((colour, k) =>
    `<linearGradient id="fade-left-${k}"><stop offset="0" stop-color="${colour}" stop-opacity="0"/><stop offset="1" stop-color="${colour}" stop-opacity="0.55"/></linearGradient>` +
    `<linearGradient id="fade-right-${k}"><stop offset="0" stop-color="${colour}" stop-opacity="0.55"/><stop offset="1" stop-color="${colour}" stop-opacity="0"/></linearGradient>`).join('');
  const style = `${options.fontFaceCss ?? ''}text{font-family:${PICTURE_FONT};font-size:${LABEL_FONT_PX}px}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${PICTURE_FONT}" font-size="${LABEL_FONT_PX}">` +
    `<title>${escapeXml(picture.title)}</title><defs><style><![CDATA[${style}]]></style>${gradients}</defs>` +
    `<rect width="${width}" height="${height}" fill="${c.bg}"/>${body.join('')}</svg>`;
  return { svg, height, width };
}
