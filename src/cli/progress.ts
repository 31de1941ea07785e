/**
 * A progress bar on stderr for long runs: files, MB and ETA. It is off when
 * stderr is not a terminal (CI logs, pipes) or when the user asks for quiet.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  start(totalFiles: number, totalBytes: number): void;
  advance(bytes: number): void;
  stop(): void;
}

const silent: Progress = { start() {}, advance() {}, stop() {} };

export function createProgress(options: { quiet: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'files {value}/{total} | {mb}/{totalMb} MB | {speed} MB/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let bytes = 0;
  let totalMb = '0';
  let startedAt = Date.now();
  const mb = (value: number) => (value / 1_048_576).toFixed(1);
  return {
    start(totalFiles, totalBytes) {
      totalMb = mb(totalBytes);
      startedAt = Date.now();
      bar.start(totalFiles, 0, { mb: '0.0', totalMb, speed: '0.0' });
    },
    advance(fileBytes) {
      bytes += fileBytes;
      const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
      bar.increment(1, { mb: mb(bytes), totalMb, speed: mb(bytes / seconds) });
    },
    stop() {
      bar.stop();
    },
  };
}
