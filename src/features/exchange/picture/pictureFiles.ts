/**
 * Pictures as files, in the browser: SVG as rendered, PNG rasterised from the same SVG at
 * twice the pixel ratio, and a PDF with one picture per page (jsPDF with svg2pdf.js). The
 * PNG and the PDF carry an embedded Cyrillic font (PT Sans, from an npm font package,
 * fetched from the app's own assets only when exporting), so Russian text renders whatever
 * fonts the machine has; the SVG names the font and lets its viewer substitute.
 */
import regularUrl from '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf?url';
import italicUrl from '@expo-google-fonts/pt-sans/400Regular_Italic/PTSans_400Regular_Italic.ttf?url';
import { FALLBACK_COLORS, type TimelineColors } from '../../timeline/canvas/colors';
import { renderSvg } from './renderSvg';
import type { ViewPicture } from './viewPicture';

/** Exports are for paper and slides: the light theme's palette, whatever the screen shows. */
const PICTURE_COLORS: TimelineColors = { ...FALLBACK_COLORS, font: "'PT Sans', sans-serif" };

const FACES = [
  { url: regularUrl, file: 'PTSans-Regular.ttf', weight: 400, style: 'normal', jspdfStyle: 'normal' },
  { url: boldUrl, file: 'PTSans-Bold.ttf', weight: 700, style: 'normal', jspdfStyle: 'bold' },
  { url: italicUrl, file: 'PTSans-Italic.ttf', weight: 400, style: 'italic', jspdfStyle: 'italic' },
] as const;

let fontData: Promise<string[]> | null = null;

/** The font files as base64, fetched once. */
function loadFonts(): Promise<string[]> {
  fontData ??= Promise.all(
    FACES.map(async (face) => {
      const response = await fetch(face.url);
      if (!response.ok) throw new Error(`the export font could not be loaded (HTTP ${response.status})`);
      return base64(new Uint8Array(await response.arrayBuffer()));
    }),
  ).catch((e: unknown) => {
    fontData = null;
    throw e;
  });
  return fontData;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function fontFaceCss(): Promise<string> {
  const data = await loadFonts();
  return FACES.map((face, i) => `@font-face{font-family:'PT Sans';font-weight:${face.weight};font-style:${face.style};src:url(data:font/ttf;base64,${data[i]}) format('truetype')}`).join('');
}

export function pictureSvg(picture: ViewPicture): Blob {
  return new Blob([renderSvg(picture, { colors: PICTURE_COLORS }).svg], { type: 'image/svg+xml' });
}

/** PNG at `pixelRatio` (2 by default: 2,560 px wide for a 1,280 px picture). */
export async function picturePng(picture: ViewPicture, pixelRatio = 2): Promise<Blob> {
  const { svg, width, height } = renderSvg(picture, { colors: PICTURE_COLORS, fontFaceCss: await fontFaceCss() });
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw the picture (no 2D canvas)');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded as PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** One page per picture, each the picture's own size, text as text (selectable, searchable). */
export async function picturesPdf(pictures: readonly ViewPicture[], title: string): Promise<Blob> {
  const [{ jsPDF }, , fonts] = await Promise.all([import('jspdf'), import('svg2pdf.js'), loadFonts()]);
  let doc: InstanceType<typeof jsPDF> | null = null;
  for (const picture of pictures) {
    const { svg, width, height } = renderSvg(picture, { colors: PICTURE_COLORS });
    const format: [number, number] = [width, height];
    const orientation = width >= height ? 'landscape' : 'portrait';
    if (!doc) {
      doc = new jsPDF({ unit: 'px', format, orientation, hotfixes: ['px_scaling'], compress: true });
      FACES.forEach((face, i) => {
        doc!.addFileToVFS(face.file, fonts[i]!);
        doc!.addFont(face.file, 'PT Sans', face.jspdfStyle);
      });
      doc.setProperties({ title, creator: 'Sourceline' });
    } else {
      doc.addPage(format, orientation);
    }
    doc.setFont('PT Sans', 'normal');
    const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    await doc.svg(element, { x: 0, y: 0, width, height });
  }
  if (!doc) throw new Error('there is nothing to put in the PDF');
  return doc.output('blob');
}
