import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/structure/sentences/index.js';

const split = (text: string, lang: 'kk' | 'ru' = 'ru') =>
  splitSentences(text, { lang }).map((span) => text.slice(span.start, span.end));

describe('splitSentences: abbreviations', () => {
  it('should not split after "ст." and "п." (ru)', () => {
    expect(
      split('Согласно ст. 23 и п. 2 Закона аким назначается. Он подотчётен маслихату.'),
    ).toEqual(['Согласно ст. 23 и п. 2 Закона аким назначается.', 'Он подотчётен маслихату.']);
  });

  it('should not split after "ст." and "п." in Kazakh text quoting Russian references', () => {
    expect(split('Бұл талап ст. 23 және п. 2 көзделген. Оны орындау міндетті.', 'kk')).toEqual([
      'Бұл талап ст. 23 және п. 2 көзделген.',
      'Оны орындау міндетті.',
    ]);
  });

  it('should keep "2001 ж." inside a Kazakh sentence before a digit or a capital', () => {
    expect(split('Заң 2001 ж. 23 қаңтарда қабылданды. Ол күшінде.', 'kk')).toHaveLength(2);
    expect(split('Монография 2015 ж. Алматы қ. басылды.', 'kk')).toHaveLength(1);
  });

  it('should end a nominal Kazakh sentence at "2001 ж." after a dash', () => {
    expect(split('Қабылданған жылы – 2001 ж. Содан бері ол өзгерді.', 'kk')).toEqual([
      'Қабылданған жылы – 2001 ж.',
      'Содан бері ол өзгерді.',
    ]);
  });

  it('should split after "2001 г." before a capital but not before "№" or "N 148"', () => {
    expect(split('Закон принят в 2001 г. Он действует.')).toHaveLength(2);
    expect(split('Закон от 23 января 2001 г. № 148-II действует.')).toHaveLength(1);
    expect(split('Законом РК от 23 января 2001 г. N 148-II внесены изменения.')).toHaveLength(1);
  });

  it('should not split "в г. Астане"', () => {
    expect(split('Заседание прошло в г. Астане в здании акимата. Все пришли.')).toEqual([
      'Заседание прошло в г. Астане в здании акимата.',
      'Все пришли.',
    ]);
  });

  it('should split after "т.б." before a capital and join before a lowercase word (kk)', () => {
    expect(split('Оларға мектептер т.б. жатады. Тізбені әкімдік бекітеді.', 'kk')).toEqual([
      'Оларға мектептер т.б. жатады.',
      'Тізбені әкімдік бекітеді.',
    ]);
    expect(
      split('Оларға мектептер, ауруханалар т.б. Тізбені әкімдік бекітеді.', 'kk'),
    ).toHaveLength(2);
  });

  it('should handle "т.д." and "т.е." (ru)', () => {
    expect(split('Школы, больницы и т.д. Перечень утверждается.')).toHaveLength(2);
    expect(split('Аким, т.е. представитель Президента, назначается.')).toHaveLength(1);
  });

  it('should accept the spaced form "т. б."', () => {
    expect(split('Мектептер т. б. нысандар жөнделеді.', 'kk')).toHaveLength(1);
  });
});

describe('splitSentences: initials', () => {
  it('should keep "Н.Ә. Назарбаев" together in kk and ru', () => {
    expect(split('Мәжіліске Н.Ә. Назарбаев қатысты. Ол сөйледі.', 'kk')).toEqual([
      'Мәжіліске Н.Ә. Назарбаев қатысты.',
      'Ол сөйледі.',
    ]);
    expect(split('Доклад сделал Н.А. Назарбаев. Затем выступили депутаты.')).toHaveLength(2);
  });

  it('should end a sentence at initials after a surname', () => {
    expect(split('Документ подписал Иванов И.И. Затем его зарегистрировали.')).toEqual([
      'Документ подписал Иванов И.И.',
      'Затем его зарегистрировали.',
    ]);
  });
});

describe('splitSentences: items and headings', () => {
  it('should start a sentence at "1)" and "3-1)" after ":" and ";"', () => {
    expect(split('К ним относятся: 1) аким; 3-1) маслихат.')).toEqual([
      'К ним относятся:',
      '1) аким;',
      '3-1) маслихат.',
    ]);
  });

  it('should start a sentence at "2." and keep the item number with its text', () => {
    expect(split('Статья 5. Компетенция. 1. Маслихат избирается. 2. Аким назначается.')).toEqual([
      'Статья 5. Компетенция.',
      '1. Маслихат избирается.',
      '2. Аким назначается.',
    ]);
  });

  it('should never glue a heading to the text before it', () => {
    expect(split('Оларға т.б. 5-бап. Мәслихат', 'kk')).toEqual(['Оларға т.б.', '5-бап. Мәслихат']);
    expect(split('и т.д. Статья 39-3. Сход')).toEqual(['и т.д.', 'Статья 39-3. Сход']);
    expect(split('Текст\nГлава 2\nМаслихаты')).toEqual(['Текст', 'Глава 2', 'Маслихаты']);
  });

  it('should keep a quoted item number and a spaced "32-2 бап." with their text', () => {
    expect(split('«3. Полномочия депутата прекращаются досрочно в случаях:')).toHaveLength(1);
    expect(split('### 32-2 бап. Аудан әкімін лауазымға тағайындау', 'kk')).toHaveLength(1);
  });

  it('should keep "Сноска." and "Ескерту." with their text', () => {
    expect(split('Сноска. Статья 5 с изменениями.')).toHaveLength(1);
    expect(split('Ескерту. 10-бапқа өзгерістер енгізілді.', 'kk')).toHaveLength(1);
  });

  it('should not take "п. 2." or a year for an item', () => {
    expect(split('Согласно п. 2. Аким назначается.')).toHaveLength(2);
    expect(split('Это было в 2001. Потом всё изменилось.')).toHaveLength(2);
  });
});

describe('splitSentences: quotes, brackets, dashes, lines', () => {
  it('should not split inside quotes', () => {
    expect(split('Изложить в редакции: «2. Аким назначается. Срок не ограничен.». Далее.')).toEqual(
      ['Изложить в редакции: «2. Аким назначается. Срок не ограничен.».', 'Далее.'],
    );
    expect(split('Төраға: «Сессия ашық. Отырыңыздар.» – деді.', 'kk')).toHaveLength(1);
  });

  it('should split after a closing quote or bracket', () => {
    expect(split('Депутат спросил: «Когда?» Ответа не было.')).toEqual([
      'Депутат спросил: «Когда?»',
      'Ответа не было.',
    ]);
    expect(split('Маслихат утверждает бюджет (см. п. 1 ст. 6). Аким исполняет.')).toHaveLength(2);
  });

  it('should not let an unmatched bracket glue the paragraph', () => {
    expect(split('Маслихат (орган. Он избирается. Аким назначается.')).toHaveLength(3);
  });

  it('should join a dash followed by a lowercase word and split before a dash reply', () => {
    expect(split('– Иди домой! – сказал он. – Хорошо?')).toEqual([
      '– Иди домой! – сказал он.',
      '– Хорошо?',
    ]);
  });

  it('should keep a bibliographic entry whole after its dashes', () => {
    expect(
      split('Сапаргалиев Г.С. Конституционное право. – Алматы, 2018. – 450 с. Далее текст.'),
    ).toEqual(['Сапаргалиев Г.С. Конституционное право. – Алматы, 2018. – 450 с.', 'Далее текст.']);
  });

  it('should split at "!", "?", "…" and at line breaks', () => {
    expect(split('Сход проводится! Почему? Решение принято… Депутаты ушли.')).toHaveLength(4);
    expect(split('Бірінші жол\nекінші жол', 'kk')).toEqual(['Бірінші жол', 'екінші жол']);
  });

  it('should keep dates, decimals and "ст.2" without a space', () => {
    expect(split('Законом от 09.02.2009 (см. ст.2) изменено. Далее.')).toHaveLength(2);
  });

  it('should split a lost space "етіледі..Қазақстан"', () => {
    expect(split('қамтамасыз етіледі..Қазақстан Республикасы', 'kk')).toEqual([
      'қамтамасыз етіледі..',
      'Қазақстан Республикасы',
    ]);
  });

  it('should return trimmed offsets into the input', () => {
    const text = '  Бірінші сөйлем.   Екінші сөйлем.  \n\n  Үшінші  ';
    expect(splitSentences(text, { lang: 'kk' })).toEqual([
      { start: 2, end: 17 },
      { start: 20, end: 34 },
      { start: 40, end: 46 },
    ]);
  });

  it('should return nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \n')).toEqual([]);
  });
});
