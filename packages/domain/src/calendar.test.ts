import { describe, expect, test } from 'vitest';
import { addDays, addMonths, calendarYears, dateInZone, dayKind, daysBetween, hasCalendarData, holidayNotice } from './calendar.js';

describe('date arithmetic', () => {
  test.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2024-02-28', 1, '2024-02-29'], // leap year
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-23', 0, '2026-11-23'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  test.each([
    ['2026-01-01', '2026-12-31', 364],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-11-23', '2026-11-16', -7],
  ])('daysBetween(%s, %s) = %i', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });

  // 民法典 Art. 202: the corresponding day of the last month, or its last day when there is none.
  test.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'], // no 02-31 → month end
    ['2024-01-31', 1, '2024-02-29'], // leap year month end
    ['2026-03-31', 1, '2026-04-30'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-11-30', 3, '2027-02-28'], // across the year
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-31', -1, '2025-12-31'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-20', 0, '2026-05-20'],
  ])('addMonths(%s, %i) = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  test('malformed dates are programmer mistakes', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow();
    expect(() => addDays('2026-02-01', 0.5)).toThrow();
    expect(() => daysBetween('20260101', '2026-01-02')).toThrow();
    expect(() => addMonths('2026-13-01', 1)).toThrow();
    expect(() => addMonths('2026-01-01', 1.5)).toThrow();
    expect(() => dayKind('2026-1-1')).toThrow();
  });

  test.each([
    // 2026-12-31 16:30 UTC is already 1 January 2027 in Beijing (UTC+8, no DST).
    ['2026-12-31T16:30:00Z', 'Asia/Shanghai', '2027-01-01'],
    ['2026-12-31T15:59:59Z', 'Asia/Shanghai', '2026-12-31'],
    ['2026-12-31T16:30:00Z', 'UTC', '2026-12-31'],
  ])('dateInZone(%s, %s) = %s', (iso, zone, expected) => {
    expect(dateInZone(new Date(iso), zone)).toBe(expected);
  });
});

// Each notice transcribed here from its text, independently of the JSON data files: [first, last] day of every
// break (放假 / 放假调休), and every adjusted working day (上班). Every day of each year is then checked.
interface Transcribed {
  breaks: [string, string][];
  workingDays: string[];
}
const notices: Record<number, Transcribed> = {
  // 国办发明电〔2023〕7号 (2023-10-25): 元旦 1月1日; 春节 2月10日至17日, 2月4日(日)、2月18日(日)上班; 清明 4月4日至6日,
  // 4月7日(日)上班; 劳动节 5月1日至5日, 4月28日(日)、5月11日(六)上班; 端午 6月10日; 中秋 9月15日至17日, 9月14日(六)上班;
  // 国庆 10月1日至7日, 9月29日(日)、10月12日(六)上班.
  2024: {
    breaks: [
      ['01-01', '01-01'],
      ['02-10', '02-17'],
      ['04-04', '04-06'],
      ['05-01', '05-05'],
      ['06-10', '06-10'],
      ['09-15', '09-17'],
      ['10-01', '10-07'],
    ],
    workingDays: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
  },
  // 国办发明电〔2024〕12号 (2024-11-12): 元旦 1月1日; 春节 1月28日(除夕)至2月4日, 1月26日(日)、2月8日(六)上班; 清明 4月4日至6日;
  // 劳动节 5月1日至5日, 4月27日(日)上班; 端午 5月31日至6月2日; 国庆、中秋 10月1日至8日, 9月28日(日)、10月11日(六)上班.
  2025: {
    breaks: [
      ['01-01', '01-01'],
      ['01-28', '02-04'],
      ['04-04', '04-06'],
      ['05-01', '05-05'],
      ['05-31', '06-02'],
      ['10-01', '10-08'],
    ],
    workingDays: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  // 国办发明电〔2025〕7号 (2025-11-04): 元旦 1月1日至3日, 1月4日(日)上班; 春节 2月15日至23日, 2月14日(六)、2月28日(六)上班;
  // 清明 4月4日至6日; 劳动节 5月1日至5日, 5月9日(六)上班; 端午 6月19日至21日; 中秋 9月25日至27日;
  // 国庆 10月1日至7日, 9月20日(日)、10月10日(六)上班.
  2026: {
    breaks: [
      ['01-01', '01-03'],
      ['02-15', '02-23'],
      ['04-04', '04-06'],
      ['05-01', '05-05'],
      ['06-19', '06-21'],
      ['09-25', '09-27'],
      ['10-01', '10-07'],
    ],
    workingDays: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
};

function expand(year: number, [from, to]: [string, string]): string[] {
  const out: string[] = [];
  for (let d = `${year}-${from}`; d <= `${year}-${to}`; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('dayKind: the State Council holiday notices, every day of every shipped year', () => {
  test('the shipped years are exactly those with a notice found (2027: none published in the sources consulted)', () => {
    expect(calendarYears).toEqual([2024, 2025, 2026]);
    expect(hasCalendarData(2027)).toBe(false);
    expect(hasCalendarData(2026)).toBe(true);
  });

  describe.each(Object.entries(notices).map(([y, n]) => [Number(y), n] as const))('%i', (year, n) => {
    const holidays = n.breaks.flatMap((b) => expand(year, b));
    const working = n.workingDays.map((d) => `${year}-${d}`);

    test.each(holidays)('%s is a holiday (rest day)', (d) => {
      expect(dayKind(d)).toBe('rest_day');
    });

    test.each(working)('%s is an adjusted working day on a weekend', (d) => {
      expect([0, 6]).toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
      expect(dayKind(d)).toBe('working_day');
    });

    test('every other day: Saturday and Sunday rest, Monday to Friday work', () => {
      const special = new Set([...holidays, ...working]);
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
        if (special.has(d)) continue;
        const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
        expect(dayKind(d), d).toBe(wd === 0 || wd === 6 ? 'rest_day' : 'working_day');
      }
    });

    test('the data file lists exactly the transcribed days', () => {
      const notice = holidayNotice(year);
      expect([...(notice?.holidays ?? [])].sort()).toEqual([...holidays].sort());
      expect([...(notice?.workingDays ?? [])].sort()).toEqual([...working].sort());
    });
  });

  test.each([
    // 2024: 除夕 (02-09, Friday) is only "encouraged" off, not a holiday (国办发明电〔2023〕7号).
    ['2024-02-09', 'working_day'],
    // From 2025 除夕 and 5月2日 are statutory holidays (全国年节及纪念日放假办法, 2024-11-10 revision, in force 2025-01-01).
    ['2025-01-28', 'rest_day'], // 除夕
    ['2025-05-02', 'rest_day'],
    ['2026-02-16', 'rest_day'], // 除夕 (02-15 is 腊月二十八 per the notice)
    ['2026-05-02', 'rest_day'],
  ])('%s is a %s', (date, kind) => {
    expect(dayKind(date)).toBe(kind);
  });

  test('a year without a notice has no answer', () => {
    expect(dayKind('2023-06-01')).toBeUndefined();
    expect(dayKind('2027-01-04')).toBeUndefined();
    expect(holidayNotice(2027)).toBeUndefined();
  });

  test('each shipped notice names its title, document number and the rule version it applies', () => {
    const numbers: Record<number, string> = {
      2024: '国办发明电〔2023〕7号',
      2025: '国办发明电〔2024〕12号',
      2026: '国办发明电〔2025〕7号',
    };
    for (const year of calendarYears) {
      const n = holidayNotice(year);
      expect(n?.source.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
      expect(n?.source.documentNumber).toBe(numbers[year]);
      expect(n?.legalBasis).toContain(year >= 2025 ? '2025-01-01施行' : '2013年修订');
    }
  });
});
