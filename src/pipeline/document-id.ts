import { createHash } from 'node:crypto';

/**
 * A stable, file-system-safe id for a corpus file: a readable slug of its name
 * plus a short hash of its relative path, so two `law.txt` in different
 * folders never collide and re-runs reuse the same output file.
 */
export function documentId(relativePath: string): string {
  const base = relativePath.split('/').pop() ?? relativePath;
  const slug =
    base
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'doc';
  const hash = createHash('sha256').update(relativePath).digest('hex').slice(0, 8);
  return `${slug}-${hash}`;
}
