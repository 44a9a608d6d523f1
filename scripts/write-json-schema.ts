/**
 * Writes public/schema/dataset.schema.json from the zod definition in
 * src/domain/schema.ts, so the published schema can never disagree with the parser.
 * Runs before every build (npm run schema).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema } from '../src/domain/schema.ts';

const out = fileURLToPath(new URL('../public/schema/dataset.schema.json', import.meta.url));
writeFileSync(out, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
console.log('wrote public/schema/dataset.schema.json');
