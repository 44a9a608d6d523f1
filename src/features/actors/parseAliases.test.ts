import { describe, expect, it } from 'vitest';
import { parseAliases } from './ActorDialog';

describe('other names typed as one line', () => {
  it('splits on "/" and ",", trims, keeps each once, in any script', () => {
    expect(parseAliases(' Порт Гамбурга / Port of Hamburg, HHLA /  / Port of Hamburg ')).toEqual(['Порт Гамбурга', 'Port of Hamburg', 'HHLA']);
  });
});
