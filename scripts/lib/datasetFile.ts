/**
 * Writing generated datasets to disk, shared by the generator CLI and the benchmark.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateDataset, GENERATOR_VERSION, type GenerateOptions } from '../../src/domain/generate/generateDataset.ts';

/** A file name that changes whenever the content for these options would. */
export function datasetFileName(options: GenerateOptions): string {
  return `events-${options.events}-seed-${options.seed}-g${GENERATOR_VERSION}.json`;
}

/** Generates and writes the dataset; written to a temporary name first so an interrupted run leaves no half file. */
export function writeDataset(options: GenerateOptions, out: string, pretty = false): { bytes: number; events: number; sources: number } {
  const dataset = generateDataset(options);
  const json = pretty ? JSON.stringify(dataset, null, 2) : JSON.stringify(dataset);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, json + '\n');
  renameSync(tmp, out);
  return { bytes: Buffer.byteLength(json) + 1, events: dataset.events.length, sources: dataset.sources.length };
}
