import { downloadFile, fileSlug } from '../../components/ui/download';
import type { Dataset } from '../../domain/dataset';
import type { DatasetInput } from '../../domain/schema';
import { datasetToInput } from '../../domain/serializeDataset';
import type { Scene } from '../../domain/scenes';
import { storyHtml } from './model/exportHtml';
import { sceneContent } from './model/sceneContent';
import type { DatasetIndex } from '../../domain/dataset';

/** The dataset in its file format, with the story as its scenes. */
export function datasetFile(dataset: Dataset, scenes: readonly Scene[]): DatasetInput {
  return { ...datasetToInput(dataset), scenes: [...scenes] };
}

export function exportStoryHtml(index: DatasetIndex, scenes: readonly Scene[], locale: string): void {
  const title = index.dataset.title ?? 'Sourceline story';
  const html = storyHtml({
    title,
    exportedAt: new Date().toISOString().slice(0, 10),
    scenes: scenes.map((s) => {
      const c = sceneContent(index, s, locale);
      return {
        caption: c.caption,
        ...(c.when ? { when: c.when } : {}),
        ...(c.eventTitle ? { eventTitle: c.eventTitle } : {}),
        ...(c.quote ? { quote: c.quote } : {}),
        ...(c.citation ? { citation: c.citation } : {}),
      };
    }),
  });
  downloadFile(`${fileSlug(title, 'story')}-story.html`, html, 'text/html;charset=utf-8');
}

export function exportDatasetJson(index: DatasetIndex, scenes: readonly Scene[]): void {
  const title = index.dataset.title ?? 'dataset';
  downloadFile(`${fileSlug(title, 'story')}.json`, JSON.stringify(datasetFile(index.dataset, scenes), null, 2) + '\n', 'application/json');
}

/** The same file as Arrow IPC tables (docs/data-format.md); the writer is loaded only when asked for. */
export async function exportDatasetArrow(index: DatasetIndex, scenes: readonly Scene[]): Promise<void> {
  const { datasetToArrow } = await import('../../domain/arrow/writeArrow');
  const title = index.dataset.title ?? 'dataset';
  const bytes = datasetToArrow(datasetFile(index.dataset, scenes));
  downloadFile(`${fileSlug(title, 'story')}.arrow`, bytes, 'application/vnd.apache.arrow.stream');
}
