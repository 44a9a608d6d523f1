/**
 * Writes a synthetic Sourceline dataset: valid, deterministic for a seed, of any size.
 *   npm run generate-dataset -- --events 10000 --seed 1 --out bench/datasets/10k.json
 *   npm run generate-dataset -- --events 1000000 --seed 1 --format arrow --out bench/datasets/1m.arrow
 * The generation itself is pure and lives in src/domain/generate/.
 */
import { resolve } from 'node:path';
import { MAX_EVENTS } from '../src/domain/generate/generateDataset.ts';
import { integerOption, parseCommandLine, runMain, UsageError } from './lib/args.ts';
import { DATASET_FORMATS, writeDataset } from './lib/datasetFile.ts';

const USAGE = `usage: npm run generate-dataset -- --events N --seed S --out FILE [--format json|arrow] [--pretty]
  --events N      number of events, 1 to ${MAX_EVENTS.toLocaleString('en')}
  --seed S        PRNG seed, 0 to 4294967295; the same seed always gives the same file
  --out FILE      where to write it (directories are created)
  --format F      json (default) or arrow: Arrow IPC tables, see docs/data-format.md
  --pretty        indent the JSON (larger; the default is compact)`;

runMain(() => {
  const args = parseCommandLine(process.argv.slice(2), {
    events: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string', default: 'json' },
    pretty: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (args.help) return void console.log(USAGE);
  const events = integerOption('events', args.events, 1, MAX_EVENTS);
  const seed = integerOption('seed', args.seed, 0, 0xffffffff);
  if (!args.out) throw new UsageError('--out is required');
  const format = DATASET_FORMATS.find((f) => f === args.format);
  if (!format) throw new UsageError(`--format must be ${DATASET_FORMATS.join(' or ')}, got "${args.format}"`);
  if (format === 'arrow' && args.pretty) throw new UsageError('--pretty applies to JSON only');
  const out = resolve(args.out);

  const started = performance.now();
  const written = writeDataset({ events, seed }, out, { pretty: args.pretty, format });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `wrote ${out}: ${written.events.toLocaleString('en')} events, ${written.sources} sources, ` +
      `${(written.bytes / 1e6).toFixed(1)} MB in ${seconds} s`,
  );
}, USAGE);
