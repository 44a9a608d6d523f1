import { describe, expect, it } from 'vitest';
import { datasetToArrow } from './arrow/writeArrow';
import { generateDataset } from './generate/generateDataset';
import { readDatasetBytes, unreadableMessage } from './readDatasetBytes';

const input = generateDataset({ events: 30, seed: 5 });
const encode = (text: string) => new TextEncoder().encode(text);

describe('readDatasetBytes', () => {
  it('tells Arrow from JSON by the bytes and reads both to the same dataset', () => {
    const json = readDatasetBytes(encode(JSON.stringify(input)));
    const arrow = readDatasetBytes(datasetToArrow(input));
    expect([json.format, arrow.format]).toEqual(['json', 'arrow']);
    expect(arrow.value).toEqual(json.value);
  });

  it('says a broken JSON file is not valid JSON, with the parser\'s reason', () => {
    const out = readDatasetBytes(encode('{"format": "sourceline/dataset", '));
    expect(out.value).toBeNull();
    expect(unreadableMessage('data/x.json', out.unreadable!)).toMatch(/^data\/x\.json is not valid JSON: /);
  });

  it('says a truncated Arrow file is not a readable Arrow file, and where it breaks', () => {
    const bytes = datasetToArrow(input);
    const out = readDatasetBytes(bytes.subarray(0, bytes.length - 100));
    expect(out.format).toBe('arrow');
    expect(unreadableMessage('big.arrow', out.unreadable!)).toMatch(/^big\.arrow is not a readable Arrow file: the file is cut short: table \d breaks off at byte \d+/);
  });

  it('passes the dataset problems of a readable file through, for either format', () => {
    const bad = { ...input, events: [{ ...input.events[0]!, when: 'soon' }] };
    for (const bytes of [encode(JSON.stringify(bad)), datasetToArrow(bad)]) {
      const out = readDatasetBytes(bytes);
      expect(out.unreadable).toBeUndefined();
      expect(out.problems.map((p) => p.path)).toEqual(['events[0].when']);
    }
  });
});
