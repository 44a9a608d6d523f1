/**
 * Writing generated datasets to disk, shared by the generator CLI, the benchmark and the
 * browser journeys that need a large file.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { datasetToArrow } from '../../src/domain/arrow/writeArrow.ts';
import { generateDataset, GENERATOR_VERSION, type GenerateOptions } from '../../src/domain/generate/generateDataset.ts';
import type { DatasetFormat } from '../../src/domain/readDatasetBytes.ts';

export const DATASET_FORMATS: readonly DatasetFormat[] = ['json', 'arrow'];

/** A file name that changes whenever the content for these options would. */
export function datasetFileName(options: GenerateOptions, format: DatasetFormat = 'json'): string {
  return `events-${options.events}-seed-${options.seed}-g${GENERATOR_VERSION}.${format}`;
}

/** Generates and writes the dataset; written to a temporary name first so an interrupted run leaves no half file. */
export function writeDataset(
  options: GenerateOptions,
  out: string,
  { pretty = false, format = 'json' }: { pretty?: boolean; format?: DatasetFormat } = {},
): { bytes: number; events: number; sources: number } {
  const dataset = generateDataset(options);
  const content = format === 'arrow' ? datasetToArrow(dataset) : (pretty ? JSON.stringify(dataset, null, 2) : JSON.stringify(dataset)) + '\n';
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, out);
  return { bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.length, events: dataset.events.length, sources: dataset.sources.length };
}
