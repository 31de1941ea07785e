import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/ingest/discover.js';

let root = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kazlex-discover-'));
  await mkdir(path.join(root, 'b', 'deep'), { recursive: true });
  await mkdir(path.join(root, '.hidden'));
  await writeFile(path.join(root, 'b', 'deep', 'заң.txt'), 'Заң');
  await writeFile(path.join(root, 'a.md'), '# A');
  await writeFile(path.join(root, 'c.HTML'), '<p>c</p>');
  await writeFile(path.join(root, 'notes.xyz'), 'ignored');
  await writeFile(path.join(root, '.secret.txt'), 'hidden');
  await writeFile(path.join(root, '.hidden', 'x.txt'), 'hidden');
  // A link back to the root: following it would never end.
  await symlink(root, path.join(root, 'b', 'loop'));
});

describe('discoverFiles', () => {
  it('should list supported files in a stable order, skipping hidden ones and link loops', async () => {
    const files = await discoverFiles([root], { cwd: root });
    expect(files.map((f) => f.relative)).toEqual(['a.md', 'b/deep/заң.txt', 'c.HTML']);
  });

  it('should apply include and exclude globs', async () => {
    const onlyText = await discoverFiles([root], { cwd: root, include: ['**/*.txt'] });
    expect(onlyText.map((f) => f.relative)).toEqual(['b/deep/заң.txt']);
    const withoutDeep = await discoverFiles([root], { cwd: root, exclude: ['**/deep/**'] });
    expect(withoutDeep.map((f) => f.relative)).toEqual(['a.md', 'c.HTML']);
  });

  it('should expand globs and keep explicitly named files, even missing ones', async () => {
    const files = await discoverFiles(['*.md', 'missing.txt', 'notes.xyz'], { cwd: root });
    expect(files.map((f) => f.relative)).toEqual(['a.md', 'missing.txt', 'notes.xyz']);
  });

  it('should not list a file twice when inputs overlap', async () => {
    const files = await discoverFiles([root, 'a.md'], { cwd: root });
    expect(files.filter((f) => f.relative === 'a.md')).toHaveLength(1);
  });
});

describe('discoverFiles with links', () => {
  it('should keep links to files and dangling links, but not walk links to folders', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kazlex-links-'));
    await writeFile(path.join(dir, 'real.txt'), 'мәтін');
    await symlink(path.join(dir, 'real.txt'), path.join(dir, 'alias.txt'));
    await symlink(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    await symlink(dir, path.join(dir, 'loop.txt'));
    const files = await discoverFiles([dir], { cwd: dir });
    expect(files.map((f) => f.relative)).toEqual(['alias.txt', 'dangling.txt', 'real.txt']);
  });
});
