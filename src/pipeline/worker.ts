/**
 * Worker-thread entry for the corpus pool. Each thread imports the pipeline
 * once, so the acts registry and language profiles load once per thread and
 * serve every file that thread handles.
 */
import { type FileTask, type FileTaskResult, processFile } from './process-file.js';
import { nameThisThread, WORKER_THREAD_NAME } from './thread-name.js';

nameThisThread(WORKER_THREAD_NAME);

export default function runTask(task: FileTask): Promise<FileTaskResult> {
  return processFile(task);
}
