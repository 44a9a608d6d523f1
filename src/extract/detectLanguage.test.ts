import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detectLanguage';

describe('detectLanguage', () => {
  it('tells Russian from English by script', () => {
    expect(detectLanguage('Путин и Ким Чен Ын провели телефонный разговор.')).toBe('ru');
    expect(detectLanguage('Putin and Kim Jong Un spoke by phone.')).toBe('en');
    expect(detectLanguage('Трамп 2.0: саммит на Аляске (Alaska summit, Anchorage)')).toBe('ru');
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('12:30 / 2025')).toBe('en');
  });
});
