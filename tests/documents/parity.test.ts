import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx, renderPdf, validateDocumentData } from '../../src/documents/index.js';
import { type SampleData, sample, sampleFiles } from './helpers.js';

/** CI installs them with `apt-get install -y libreoffice-writer-nogui poppler-utils`. */
function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const hasTools = hasTool('soffice') && hasTool('pdftotext');

/** Lines as `pdftotext -layout` shows them, with runs of spaces collapsed and blank lines dropped. */
function layoutLines(pdfPath: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

describe.skipIf(!hasTools)(
  'LibreOffice parity: our PDF breaks lines like LibreOffice renders our DOCX',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'kazlex-parity-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const cases = [
      ...(Object.keys(sampleFiles) as Array<keyof typeof sampleFiles>),
      'stress' as const,
    ].flatMap((name) => (['kk', 'ru'] as const).map((lang) => ({ name, lang })));

    it('should convert all samples once', async () => {
      const docxPaths: string[] = [];
      for (const { name, lang } of cases) {
        const result = validateDocumentData(
          name === 'stress' ? await stressDecision() : await sample(name),
        );
        if (!result.ok) throw new Error(`${name} invalid: ${JSON.stringify(result.issues)}`);
        writeFileSync(join(dir, `${name}.${lang}.pdf`), await renderPdf(result.doc, { lang }));
        const docx = join(dir, `${name}.${lang}.docx`);
        writeFileSync(docx, await renderDocx(result.doc, { lang }));
        docxPaths.push(docx);
      }
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--convert-to',
          'pdf',
          '--outdir',
          join(dir, 'lo'),
          ...docxPaths,
        ],
        {
          stdio: 'ignore',
          timeout: 180_000,
        },
      );
      expect(
        readFileSync(join(dir, 'lo', `${cases[0]!.name}.${cases[0]!.lang}.pdf`))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }, 240_000);

    it.each(cases)('should match line for line: $name ($lang)', ({ name, lang }) => {
      const ours = layoutLines(join(dir, `${name}.${lang}.pdf`));
      const theirs = layoutLines(join(dir, 'lo', `${name}.${lang}.pdf`));
      expect(ours.length).toBeGreaterThan(10);
      expect(ours).toEqual(theirs);
    });
  },
);

/** A long decision of pseudo-random words, hyphenated forms and numbers: many line ends, several pages. */
async function stressDecision(): Promise<SampleData> {
  const data = await sample('decision2022');
  const kk =
    'мәслихат шешім аудандық жергілікті өзін-өзі 39-3-бабының 2-қосымшасына тұрғындары Республикасы қоғамдастық № 1-6/VII «Ұлттық» және 2023 үшін һ ә'.split(
      ' ',
    );
  const ru =
    'маслихат решение районный местного кое-где статьи 39-3-1 порядку 2-го жителей Республики сообщества № 18/103-VIII «Национальный» и 2023 для'.split(
      ' ',
    );
  let seed = Number(process.env.KAZLEX_PARITY_SEED ?? 42);
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const sentence = (words: string[]) =>
    Array.from(
      { length: 20 + Math.floor(next() * 60) },
      () => words[Math.floor(next() * words.length)]!,
    ).join(' ');
  data.points = Array.from({ length: 14 }, () => ({
    text: { kk: `${sentence(kk)}.`, ru: `${sentence(ru)}.` },
  }));
  data.points[0].text.ru += ' Согласно приложению к настоящему решению.';
  return data;
}
