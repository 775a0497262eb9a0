import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('direct quotes', () => {
  it('takes curly marks with the speaker after the quote', () => {
    const { quotes } = quotesOf('“We will rebuild the bridge by spring,” Governor Lena Park said on Tuesday.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'direct', text: '“We will rebuild the bridge by spring,”', cue: 'said' });
    // The span holds the marks, as printed (and as PARC and PolNeAR mark a quote); the fragment is the words.
    expect(quotes[0].fragments).toEqual(['We will rebuild the bridge by spring,']);
    expect(quotes[0].speakerText).toBe('Governor Lena Park');
    expect(quotes[0].speaker).toContain('Lena Park');
  });

  it('takes straight marks with an inverted speaker ("said Mr. X")', () => {
    const { quotes } = quotesOf('"The budget is balanced at last," said Mayor Tomas Reyes.');
    expect(quotes[0]).toMatchObject({ kind: 'direct', text: '"The budget is balanced at last,"' });
    expect(quotes[0].speaker).toContain('Reyes');
  });

  it('keeps nested single quotes and apostrophes inside one quote', () => {
    const { quotes } = quotesOf('“They can’t call Brazil’s offer a ‘fair deal’ and walk away,” the minister said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('“They can’t call Brazil’s offer a ‘fair deal’ and walk away,”');
  });

  it('runs a quote over several sentences', () => {
    const { quotes } = quotesOf('“The talks failed. We will try again next week. Nobody has given up,” Ms. Kowal said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('“The talks failed. We will try again next week. Nobody has given up,”');
    expect(quotes[0].speaker).toContain('Kowal');
  });

  it('joins a paragraph that reopens a quote without closing the previous one', () => {
    const text = 'Ana Silva, the mayor of Porto Verde, said: “We will open three new clinics this year.\n“And we will hire two hundred nurses to staff them.”';
    const { quotes, report } = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual([
      '“We will open three new clinics this year.',
      '“And we will hire two hundred nurses to staff them.”',
    ]);
    for (const q of quotes) expect(q.speaker).toContain('Silva');
    expect(report.messages.filter((m) => m.rule === 'quotes/unbalanced-mark')).toHaveLength(0);
  });

  it('gives both halves of a quote split by its attribution the same speaker and cue', () => {
    const { quotes } = quotesOf('“We are ready to sign,” Mr. Okafor said. “But we need guarantees first.”');
    const [a, b] = quotes;
    expect(a).toMatchObject({ text: '“We are ready to sign,”', cue: 'said' });
    expect(b).toMatchObject({ text: '“But we need guarantees first.”', cue: 'said' });
    expect(b.speaker).toBe(a.speaker);
    expect(a.speaker).toContain('Okafor');
  });

  it('takes a quote introduced by a colon', () => {
    const { quotes } = quotesOf('Mayor Ines Duarte thanked the volunteers and urged: “Vote early this year!”');
    const q = find(quotes, 'Vote early');
    expect(q).toMatchObject({ kind: 'direct', cue: 'urged' });
    expect(q.speaker).toContain('Duarte');
  });

  it('finds the speaker named in the clause after a partial quote', () => {
    const { quotes } = quotesOf('The governor “spoke very warmly” about the plan, her adviser, Omar Haddad, told reporters.');
    const q = find(quotes, 'spoke very warmly');
    expect(q.kind).toBe('mixed');
    expect(q.fragments).toEqual(['spoke very warmly']);
    expect(q.speaker).toBe('Omar Haddad');
    expect(q.cue).toBe('told');
  });

  it('gives a floating quote paragraph to the last speaker', () => {
    const text = '“The harvest was poor,” said Farid Nasser, who leads the growers’ union.\n“Prices will rise before winter.”';
    const { quotes } = quotesOf(text);
    const q = find(quotes, 'Prices will rise');
    expect(q.cue).toBeNull();
    expect(q.speaker).toContain('Nasser');
  });

  it('keeps a quote its own tag follows even when an earlier cue reports it too ("X asserted …: “A,” he claimed")', () => {
    const { quotes } = quotesOf('In Oslo, Kowal asserted that Norway had changed: “Norway is no longer Norway,” he claimed.', undefined, true);
    const q = quotes.find((x) => x.cue === 'claimed');
    expect([q?.kind, q?.text, q?.speakerText]).toEqual(['direct', '“Norway is no longer Norway,”', 'he']);
  });

  it('continues the speaker of a quote\'s own tag, not of a report it is part of ("X said … “A,” she said. “B.”")', () => {
    const text = 'Ana Roe said she made the film because “most people do not know that history,” she said. “We have no context without it.”';
    const q = find(quotesOf(text, undefined, true).quotes, 'no context');
    expect([q.cue, q.speakerText]).toEqual(['said', 'she']);
  });

  it('gives a floating quote the outer speaker, not one nested in what that speaker said', () => {
    const text = 'Ana Roe said that for years critics had claimed the plant was unsafe.\n\n“That is simply wrong. The plant is the safest in the region.”';
    const q = find(quotesOf(text, undefined, true).quotes, 'simply wrong');
    expect([q.cue, q.speakerText]).toEqual([null, 'Ana Roe']);
  });

  it('does not take a speaker’s own “I said” inside the quote as the cue', () => {
    const { quotes } = quotesOf('“I said, When will this end, my friend?” Mr. Lindqvist said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker).toContain('Lindqvist');
  });

  it('resolves a pronoun speaker to the actor', () => {
    const text = 'Anna Kowal, the foreign minister of Poland, arrived late.\n“We came to listen,” she said.';
    const q = find(quotesOf(text).quotes, 'We came to listen');
    expect(q.speakerText).toBe('she');
    expect(q.speaker).toBe('Anna Kowal');
  });
});
