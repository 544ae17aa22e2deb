// The ```graphql blocks of README.md, so the documentation is executed and validated, not just read.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_DIR } from './env.js';

export function readmeGraphQLBlocks() {
  const text = readFileSync(resolve(PROJECT_DIR, 'README.md'), 'utf8');
  const blocks = [];
  const fence = /^```graphql[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  let m;
  while ((m = fence.exec(text)) !== null) {
    const line = text.slice(0, m.index).split('\n').length;
    blocks.push({ line, source: m[1] });
  }
  return blocks;
}
