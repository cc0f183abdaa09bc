import { describe, expect, test } from 'vitest';
import { ApiError, toApiError } from './client';
import { detailPathToFieldName, mapDetailsToFields } from './errors';

describe('detailPathToFieldName', () => {
  test.each([
    ['defendants.0.name', ['defendants', 0, 'name']],
    ['defendants[1].idNumber', ['defendants', 1, 'idNumber']],
    ['plaintiff.phone', ['plaintiff', 'phone']],
    ['claims.2.amountFen', ['claims', 2, 'amountYuan']],
    ['causeOfAction', ['causeOfActionCode']],
    ['factsAndReasons', ['factsAndReasons']],
  ])('%s', (path, name) => {
    expect(detailPathToFieldName(path)).toEqual(name);
  });
});

describe('mapDetailsToFields', () => {
  const isField = (name: (string | number)[]) => name[0] !== 'materials' && name.length > 1;
  const localize = (d: { code: string; path: string }) => `${d.path}:${d.code}`;

  test('puts each detail on its field and keeps the rest apart', () => {
    const result = mapDetailsToFields(
      [
        { path: 'defendants.0.name', code: 'required', message: 'x' },
        { path: 'defendants.0.name', code: 'too_long', message: 'x' },
        { path: 'claims.1.amountFen', code: 'invalid', message: 'x' },
        { path: 'materials.complaint', code: 'required', message: 'x' },
        { path: 'defendants', code: 'min_count', message: 'x' },
      ],
      isField,
      localize,
    );
    expect(result.fields).toEqual([
      { name: ['defendants', 0, 'name'], errors: ['defendants.0.name:required', 'defendants.0.name:too_long'] },
      { name: ['claims', 1, 'amountYuan'], errors: ['claims.1.amountFen:invalid'] },
    ]);
    expect(result.others.map((d) => d.path)).toEqual(['materials.complaint', 'defendants']);
  });

  test('does not repeat the same message on a field', () => {
    const d = { path: 'plaintiff.phone', code: 'invalid', message: 'x' };
    expect(mapDetailsToFields([d, d], isField, localize).fields[0]?.errors).toHaveLength(1);
  });
});

describe('toApiError', () => {
  test('reads the contract error body', () => {
    const e = toApiError(422, {
      error: { code: 'FILING_INCOMPLETE', message: 'm', details: [{ path: 'defendants', code: 'min_count', message: 'm' }] },
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.code).toBe('FILING_INCOMPLETE');
    expect(e.details).toHaveLength(1);
  });

  test('falls back to a code from the status when the body is not ours', () => {
    expect(toApiError(401, '<html>').code).toBe('UNAUTHENTICATED');
    expect(toApiError(502, undefined).code).toBe('INTERNAL');
  });
});
