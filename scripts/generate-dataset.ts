/**
 * Writes a synthetic Sourceline dataset: valid, deterministic for a seed, of any size.
 *   npm run generate-dataset -- --events 10000 --seed 1 --out bench/datasets/10k.json
 * The generation itself is pure and lives in src/domain/generate/.
 */
import { resolve } from 'node:path';
import { MAX_EVENTS } from '../src/domain/generate/generateDataset.ts';
import { integerOption, parseCommandLine, runMain, UsageError } from './lib/args.ts';
import { writeDataset } from './lib/datasetFile.ts';

const USAGE = `usage: npm run generate-dataset -- --events N --seed S --out FILE [--pretty]
  --events N   number of events, 1 to ${MAX_EVENTS.toLocaleString('en')}
  --seed S     PRNG seed, 0 to 4294967295; the same seed always gives the same file
  --out FILE   where to write the JSON (directories are created)
  --pretty     indent the JSON (larger; the default is compact)`;

runMain(() => {
  const args = parseCommandLine(process.argv.slice(2), {
    events: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    pretty: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (args.help) return void console.log(USAGE);
  const events = integerOption('events', args.events, 1, MAX_EVENTS);
  const seed = integerOption('seed', args.seed, 0, 0xffffffff);
  if (!args.out) throw new UsageError('--out is required');
  const out = resolve(args.out);

  const started = performance.now();
  const written = writeDataset({ events, seed }, out, args.pretty);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `wrote ${out}: ${written.events.toLocaleString('en')} events, ${written.sources} sources, ` +
      `${(written.bytes / 1e6).toFixed(1)} MB in ${seconds} s`,
  );
}, USAGE);
