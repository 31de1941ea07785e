import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(projectRoot, 'src/cli/bin.ts');
// Resolved from the project, since the commands run in a temporary folder.
const tsxLoader = pathToFileURL(path.join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;

function kazlex(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function makeCorpus(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'kazlex-cli-'));
  await mkdir(path.join(root, 'corpus'));
  await writeFile(path.join(root, 'corpus', 'a.txt'), 'Аудандық мәслихат шешім қабылдады.\n');
  return root;
}

describe('kazlex CLI', () => {
  it('should keep the version in step with package.json', async () => {
    const pkg = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8'));
    expect(pkg.version).toBe(VERSION);
  });

  it('should print JSON on stdout only, and exit 0 when every file is ok', async () => {
    const root = await makeCorpus();
    const result = kazlex(['run', 'corpus', '--json', '--out', 'out'], root);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.totals).toMatchObject({ files: 1, ok: 1, failed: 0 });
    expect(result.stderr).toContain('1 ok');
  });

  it('should exit 1 and name the file when an input fails', async () => {
    const root = await makeCorpus();
    await writeFile(path.join(root, 'corpus', 'b.txt'), '');
    const result = kazlex(['ingest', 'corpus', '--quiet', '--out', 'out'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('corpus/b.txt');
  });

  it('should exit 2 on a usage error and 0 on --help', async () => {
    const root = await makeCorpus();
    expect(kazlex(['run', '--no-such-flag'], root).code).toBe(2);
    expect(kazlex(['run', '--concurrency', 'zero'], root).code).toBe(2);
    expect(kazlex(['frobnicate'], root).code).toBe(2);
    const help = kazlex(['run', '--help'], root);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--concurrency');
  });

  it('should print one JSON document per file for segment --json, in source offsets', async () => {
    const root = await makeCorpus();
    await writeFile(
      path.join(root, 'corpus', 'b.txt'),
      'Согласно п. 1 ст. 89 Конституции РК аким назначается. Маслихат избирается.\n',
    );
    const result = kazlex(['segment', 'corpus', '--json'], root);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual(['corpus/a.txt', 'corpus/b.txt']);
    const source = await readFile(path.join(root, 'corpus', 'b.txt'), 'utf8');
    const sentences = lines[1].sentences.map((s: { start: number; end: number }) =>
      source.slice(s.start, s.end),
    );
    expect(sentences).toEqual([
      'Согласно п. 1 ст. 89 Конституции РК аким назначается.',
      'Маслихат избирается.',
    ]);
  });

  it('should write Akoma Ntoso XML with segment --format akn', async () => {
    const root = await makeCorpus();
    await writeFile(
      path.join(root, 'corpus', 'law.md'),
      '### 5-бап. Мәслихат\n\n1. Мәслихат бюджетті бекітеді.\n',
    );
    const result = kazlex(['segment', 'corpus/law.md', '--format', 'akn', '--out', 'akn'], root);
    expect(result.code).toBe(0);
    const xml = await readFile(path.join(root, 'akn', 'law.akn.xml'), 'utf8');
    expect(xml).toContain('<akomaNtoso');
    expect(xml).toMatch(/<article eId="art_5"/);
    expect(xml).toContain('Мәслихат бюджетті бекітеді.');
  });

  it('should render sample data to DOCX and PDF, and refuse invalid data with exit 1', async () => {
    const root = await makeCorpus();
    const example = path.join(projectRoot, 'templates/examples/decision-inder-2023.yaml');
    const ok = kazlex(
      [
        'render',
        'decision',
        example,
        '--lang',
        'kk',
        '--format',
        'pdf',
        '--out',
        'docs',
        '--quiet',
      ],
      root,
    );
    expect(ok.code).toBe(0);
    const written = await readdir(path.join(root, 'docs'));
    expect(written).toEqual([expect.stringMatching(/^decision_.*\.kk\.pdf$/)]);

    await writeFile(path.join(root, 'bad.yaml'), 'kind: decision\nnumber: 5\n');
    const bad = kazlex(['validate', 'bad.yaml'], root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.yaml');
    expect(kazlex(['render', 'decision', example, '--lang', 'fr'], root).code).toBe(2);
  });
});
