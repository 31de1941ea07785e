/**
 * `kazlex render [kind] DATA...` / `kazlex render --batch DIR` and
 * `kazlex validate DATA...`: official documents from validated data. Each
 * data file is validated first; an invalid one is reported field by field and
 * nothing is written for it. Files are written atomically.
 */
import path from 'node:path';
import fg from 'fast-glob';
import pLimit from 'p-limit';
import {
  type DocumentKind,
  type DocumentModel,
  loadDocumentData,
  outputFileName,
  renderDocx,
  renderPdf,
  type ValidationIssue,
  validateDocumentData,
} from '../../documents/index.js';
import { describeError } from '../../errors.js';
import { writeFileAtomic } from '../../pipeline/atomic-write.js';
import { ExitCode } from '../exit-code.js';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'decision',
  'session-minutes',
  'assembly-minutes',
  'gathering-minutes',
];

export interface RenderFlags {
  lang: ('kk' | 'ru')[];
  format: ('docx' | 'pdf')[];
  out: string;
  batch?: string;
  concurrency: number;
  json?: boolean;
  quiet?: boolean;
}

type Checked =
  | { file: string; ok: true; doc: DocumentModel }
  | { file: string; ok: false; issues: ValidationIssue[] };

async function checkFile(file: string, kind: DocumentKind | undefined): Promise<Checked> {
  try {
    const result = validateDocumentData(await loadDocumentData(file));
    if (!result.ok) return { file, ok: false, issues: result.issues };
    if (kind && result.doc.kind !== kind) {
      return {
        file,
        ok: false,
        issues: [
          {
            path: 'kind',
            message: `Expected a ${kind}, but the data describes a ${result.doc.kind}.`,
          },
        ],
      };
    }
    return { file, ok: true, doc: result.doc };
  } catch (error) {
    return { file, ok: false, issues: [{ path: '', message: describeError(error).reason }] };
  }
}

function reportIssues(checked: Checked): void {
  if (checked.ok) return;
  for (const issue of checked.issues) {
    process.stderr.write(
      `kazlex: ${checked.file}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}\n`,
    );
  }
}

export async function validateCommand(
  files: string[],
  flags: { json?: boolean; quiet?: boolean },
): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const checked = await checkFile(file, undefined);
    if (!checked.ok) failed++;
    if (flags.json) {
      process.stdout.write(
        `${JSON.stringify({ file, ok: checked.ok, issues: checked.ok ? [] : checked.issues })}\n`,
      );
    }
    reportIssues(checked);
    if (checked.ok && !flags.quiet)
      process.stderr.write(`kazlex: ${file}: valid ${checked.doc.kind}\n`);
  }
  return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
}

export async function renderCommand(args: string[], flags: RenderFlags): Promise<number> {
  const [first, ...rest] = args;
  const kind = DOCUMENT_KINDS.find((k) => k === first);
  const files = kind ? rest : args;
  if (flags.batch) {
    const batch = await fg(['*.yaml', '*.yml', '*.json'], { cwd: flags.batch, absolute: true });
    files.push(...batch.sort());
  }
  if (files.length === 0) {
    process.stderr.write(
      'kazlex: render needs data files or --batch DIR (see kazlex render --help)\n',
    );
    return ExitCode.USAGE;
  }

  const limit = pLimit(flags.concurrency);
  const outcomes = await Promise.all(
    files.map((file) =>
      limit(async () => {
        const checked = await checkFile(file, kind);
        if (!checked.ok) {
          reportIssues(checked);
          return { file, ok: false, written: [] as string[] };
        }
        try {
          // Render every requested file to memory first, so a failure writes none of them.
          const rendered: { target: string; bytes: Uint8Array }[] = [];
          for (const lang of flags.lang) {
            for (const format of flags.format) {
              const bytes =
                format === 'docx'
                  ? await renderDocx(checked.doc, { lang })
                  : await renderPdf(checked.doc, { lang });
              rendered.push({
                target: path.join(flags.out, outputFileName(checked.doc, lang, format)),
                bytes,
              });
            }
          }
          for (const { target, bytes } of rendered) await writeFileAtomic(target, bytes);
          return { file, ok: true, written: rendered.map((r) => r.target) };
        } catch (error) {
          process.stderr.write(`kazlex: ${file}: ${describeError(error).reason}\n`);
          return { file, ok: false, written: [] as string[] };
        }
      }),
    ),
  );

  const failed = outcomes.filter((o) => !o.ok).length;
  if (flags.json) process.stdout.write(`${JSON.stringify(outcomes)}\n`);
  if (!flags.quiet) {
    const written = outcomes.reduce((sum, o) => sum + o.written.length, 0);
    process.stderr.write(
      `kazlex: rendered ${written} file(s) from ${outcomes.length - failed} of ${outcomes.length} data file(s) into ${flags.out}\n`,
    );
  }
  return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
}
