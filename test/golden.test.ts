/**
 * Golden tests: each test/fixtures/<case>/ holds `input.txt`, optional `meta.json` (published, title…)
 * and `expected.json`, whose top-level keys name the report parts the case pins (e.g. "article",
 * "quotes"). Update on purpose with `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`, then review
 * the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyzer.ts';
import type { Report } from '../src/core/types.ts';

const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'input.txt')) && existsSync(join(root, d, 'expected.json')));
const analyzer = createAnalyzer();

/** Pick a dotted path ("article.authors") out of the report. */
function pick(report: Report, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], report);
}

describe('golden fixtures', () => {
  it('has fixtures to check', () => expect(cases.length).toBeGreaterThan(0));
  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name);
      const meta = existsSync(join(dir, 'meta.json')) ? JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) : {};
      const text = readFileSync(join(dir, 'input.txt'), 'utf8');
      const report = analyzer.analyze({ ...meta, text });
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
      const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, pick(report, k)]));
      if (process.env.UPDATE_GOLDEN) writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(actual, null, 2)}\n`);
      else expect(actual).toEqual(expected);
    });
  }
});
