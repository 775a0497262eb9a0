import { describe, expect, it } from 'vitest';
import { actorsAnalyzer, who } from './helpers.ts';

const an = actorsAnalyzer();
const text = 'Donald Trump spoke at a rally and Joe Biden answered him.';

describe('date-bounded roles', () => {
  it('codes the same names differently in 2019, 2023 and 2025', () => {
    const y2019 = an.process({ text, published: '2019-06-01' });
    const y2023 = an.process({ text, published: '2023-06-01' });
    const y2025 = an.process({ text, published: '2025-06-01' });
    expect([who(y2019, 'Trump')?.code, who(y2023, 'Trump')?.code, who(y2025, 'Trump')?.code]).toEqual(['USAGOV', 'USAELI', 'USAGOV']);
    expect(who(y2023, 'Biden')?.code).toBe('USAGOV');
    expect(who(y2019, 'Biden')?.code).toBe('USAELI');
  });
  it('ends a role on the day the term ends', () => {
    expect(who(an.process({ text, published: '2021-01-19' }), 'Trump')?.code).toBe('USAGOV');
    expect(who(an.process({ text, published: '2021-01-20' }), 'Trump')?.code).toBe('USAELI');
  });
  it('resolves "the Ukrainian president" to the holder on the date', () => {
    const y2018 = an.process({ text: 'The Ukrainian president spoke on television.', published: '2018-02-01' });
    const y2024 = an.process({ text: 'The Ukrainian president spoke on television.', published: '2024-02-01' });
    expect(who(y2018, 'Ukrainian president')?.name).toBe('Petro Poroshenko');
    expect(who(y2024, 'Ukrainian president')?.name).toBe('Volodymyr Zelensky');
  });
  it('uses the latest role and says so when the article has no date', () => {
    const doc = an.process({ text: 'Andrii Sybiha flew home.', published: null });
    expect(who(doc, 'Sybiha')?.code).toBe('UKRGOV');
    expect(doc.messages.some((m) => m.rule === 'actors/undated-role')).toBe(true);
  });
});
