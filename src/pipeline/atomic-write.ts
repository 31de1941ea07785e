/**
 * Atomic file writes: data goes to a temporary file in the same folder, is
 * flushed, then renamed over the target. A reader (or a crash) never sees a
 * half-written output file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** `data` may come in pieces, written in order, so a caller never has to join a large text. */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array | readonly string[],
): Promise<void> {
  const folder = path.dirname(target);
  await mkdir(folder, { recursive: true });
  const temporary = path.join(
    folder,
    `.kazlex-tmp-${path.basename(target)}-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  try {
    const handle = await open(temporary, 'w');
    try {
      // writeFile, unlike write, loops until all of a piece is written; on an
      // open handle each call continues where the last one ended.
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else for (const piece of data) await handle.writeFile(piece);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function writeJsonAtomic(target: string, value: unknown): Promise<void> {
  await writeFileAtomic(target, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * A file written piece by piece, for outputs too large to build in memory.
 * Nothing appears at `target` until `commit`; `abort` leaves no trace.
 */
export interface AtomicFile {
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openAtomicFile(target: string): Promise<AtomicFile> {
  const folder = path.dirname(target);
  await mkdir(folder, { recursive: true });
  const temporary = path.join(
    folder,
    `.kazlex-tmp-${path.basename(target)}-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const handle = await open(temporary, 'w');
  let closed = false;
  return {
    async write(chunk) {
      await handle.writeFile(chunk);
    },
    async commit() {
      await handle.sync();
      await handle.close();
      closed = true;
      await rename(temporary, target);
    },
    async abort() {
      if (!closed) await handle.close();
      closed = true;
      await rm(temporary, { force: true });
    },
  };
}
