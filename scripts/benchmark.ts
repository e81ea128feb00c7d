/**
 * `npm run bench [-- --only extraction|verification|scaling]`
 *
 * Speed figures, each compared with a baseline measured in the same run and reported as a ratio.
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const parts = values.only ? values.only.split(',') : ['extraction', 'verification', 'scaling'];
for (const part of parts) {
  const mod = (await import(`./bench/${part}.js`)) as { run: () => Promise<void> };
  await mod.run();
}
