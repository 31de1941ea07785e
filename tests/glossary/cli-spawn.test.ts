import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
const bin = join(root, 'src/cli/bin.ts');
/** The spawn test runs once the lead has wired the glossary commands into src/cli/main.ts. */
const wired = readFileSync(join(root, 'src/cli/main.ts'), 'utf8').includes('registerCheckCommand');

describe.skipIf(!wired)('kazlex check as a process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kazlex-check-spawn-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints file:line:col findings and exits 1 on a deprecated term', () => {
    const file = join(dir, 'decision.kk.txt');
    writeFileSync(file, 'Облыстық өкілетті органның шешімі.\n');
    const result = spawnSync(
      process.execPath,
      ['--import', tsxLoader, bin, 'check', file, '--db', join(dir, 'absent.db')],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      `${file}:1:10  deprecated-term  \`өкілетті орган\` is deprecated, use \`өкілді органның\`\n`,
    );
  });
});
