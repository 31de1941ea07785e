/**
 * Kazakh sound classes that choose suffix allomorphs. Written from the suffix
 * table in the kazlex research note (itself simplified from apertium-kaz .twol);
 * checked against forms in Law 148-II (kk).
 */

const BACK_VOWELS = new Set(['а', 'о', 'ұ', 'ы', 'я', 'у', 'ю']);
const FRONT_VOWELS = new Set(['ә', 'е', 'ө', 'ү', 'і', 'э', 'и', 'ё']);
const VOWELS = new Set([...BACK_VOWELS, ...FRONT_VOWELS]);
const NASALS = new Set(['м', 'н', 'ң']);
/** Sonorants that behave like vowels for most suffixes; у and й are glides here. */
const SONORANTS = new Set(['л', 'р', 'й', 'у']);
const VOICED_FRICATIVES = new Set(['з', 'ж']);

export type Harmony = 'back' | 'front';

/** How the last sound of a stem conditions the first consonant of a suffix. */
export type FinalSound = 'vowel' | 'glide' | 'sonorant' | 'nasal' | 'voiced' | 'voiceless';

export function isVowel(letter: string): boolean {
  return VOWELS.has(letter);
}

/** Back or front, from the stem's last vowel (у and и count as back and front). */
export function harmonyOf(stem: string): Harmony {
  for (let i = stem.length - 1; i >= 0; i--) {
    const letter = stem[i] as string;
    if (BACK_VOWELS.has(letter)) return 'back';
    if (FRONT_VOWELS.has(letter)) return 'front';
  }
  return 'back';
}

export function finalSoundOf(stem: string): FinalSound {
  const last = stem[stem.length - 1] ?? '';
  // Final у and й are glides: басқарудың, басқаруға (not *басқарунің).
  if (last === 'у' || last === 'й') return 'glide';
  if (VOWELS.has(last)) return 'vowel';
  if (NASALS.has(last)) return 'nasal';
  if (SONORANTS.has(last)) return 'sonorant';
  if (VOICED_FRICATIVES.has(last)) return 'voiced';
  // б в г д are devoiced at the end of loanwords: округке, округтің.
  return 'voiceless';
}

/** Picks the back or front variant: pick('ға', 'ге', h). */
export function pick(back: string, front: string, harmony: Harmony): string {
  return harmony === 'back' ? back : front;
}

const VOICING: Record<string, string> = { к: 'г', қ: 'ғ', п: 'б' };

/**
 * к/қ/п become г/ғ/б before a vowel when a vowel precedes them
 * (әкімдік → әкімдігі, құқық → құқығы, тәртіп → тәртібі), but not after a
 * consonant (банк → банкі).
 */
export function voiceFinal(stem: string): string {
  const last = stem[stem.length - 1] ?? '';
  const voiced = VOICING[last];
  if (voiced === undefined || stem.length < 2 || !isVowel(stem[stem.length - 2] ?? '')) {
    return stem;
  }
  return stem.slice(0, -1) + voiced;
}

/** Reverses voiceFinal for the stripper: әкімдіг → әкімдік. */
export function devoiceFinal(stem: string): string | undefined {
  const last = stem[stem.length - 1] ?? '';
  const map: Record<string, string> = { г: 'к', ғ: 'қ', б: 'п' };
  const devoiced = map[last];
  return devoiced === undefined ? undefined : stem.slice(0, -1) + devoiced;
}
