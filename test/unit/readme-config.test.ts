import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { z } from 'zod';
import { ENV_SCHEMA } from '../../server/src/core/config';

/**
 * README.md's "Environment variables" table is the operator's reference: a variable config.ts reads but the table
 * lacks is undiscoverable, and a row for a variable nothing reads is a setting that silently does nothing.
 */
const README = path.resolve(__dirname, '../../README.md');

/**
 * Rows for variables read outside config.ts, each with where. Keep this short: a variable the server reads belongs
 * in config.ts, where it is validated at start.
 */
const READ_ELSEWHERE: Record<string, string> = {
  ORIGIN: 'read by SvelteKit’s adapter-node handler, mounted in the same process (server/src/http/apps.ts)',
};

/** The table under the "## Environment variables" heading: variable name → its cells (name, default, meaning). */
function readmeTable(): Map<string, string[]> {
  const lines = fs.readFileSync(README, 'utf8').split('\n');
  const heading = lines.findIndex((l) => /^##\s+Environment variables\s*$/.test(l));
  expect(heading, 'README.md has an "## Environment variables" section').to.be.at.least(0);
  const section = lines.slice(heading + 1);
  const end = section.findIndex((l) => /^#{1,2}\s/.test(l));
  const start = section.findIndex((l) => l.startsWith('|'));
  expect(start, 'the section has a table').to.be.at.least(0);
  const table = section.slice(start, end < 0 ? undefined : end);
  const rows = new Map<string, string[]>();
  // Skip the header row and the |---| separator; the table ends at its first non-row line.
  for (const line of table.slice(2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const name = cells[0].replace(/^`|`$/g, '');
    expect(rows.has(name), `${name} has one row, not two`).to.equal(false);
    rows.set(name, cells);
  }
  return rows;
}

describe('unit: README documents every configuration variable', () => {
  const variables = Object.keys(ENV_SCHEMA);

  it('every variable config.ts reads has a row in the README’s "Environment variables" table, and every row is read', () => {
    const rows = readmeTable();
    const missing = variables.filter((v) => !rows.has(v));
    const extra = [...rows.keys()].filter((v) => !variables.includes(v) && !(v in READ_ELSEWHERE));
    expect({ missing, extra }, 'README.md "Environment variables" vs server/src/config.ts').to.deep.equal({
      missing: [],
      extra: [],
    });
    for (const v of Object.keys(READ_ELSEWHERE))
      expect(rows.has(v), `${v} (${READ_ELSEWHERE[v]}) is still documented`).to.equal(true);
  });

  it('the README’s default of every variable with one is config.ts’s default', () => {
    const rows = readmeTable();
    const wrong: string[] = [];
    for (const [name, type] of Object.entries(ENV_SCHEMA)) {
      if (!(type instanceof z.ZodDefault) || !rows.has(name)) continue;
      const value = String((type as z.ZodDefault).def.defaultValue);
      const documented = rows.get(name)![1];
      if (!documented.startsWith(`\`${value}\``)) wrong.push(`${name}: README says ${documented}, config.ts ${value}`);
    }
    expect(wrong).to.deep.equal([]);
  });
});
