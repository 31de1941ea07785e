/**
 * Rendering speed: decisions in kk and ru to DOCX and PDF, in documents (files) per second,
 * against the LibreOffice route (DOCX → PDF with `soffice --convert-to pdf`) when soffice exists.
 * Run: `npx tsx bench/render.ts [count]` (default 250 decisions = 1,000 files).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadDocumentData,
  renderDocx,
  renderPdf,
  validateDocumentData,
} from '../src/documents/index.js';
import { projectRoot } from './util.js';

const sampleFile = join(projectRoot, 'templates/examples/decision-inder-2023.yaml');

function hasSoffice(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `npx tsx bench/render.ts 100` renders 100 decisions; under `npm run bench` the argument names benchmarks. */
function countFromArgs(): number {
  const count = Number(process.argv[2]);
  return Number.isInteger(count) && count > 0 ? count : 250;
}

export default async function run(count = countFromArgs()): Promise<Record<string, number>> {
  // biome-ignore lint/suspicious/noExplicitAny: the bench edits a few fields of the sample freely
  const base = (await loadDocumentData(sampleFile)) as Record<string, any>;
  const docs = Array.from({ length: count }, (_, i) => {
    const data = structuredClone(base);
    data.number = `${i + 1}-VIII`;
    data.points[0].text.ru += ` Вариант ${i + 1}.`;
    data.points[0].text.kk += ` ${i + 1}-нұсқа.`;
    const result = validateDocumentData(data);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.doc;
  });
  // Warm-up: font parsing and template loading happen once per process.
  await renderPdf(docs[0]!, { lang: 'kk' });
  await renderDocx(docs[0]!, { lang: 'kk' });

  let pdfMs = 0;
  let docxMs = 0;
  const started = performance.now();
  for (const doc of docs) {
    for (const lang of ['kk', 'ru'] as const) {
      let t = performance.now();
      await renderDocx(doc, { lang });
      docxMs += performance.now() - t;
      t = performance.now();
      await renderPdf(doc, { lang });
      pdfMs += performance.now() - t;
    }
  }
  const totalMs = performance.now() - started;
  const files = count * 4;
  const result: Record<string, number> = {
    decisions: count,
    files,
    filesPerSecond: (files / totalMs) * 1000,
    msPerPdf: pdfMs / (count * 2),
    msPerDocx: docxMs / (count * 2),
  };
  console.log(
    `kazlex: ${count} decisions × kk/ru × DOCX/PDF = ${files} files in ${(totalMs / 1000).toFixed(2)} s (one process)`,
  );
  console.log(
    `  ${result.filesPerSecond!.toFixed(1)} documents/s; ${result.msPerPdf!.toFixed(1)} ms per PDF, ${result.msPerDocx!.toFixed(1)} ms per DOCX`,
  );

  if (hasSoffice()) {
    const dir = mkdtempSync(join(tmpdir(), 'kazlex-bench-'));
    try {
      const docx = join(dir, 'decision.docx');
      writeFileSync(docx, await renderDocx(docs[0]!, { lang: 'kk' }));
      const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
      // The first start creates the profile; time a second conversion, as a staff member would see it.
      execFileSync(
        'soffice',
        ['--headless', profile, '--convert-to', 'pdf', '--outdir', dir, docx],
        { stdio: 'ignore' },
      );
      const t = performance.now();
      execFileSync(
        'soffice',
        ['--headless', profile, '--convert-to', 'pdf', '--outdir', dir, docx],
        { stdio: 'ignore' },
      );
      result.libreOfficeMsPerPdf = performance.now() - t;
      result.ratio = result.libreOfficeMsPerPdf / result.msPerPdf!;
      console.log(
        `LibreOffice DOCX → PDF: ${result.libreOfficeMsPerPdf.toFixed(0)} ms for one file (headless, warm profile)`,
      );
      console.log(`  kazlex PDF is ${result.ratio.toFixed(0)}× faster per PDF`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    console.log('LibreOffice (soffice) not found: comparison skipped');
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
