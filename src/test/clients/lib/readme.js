// The ```graphql blocks of README.md and docs/QUERIES.md, so the documentation is executed and validated, not just read.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_DIR } from './env.js';

export const DOCUMENTED = ['README.md', 'docs/QUERIES.md'];

export function readmeGraphQLBlocks() {
  const blocks = [];
  for (const file of DOCUMENTED) {
    const text = readFileSync(resolve(PROJECT_DIR, file), 'utf8');
    const fence = /^```graphql[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
    let m;
    while ((m = fence.exec(text)) !== null) {
      const line = text.slice(0, m.index).split('\n').length;
      blocks.push({ file, line, source: m[1] });
    }
  }
  return blocks;
}
