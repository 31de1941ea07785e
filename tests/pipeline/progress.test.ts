import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, {
    isTTY,
    columns: 120,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  return { stream, written: () => out };
}

describe('createProgress', () => {
  it('should draw nothing when the stream is not a terminal', () => {
    const { stream, written } = fakeStream(false);
    const progress = createProgress({ quiet: false, stream });
    progress.start(3, 3_000_000);
    progress.advance(1_000_000);
    progress.stop();
    expect(written()).toBe('');
  });

  it('should draw nothing with --quiet, even on a terminal', () => {
    const { stream, written } = fakeStream(true);
    const progress = createProgress({ quiet: true, stream });
    progress.start(3, 3_000_000);
    progress.advance(1_000_000);
    progress.stop();
    expect(written()).toBe('');
  });

  it('should show files and megabytes on a terminal', () => {
    const { stream, written } = fakeStream(true);
    const progress = createProgress({ quiet: false, stream });
    progress.start(3, 3_145_728);
    progress.advance(1_048_576);
    progress.stop();
    expect(written()).toMatch(/files \d\/3 \| [\d.]+\/3\.0 MB/);
  });
});
