import { describe, expect, it } from 'vitest';
import { mappingProblems } from '../import/table/columnMapping';
import { i18n } from './i18n';
import { messageText } from './phrases';

describe('table import problems in the interface language', () => {
  const en = i18n.getFixedT('en');
  const ru = i18n.getFixedT('ru');

  it('words a mapping problem from its code exactly as its English message, and in Russian with the field named', () => {
    const problems = mappingProblems({ fields: ['when', 'when', 'title'], order: 'day-first' }, ['Date', 'Start', 'Title']);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(messageText(en, p!.code, '')).toBe(p!.message);
    expect(messageText(ru, p!.code, p!.message)).toBe('«Date» и «Start» оба сопоставлены с полем «Дата (начало)»; выберите одно.');
  });

  it('says what is missing', () => {
    const problems = mappingProblems({ fields: [null], order: 'day-first' }, ['x']);
    expect(problems.map((p) => messageText(en, p.code, ''))).toEqual(problems.map((p) => p.message));
    expect(problems.map((p) => p.code.key)).toEqual(['mapping.noTitle', 'mapping.noDate']);
  });
});
