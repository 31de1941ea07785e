import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeJsonAtomic } from '../../src/pipeline/atomic-write.js';

describe('writeFileAtomic', () => {
  it('should replace the target and leave no temporary file behind', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kazlex-atomic-'));
    const target = path.join(dir, 'sub', 'out.json');
    await writeJsonAtomic(target, { мәслихат: 'ә ғ қ ң ө ұ ү һ і' });
    await writeJsonAtomic(target, { мәслихат: 'екінші' });
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual({ мәслихат: 'екінші' });
    expect(await readdir(path.join(dir, 'sub'))).toEqual(['out.json']);
  });

  it('should keep the old file and clean up when the write fails', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kazlex-atomic-'));
    const target = path.join(dir, 'out.txt');
    await writeFile(target, 'old');
    // A folder in place of the target makes the final rename fail.
    const blocked = path.join(dir, 'blocked');
    await writeFileAtomic(path.join(blocked, 'x'), 'x');
    await expect(writeFileAtomic(blocked, 'new')).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['blocked', 'out.txt']);
  });
});
