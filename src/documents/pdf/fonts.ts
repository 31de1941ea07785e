import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit, { type Font } from 'fontkit';

export type FontFace = 'regular' | 'bold';

const require = createRequire(import.meta.url);

const files: Record<FontFace, string> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
};

export interface LoadedFont {
  face: FontFace;
  bytes: Uint8Array;
  font: Font;
  /** Advance widths in font units per UTF-16 code unit (BMP only, which is all our text uses). */
  advances: Float64Array;
}

const loaded = new Map<FontFace, LoadedFont>();
const parsedByBytes = new WeakMap<object, Font>();

/**
 * Tinos (metric-compatible with Times New Roman, full Kazakh Cyrillic), parsed once per process.
 * Advances are unkerned, as Word and LibreOffice set body text by default.
 */
export function loadFont(face: FontFace): LoadedFont {
  let entry = loaded.get(face);
  if (!entry) {
    const bytes = readFileSync(require.resolve(files[face]));
    const font = fontkit.create(bytes);
    warmGlyphCache(font);
    parsedByBytes.set(bytes, font);
    const advances = new Float64Array(0x10000).fill(-1);
    entry = { face, bytes, font, advances };
    loaded.set(face, entry);
  }
  return entry;
}

/** Advance of one UTF-16 code unit in font units (NBSP and other spaces included). */
export function advanceOf(entry: LoadedFont, code: number): number {
  let width = entry.advances[code]!;
  if (width < 0) {
    width = entry.font.glyphForCodePoint(code).advanceWidth;
    entry.advances[code] = width;
  }
  return width;
}

const unshapedByFont = new WeakMap<Font, Font>();

/**
 * The font as pdf-lib should see it: `layout` maps each character straight to its cmap glyph,
 * with no OpenType substitutions, which is what Word and LibreOffice draw for this text and what
 * our measurements assume (and it is several times faster than fontkit's shaper).
 */
function unshaped(font: Font): Font {
  let wrapper = unshapedByFont.get(font);
  if (!wrapper) {
    wrapper = Object.create(font) as Font;
    Object.defineProperty(wrapper, 'layout', {
      value: (text: string) => ({
        glyphs: Array.from(text, (char) => font.glyphForCodePoint(char.codePointAt(0)!)),
      }),
    });
    unshapedByFont.set(font, wrapper);
  }
  return wrapper;
}

/**
 * A fontkit facade for pdf-lib: it returns the already parsed font for our own font bytes, so
 * a batch does not re-parse a 500 KB TTF per document, without shaping. Subsets stay per document.
 */
export const cachingFontkit = {
  create(data: Uint8Array): Font {
    const parsed = parsedByBytes.get(data);
    return parsed ? unshaped(parsed) : fontkit.create(data);
  },
};

/**
 * fontkit caches one glyph object per glyph id, with the code points of its first request, and
 * pdf-lib writes those code points to the ToUnicode map. Tinos shares glyphs between Cyrillic
 * `ә`/`Ә` and Latin `ə`/`Ə`, space and NBSP, hyphen and soft hyphen; a composite glyph (`І`)
 * can also create its component (`I`) with no code points at all. Touching every mapped
 * character once, Cyrillic and ASCII first, fixes the copied text to the expected character.
 */
function warmGlyphCache(font: Font): void {
  const first: number[] = [];
  for (let cp = 0x20; cp < 0x7f; cp++) first.push(cp);
  for (let cp = 0x400; cp < 0x500; cp++) first.push(cp);
  for (const cp of [...first, ...font.characterSet]) {
    if (font.hasGlyphForCodePoint(cp)) font.glyphForCodePoint(cp);
  }
}
