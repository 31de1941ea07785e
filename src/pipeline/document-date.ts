/**
 * The date of a decision or minutes, read from its requisites line
 * (`2024 жылғы 15 наурыздағы № 8/112-VIII`, `от 15 марта 2024 года № 8/112-VIII`).
 * Citations need it to pick the Constitution in force. Only a date directly
 * followed by `№` near the top counts, so the date of a cited law in an
 * article's first sentence is not mistaken for the document's own.
 */
import months from '../../data/documents/months.json' with { type: 'json' };

const HEAD_CHARS = 600;

const kkMonths = new Map<string, number>();
const ruMonths = new Map<string, number>();
months.months.forEach((month, index) => {
  for (const form of Object.values(month.kk)) kkMonths.set(form, index + 1);
  ruMonths.set(month.ru.genitive, index + 1);
});

const KK_DATE = /(?:^|\n)\s*(\d{4}) жылғы (\d{1,2}) ([а-яәғқңөұүһі]+) (?:№|N)/u;
const RU_DATE = /(?:^|\n)\s*от (\d{1,2}) ([а-я]+) (\d{4}) года (?:№|N)/u;
const NUMERIC_DATE = /(?:^|\n)\s*(?:от )?(\d{2})\.(\d{2})\.(\d{4})(?: ж\.| г\.)? (?:№|N)/u;

/** ISO date of the document, or null when its head has no requisites line. */
export function findDocumentDate(text: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  const kk = KK_DATE.exec(head);
  if (kk) return iso(Number(kk[1]), kkMonths.get(kk[3] ?? ''), Number(kk[2]));
  const ru = RU_DATE.exec(head);
  if (ru) return iso(Number(ru[3]), ruMonths.get(ru[2] ?? ''), Number(ru[1]));
  const numeric = NUMERIC_DATE.exec(head);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return null;
}

function iso(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
