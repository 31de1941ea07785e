import { fileURLToPath } from 'node:url';
import { loadDocumentData } from '../../src/documents/index.js';

export const examplesDir = fileURLToPath(new URL('../../templates/examples/', import.meta.url));
export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

export const sampleFiles = {
  decision2023: 'decision-inder-2023.yaml',
  decision2022: 'decision-samar-2022.yaml',
  session: 'session-minutes-inder-2023.yaml',
  assembly: 'assembly-minutes-zhana-aul-2024.yaml',
  gathering: 'gathering-minutes-kokterek-2024.yaml',
} as const;

/** Sample data as tests mutate it: deliberately untyped so a test can break any field. */
// biome-ignore lint/suspicious/noExplicitAny: tests write invalid values on purpose
export type SampleData = Record<string, any>;

/** A fresh, mutable copy of a sample data file. */
export async function sample(name: keyof typeof sampleFiles): Promise<SampleData> {
  return structuredClone(
    (await loadDocumentData(`${examplesDir}${sampleFiles[name]}`)) as SampleData,
  );
}
