import { type FinalSound, finalSoundOf, type Harmony, harmonyOf, pick } from './phonology.js';
import type { Case, Possessive } from './types.js';

/** Plural: лар after vowels, р and glides; дар after nasals, л, з, ж; тар after voiceless. */
export function pluralSuffix(base: string, h: Harmony = harmonyOf(base)): string {
  const sound = finalSoundOf(base);
  const last = base[base.length - 1];
  if (sound === 'vowel' || sound === 'glide' || last === 'р') return pick('лар', 'лер', h);
  if (sound === 'voiceless') return pick('тар', 'тер', h);
  return pick('дар', 'дер', h);
}

/** Possessive suffix; `vowelInitial` tells the caller to voice or elide the stem. */
export function possessiveSuffix(
  base: string,
  person: Exclude<Possessive, 'none'>,
  h: Harmony = harmonyOf(base),
): { suffix: string; vowelInitial: boolean } {
  const afterVowel = finalSoundOf(base) === 'vowel';
  const link = afterVowel ? '' : pick('ы', 'і', h);
  const body: Record<typeof person, string> = {
    '1sg': 'м',
    '2sg': 'ң',
    '2sg-formal': pick('ңыз', 'ңіз', h),
    '3': afterVowel ? pick('сы', 'сі', h) : '',
    '1pl': pick('мыз', 'міз', h),
  };
  return { suffix: link + body[person], vowelInitial: !afterVowel };
}

/** Case suffix; `after` is the possessive just attached, which changes several cases. */
export function caseSuffix(
  base: string,
  grammaticalCase: Case,
  after: Possessive,
  h: Harmony = harmonyOf(base),
): string {
  const sound = finalSoundOf(base);
  const px3 = after === '3';
  switch (grammaticalCase) {
    case 'nom':
      return '';
    case 'gen':
      return genitive(sound, px3, h);
    case 'acc':
      return accusative(sound, px3, h);
    case 'dat':
      return dative(sound, after, h);
    case 'loc':
      return locative(sound, px3, h);
    case 'abl':
      return ablative(sound, px3, h);
    case 'ins':
      return instrumental(sound, px3);
    case 'loc-attr':
      return locative(sound, px3, h) + pick('ғы', 'гі', h);
  }
}

function genitive(sound: FinalSound, px3: boolean, h: Harmony): string {
  const tail = pick('ың', 'ің', h);
  if (px3 || sound === 'vowel' || sound === 'nasal') return `н${tail}`;
  if (sound === 'voiceless') return `т${tail}`;
  return `д${tail}`;
}

function accusative(sound: FinalSound, px3: boolean, h: Harmony): string {
  if (px3) return 'н';
  if (sound === 'vowel') return pick('ны', 'ні', h);
  if (sound === 'voiceless') return pick('ты', 'ті', h);
  return pick('ды', 'ді', h);
}

function dative(sound: FinalSound, after: Possessive, h: Harmony): string {
  if (after === '3') return pick('на', 'не', h);
  if (after === '1sg' || after === '2sg') return pick('а', 'е', h);
  if (sound === 'voiceless') return pick('қа', 'ке', h);
  return pick('ға', 'ге', h);
}

function locative(sound: FinalSound, px3: boolean, h: Harmony): string {
  if (px3) return pick('нда', 'нде', h);
  if (sound === 'voiceless') return pick('та', 'те', h);
  return pick('да', 'де', h);
}

function ablative(sound: FinalSound, px3: boolean, h: Harmony): string {
  if (px3 || sound === 'nasal') return pick('нан', 'нен', h);
  if (sound === 'voiceless') return pick('тан', 'тен', h);
  return pick('дан', 'ден', h);
}

function instrumental(sound: FinalSound, px3: boolean): string {
  if (px3 || sound === 'vowel' || sound === 'glide' || sound === 'sonorant' || sound === 'nasal') {
    return 'мен';
  }
  return sound === 'voiced' ? 'бен' : 'пен';
}
