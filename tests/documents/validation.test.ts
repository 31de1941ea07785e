import { describe, expect, it } from 'vitest';
import { type ValidationIssue, validateDocumentData } from '../../src/documents/index.js';
import { sample } from './helpers.js';

function issuesOf(data: unknown): ValidationIssue[] {
  const result = validateDocumentData(data);
  return result.ok ? [] : result.issues;
}

describe('validateDocumentData: samples', () => {
  it.each(['decision2023', 'decision2022', 'session', 'assembly', 'gathering'] as const)(
    'should accept the %s sample',
    async (name) => {
      const result = validateDocumentData(await sample(name));
      expect(result.ok ? [] : result.issues).toEqual([]);
    },
  );
});

describe('validateDocumentData: schema', () => {
  it('should name a missing field', async () => {
    const data = await sample('decision2023');
    delete data.title;
    expect(issuesOf(data)).toEqual([{ path: 'title', message: 'Field «title» is missing.' }]);
  });
  it('should name an empty text', async () => {
    const data = await sample('decision2023');
    data.title.kk = '  ';
    expect(issuesOf(data)).toEqual([
      { path: 'title.kk', message: 'Field «title.kk» must not be empty.' },
    ]);
  });
  it('should name a wrong type', async () => {
    const data = await sample('session');
    data.entitled = 'many';
    expect(issuesOf(data)).toEqual([
      { path: 'entitled', message: 'Field «entitled» must be a number, not the text «many».' },
    ]);
  });
  it('should name an unknown key (a typo)', async () => {
    const data = await sample('decision2023');
    data.titel = data.title;
    expect(issuesOf(data)).toEqual([
      { path: '', message: 'Field «(document)» has unknown key «titel».' },
    ]);
  });
  it('should reject a date that is not YYYY-MM-DD', async () => {
    const data = await sample('decision2023');
    data.date = '26.12.2023';
    expect(issuesOf(data)).toEqual([
      { path: 'date', message: 'Field «date» must be a date written as YYYY-MM-DD.' },
    ]);
  });
  it('should reject a date that is not on the calendar', async () => {
    const data = await sample('decision2023');
    data.date = '2023-02-30';
    expect(issuesOf(data)).toEqual([
      { path: 'date', message: 'Field «date» is not a real calendar date.' },
    ]);
  });
  it('should reject an unknown kind', async () => {
    const data = await sample('decision2023');
    data.kind = 'order';
    expect(issuesOf(data)).toEqual([
      {
        path: 'kind',
        message:
          'Field «kind» must be one of «decision», «session-minutes», «assembly-minutes», «gathering-minutes».',
      },
    ]);
  });
  it('should require at least one point', async () => {
    const data = await sample('decision2023');
    data.points = [];
    data.appendices = [];
    expect(issuesOf(data)).toEqual([
      { path: 'points', message: 'Field «points» must have at least 1 item.' },
    ]);
  });
  it('should reject a badly written time', async () => {
    const data = await sample('session');
    data.time.start = '9.30';
    expect(issuesOf(data)).toEqual([
      { path: 'time.start', message: 'Field «time.start» must be a time written as HH:MM.' },
    ]);
  });
  it('should reject a negative count', async () => {
    const data = await sample('session');
    data.agenda[0].vote.against = -1;
    expect(issuesOf(data)).toEqual([
      {
        path: 'agenda.0.vote.against',
        message: 'Field «agenda.0.vote.against» must be at least 0.',
      },
    ]);
  });
  it('should accept an unquoted numeric decision number from YAML', async () => {
    const data = await sample('decision2022');
    data.number = 85;
    const result = validateDocumentData(data);
    expect(result.ok && result.doc.number).toBe('85');
  });
});

describe('validateDocumentData: decision rules', () => {
  it('should check the number against the maslikhat pattern', async () => {
    const data = await sample('decision2023');
    data.number = '71/VIII';
    expect(issuesOf(data)).toEqual([
      {
        path: 'number',
        message: "Decision number «71/VIII» does not match this maslikhat's pattern «\\d+-VIII».",
      },
    ]);
  });
  it('should require the kk title to end with «туралы»', async () => {
    const data = await sample('decision2023');
    data.title.kk = 'Тәртібін бекіту';
    expect(issuesOf(data)).toEqual([
      {
        path: 'title.kk',
        message: 'The Kazakh title must end with «туралы», as Kazakh titles of decisions do.',
      },
    ]);
  });
  it('should require the ru title to start with «О» or «Об»', async () => {
    const data = await sample('decision2023');
    data.title.ru = 'Утверждение порядка';
    expect(issuesOf(data)).toEqual([
      {
        path: 'title.ru',
        message:
          'The Russian title must start with «О» or «Об», as Russian titles of decisions do.',
      },
    ]);
  });
  it('should require nominative maslikhat names that fit the formula', async () => {
    const data = await sample('decision2023');
    data.maslikhat.name = {
      kk: 'Индер аудандық мәслихатының',
      ru: 'Индерского районного маслихата',
    };
    expect(issuesOf(data)).toEqual([
      {
        path: 'maslikhat.name.kk',
        message:
          'The Kazakh maslikhat name must be in the nominative and end with «мәслихаты» (it precedes «ШЕШІМ ҚАБЫЛДАДЫ:»).',
      },
      {
        path: 'maslikhat.name.ru',
        message:
          'The Russian maslikhat name must be in the nominative and end with «маслихат» (it precedes «РЕШИЛ:»).',
      },
    ]);
  });
  it('should reject a decision dated in the future', async () => {
    const data = await sample('decision2023');
    data.date = '2999-01-01';
    data.legalBasis = [];
    expect(issuesOf(data)).toEqual([
      { path: 'date', message: 'The decision date 2999-01-01 is in the future.' },
    ]);
  });
  it('should reject the secretary as signatory after 10 April 2023', async () => {
    const data = await sample('decision2023');
    data.signatory.post = { kk: 'Мәслихат хатшысы', ru: 'Секретарь маслихата' };
    expect(issuesOf(data)).toEqual([
      {
        path: 'signatory.post.kk',
        message:
          'A decision dated 2023-12-26 is signed by «Мәслихат төрағасы», not «Мәслихат хатшысы» (Указ Президента РК от 10.04.2023 № 190).',
      },
      {
        path: 'signatory.post.ru',
        message:
          'A decision dated 2023-12-26 is signed by «Председатель маслихата», not «Секретарь маслихата» (Указ Президента РК от 10.04.2023 № 190).',
      },
    ]);
  });
  it('should reject the chairman as signatory before 10 April 2023', async () => {
    const data = await sample('decision2022');
    data.signatory.post = { kk: 'Мәслихат төрағасы', ru: 'Секретарь маслихата' };
    expect(issuesOf(data).map((issue) => issue.path)).toEqual(['signatory.post.kk']);
  });
  it('should reject a registration before adoption', async () => {
    const data = await sample('decision2023');
    data.registration = {
      authority: {
        kk: 'Атырау облысының Әділет департаментінде',
        ru: 'Департаментом юстиции Атырауской области',
      },
      date: '2023-12-01',
      number: '1368-01',
    };
    expect(issuesOf(data)).toEqual([
      {
        path: 'registration.date',
        message: 'The registration date 2023-12-01 is before the decision date 2023-12-26.',
      },
    ]);
  });
  it('should reject an article that does not exist', async () => {
    const data = await sample('decision2023');
    data.legalBasis = [{ act: 'law-148-II', article: '99', paragraph: '1' }];
    expect(issuesOf(data)).toEqual([
      {
        path: 'legalBasis.0',
        message:
          'The legal basis cannot be cited on 2023-12-26: article 99 does not exist in «law-148-II».',
      },
    ]);
  });
  it('should reject a paragraph that does not exist', async () => {
    const data = await sample('decision2023');
    data.legalBasis = [{ act: 'law-148-II', article: '7', paragraph: '9' }];
    expect(issuesOf(data)).toEqual([
      {
        path: 'legalBasis.0',
        message:
          'The legal basis cannot be cited on 2023-12-26: paragraph 9 does not exist in article 7 of «law-148-II».',
      },
    ]);
  });
  it('should reject an article not yet in force on the decision date', async () => {
    const data = await sample('decision2022');
    data.date = '2005-03-01';
    data.legalBasis = [{ act: 'law-148-II', article: '39-3' }];
    expect(issuesOf(data)).toEqual([
      {
        path: 'legalBasis.0',
        message:
          'The legal basis cannot be cited on 2005-03-01: article 39-3 of «law-148-II» is in force only from 2009-02-09.',
      },
    ]);
  });
  it('should reject an unknown act', async () => {
    const data = await sample('decision2023');
    data.legalBasis = [{ act: 'law-999' }];
    expect(issuesOf(data)).toEqual([
      {
        path: 'legalBasis.0',
        message:
          'The legal basis cannot be cited on 2023-12-26: the act «law-999» is not in the acts registry.',
      },
    ]);
  });
  it('should keep the entry-into-force clause out of the ordinary points', async () => {
    const data = await sample('decision2022');
    data.points.push({
      text: {
        kk: 'Осы шешім қабылданған күнінен бастап қолданысқа енгізіледі.',
        ru: 'Настоящее решение вводится в действие со дня его принятия.',
      },
    });
    expect(issuesOf(data)).toEqual([
      {
        path: 'points.2.text.kk',
        message:
          'Point 3 is an entry-into-force clause; put it in «entryIntoForce» so that it comes last.',
      },
      {
        path: 'points.2.text.ru',
        message:
          'Point 3 is an entry-into-force clause; put it in «entryIntoForce» so that it comes last.',
      },
    ]);
  });
  it('should reject a reference to a missing appendix', async () => {
    const data = await sample('decision2023');
    data.points[0].text.ru = 'Утвердить порядок согласно приложению 3 к настоящему решению.';
    expect(issuesOf(data)).toEqual([
      {
        path: 'points.0.text.ru',
        message: 'Point 1 refers to appendix 3, but the decision has 2 appendix(es).',
      },
      {
        path: 'appendices.0',
        message:
          'Appendix 1 is not referred to by any point (for example «согласно приложению 1»).',
      },
    ]);
  });
});

describe('validateDocumentData: minutes rules', () => {
  it('should reject more present than entitled', async () => {
    const data = await sample('assembly');
    data.entitled = 10;
    expect(issuesOf(data)).toContainEqual({
      path: 'present',
      message: '12 members present is more than the 10 entitled to take part («entitled»).',
    });
  });
  it('should require as many attendance names as present', async () => {
    const data = await sample('assembly');
    data.attendance.pop();
    expect(issuesOf(data)).toEqual([
      { path: 'attendance', message: 'The attendance list has 11 names, but «present» says 12.' },
    ]);
  });
  it('should require the end time after the start', async () => {
    const data = await sample('assembly');
    data.time.end = '14:00';
    expect(issuesOf(data)).toEqual([
      { path: 'time.end', message: 'The end time 14:00 is not after the start time 15:00.' },
    ]);
  });
  it('should reject minutes dated in the future', async () => {
    const data = await sample('assembly');
    data.date = '2999-01-01';
    expect(issuesOf(data)).toEqual([
      { path: 'date', message: 'The minutes date 2999-01-01 is in the future.' },
    ]);
  });
  it('should refuse decisions without the quorum of two thirds at a session', async () => {
    const data = await sample('session');
    data.present = 16;
    data.attendance = data.attendance.slice(0, 16);
    data.agenda[0].vote = { for: 14, against: 1, abstained: 1 };
    data.agenda[1].vote = { for: 16, against: 0, abstained: 0 };
    expect(issuesOf(data)).toEqual([
      {
        path: 'agenda.0.decision',
        message:
          'The meeting has no quorum (16 of 25 present, at least 17 required for a сессия маслихата), so item 1 cannot have a decision.',
      },
      {
        path: 'agenda.1.decision',
        message:
          'The meeting has no quorum (16 of 25 present, at least 17 required for a сессия маслихата), so item 2 cannot have a decision.',
      },
    ]);
  });
  it('should accept minutes without quorum that take no decision', async () => {
    const data = await sample('session');
    data.present = 16;
    data.attendance = data.attendance.slice(0, 16);
    for (const item of data.agenda) {
      delete item.vote;
      delete item.adopted;
      delete item.decision;
    }
    expect(issuesOf(data)).toEqual([]);
  });
  it('should require a vote for a decision', async () => {
    const data = await sample('assembly');
    delete data.agenda[0].vote;
    expect(issuesOf(data)).toEqual([
      {
        path: 'agenda.0.vote',
        message: 'Item 1 has a decision but no vote (for, against, abstained).',
      },
    ]);
  });
  it('should reject more votes than members present', async () => {
    const data = await sample('assembly');
    data.agenda[0].vote = { for: 11, against: 1, abstained: 1 };
    expect(issuesOf(data)).toEqual([
      {
        path: 'agenda.0.vote',
        message:
          'Item 1: 13 votes cast (11 for, 1 against, 1 abstained) is more than the 12 present.',
      },
    ]);
  });
  it('should check the adopted flag against a majority of all deputies at a session', async () => {
    const data = await sample('session');
    data.agenda[0].vote = { for: 12, against: 4, abstained: 4 };
    expect(issuesOf(data)).toEqual([
      {
        path: 'agenda.0.adopted',
        message:
          'Item 1 is marked adopted, but 12 votes for of 25 entitled do not adopt it (13 needed).',
      },
    ]);
  });
  it('should check the adopted flag against a majority of those present at an assembly', async () => {
    const data = await sample('assembly');
    data.agenda[0].adopted = false;
    expect(issuesOf(data)).toEqual([
      {
        path: 'agenda.0.adopted',
        message:
          'Item 1 is marked not adopted, but 11 votes for of 12 present adopt it (7 needed).',
      },
    ]);
  });
  it('should refuse a decision text for an item that was not adopted', async () => {
    const data = await sample('gathering');
    data.agenda[0].vote = { for: 12, against: 10, abstained: 2 };
    delete data.agenda[0].adopted;
    expect(issuesOf(data)).toEqual([
      {
        path: 'agenda.0.decision',
        message:
          'Item 1 was not adopted (12 for of 24 present, 13 needed), so it cannot have a decision.',
      },
    ]);
  });
});
