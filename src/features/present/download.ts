import type { Dataset } from '../../domain/dataset';
import type { DatasetInput } from '../../domain/schema';
import { datasetToInput } from '../../domain/serializeDataset';
import type { Scene } from '../../domain/scenes';
import { storyHtml } from './model/exportHtml';
import { sceneContent } from './model/sceneContent';
import type { DatasetIndex } from '../../domain/dataset';

/** Offers `content` as a file download through a Blob URL. */
export function download(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The dataset in its file format, with the story as its scenes. */
export function datasetFile(dataset: Dataset, scenes: readonly Scene[]): DatasetInput {
  return { ...datasetToInput(dataset), scenes: [...scenes] };
}

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'story'
  );
}

export function exportStoryHtml(index: DatasetIndex, scenes: readonly Scene[]): void {
  const title = index.dataset.title ?? 'Sourceline story';
  const html = storyHtml({
    title,
    exportedAt: new Date().toISOString().slice(0, 10),
    scenes: scenes.map((s) => {
      const c = sceneContent(index, s);
      return {
        caption: c.caption,
        ...(c.when ? { when: c.when } : {}),
        ...(c.eventTitle ? { eventTitle: c.eventTitle } : {}),
        ...(c.quote ? { quote: c.quote } : {}),
        ...(c.citation ? { citation: c.citation } : {}),
      };
    }),
  });
  download(`${slug(title)}-story.html`, html, 'text/html;charset=utf-8');
}

export function exportDatasetJson(index: DatasetIndex, scenes: readonly Scene[]): void {
  const title = index.dataset.title ?? 'dataset';
  download(`${slug(title)}.json`, JSON.stringify(datasetFile(index.dataset, scenes), null, 2) + '\n', 'application/json');
}

/** The same file as Arrow IPC tables (docs/data-format.md); the writer is loaded only when asked for. */
export async function exportDatasetArrow(index: DatasetIndex, scenes: readonly Scene[]): Promise<void> {
  const { datasetToArrow } = await import('../../domain/arrow/writeArrow');
  const title = index.dataset.title ?? 'dataset';
  const bytes = datasetToArrow(datasetFile(index.dataset, scenes));
  download(`${slug(title)}.arrow`, bytes as Uint8Array<ArrayBuffer>, 'application/vnd.apache.arrow.stream');
}
