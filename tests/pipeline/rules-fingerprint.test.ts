import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fingerprintRules,
  resultsVersion,
  rulesFingerprint,
} from '../../src/pipeline/rules-fingerprint.js';
import { VERSION } from '../../src/version.js';

let dataDir = '';

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kazlex-rules-'));
  await mkdir(path.join(dataDir, 'acts'));
  await mkdir(path.join(dataDir, 'documents'));
  await writeFile(path.join(dataDir, 'acts', 'core.json'), '{"acts":[]}');
  await writeFile(path.join(dataDir, 'documents', 'template.json'), '{}');
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('fingerprintRules', () => {
  it('should change when a rules file changes, appears or is renamed', async () => {
    const before = fingerprintRules(dataDir);
    expect(fingerprintRules(dataDir)).toBe(before);
    await writeFile(path.join(dataDir, 'acts', 'core.json'), '{"acts":[{"id":"law-1"}]}');
    const edited = fingerprintRules(dataDir);
    expect(edited).not.toBe(before);
    await writeFile(path.join(dataDir, 'acts', 'extra.json'), '{}');
    const added = fingerprintRules(dataDir);
    expect(added).not.toBe(edited);
    await rm(path.join(dataDir, 'acts', 'extra.json'));
    await writeFile(path.join(dataDir, 'acts', 'other.json'), '{}');
    expect(fingerprintRules(dataDir)).not.toBe(added);
  });

  it('should ignore what only document rendering reads', async () => {
    const before = fingerprintRules(dataDir);
    await writeFile(path.join(dataDir, 'documents', 'template.json'), '{"changed":true}');
    expect(fingerprintRules(dataDir)).toBe(before);
  });

  it('should tie the results version to the kazlex version and the project data', () => {
    expect(resultsVersion()).toBe(`${VERSION}+rules.${rulesFingerprint()}`);
    expect(rulesFingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });
});
