import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/tokenize.ts';
import { find, quotesOf } from './helpers.ts';

const meta = { title: null, source: null, url: null, published: null, authors: [], contributors: [] };

describe('content around a parenthetical cue', () => {
  it('takes both sides of "A, she said, B" as the content', () => {
    const { quotes } = quotesOf('In the long run, Anna Kowal said, the new harbour will pay for itself twice over.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('In the long run, Anna Kowal said, the new harbour will pay for itself twice over');
    expect(quotes[0].speakerText).toBe('Anna Kowal');
  });

  it('does not take an apposition after an inverted speaker as content', () => {
    const { quotes } = quotesOf('Voters are tired of waiting for the bridge, said Lars Berg, a councillor who chairs the transport board.');
    const said = quotes.find((q) => q.cue === 'said');
    expect(said?.text).toBe('Voters are tired of waiting for the bridge');
    expect(said?.speakerText).toBe('Lars Berg');
    expect(quotes.some((q) => q.text.includes('councillor'))).toBe(false);
  });

  it('leaves out a noun phrase summing up what was said ("A, she said, a policy that …")', () => {
    const { quotes } = quotesOf('Families who lost their homes in the flood would come first for housing, Anna Kowal said, a policy that could help them stay in the valley.', undefined, true);
    expect(quotes.map((q) => [q.text, q.speakerText])).toEqual([['Families who lost their homes in the flood would come first for housing', 'Anna Kowal']]);
    // A clause after the cue is still what she said.
    const clause = quotesOf('Families would come first for housing, Anna Kowal said, and the town would pay for it.', undefined, true).quotes;
    expect(clause.map((q) => q.text)).toEqual(['Families would come first for housing, Anna Kowal said, and the town would pay for it']);
  });

  it('runs past a cue after it, which it nests ("Instead, she said, her boss told her …")', () => {
    const { quotes } = quotesOf('Instead, Anna Kowal said, her boss told her the office would close.', undefined, true);
    expect(quotes.map((q) => [q.cue, q.text])).toEqual([
      ['said', 'Instead, Anna Kowal said, her boss told her the office would close'],
      ['told', 'the office would close'],
    ]);
  });

  it('reports over a learned cue before it, which it nests (the learned cue sets no start)', () => {
    const { quotes } = quotesOf('Victims of the storm would be considered a priority group for new housing, Anna Kowal said, and the town would pay for it.');
    const said = find(quotes, 'Victims');
    expect([said.cue, said.speakerText]).toEqual(['said', 'Anna Kowal']);
    expect(said.text).toBe('Victims of the storm would be considered a priority group for new housing, Anna Kowal said, and the town would pay for it');
  });

  it('leaves "X said, adding …" to the participle', () => {
    const { quotes } = quotesOf('Mr. Berg said, adding that the ferries would run every hour.');
    expect(quotes.some((q) => q.text.startsWith('Mr. Berg'))).toBe(false);
  });
});

describe('inverted speaker after a comma', () => {
  it('prefers the name after "…, said" to a noun inside the content', () => {
    const { quotes } = quotesOf('When the river rose over the fields of the farmers, the town had more room to act, said Maria Lund, a planner working for the county.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speakerText).toBe('Maria Lund');
    expect(quotes[0].text).toBe('When the river rose over the fields of the farmers, the town had more room to act');
  });

  it('takes no inversion when nothing was said before the comma ("Gov. X of Ohio, a Republican, said the Lee family …")', () => {
    const { quotes } = quotesOf('Gov. Ana Ruiz of Ohio, a Republican, said the Lee family deserved better.', undefined, true);
    expect(quotes.map((q) => [q.speakerText, q.text])).toEqual([['Gov. Ana Ruiz', 'the Lee family deserved better']]);
    // What was said may still go on after an inverted speaker.
    const split = quotesOf('When the dam broke, says Carl Lund, a historian, the valley changed for good.', undefined, true).quotes;
    expect(split.map((q) => q.speakerText)).toEqual(['Carl Lund']);
  });
});

describe('speaker before an apposition', () => {
  it('finds the speaker before a long apposition ("“…,” Berg, the party frontrunner … after winning …, said")', () => {
    const text = '“Good question, very good question,” Berg, the 2016 party frontrunner nationally and current polling leader in Ohio by a wide margin after winning the Iowa primaries, said.';
    const { quotes } = quotesOf(text, undefined, true);
    // Before, with no speaker found, the quote ran over the name and its apposition.
    expect(quotes.map((q) => [q.kind, q.speakerText, q.text])).toEqual([['direct', 'Berg', '“Good question, very good question,”']]);
  });
});

describe("quotes marked with two apostrophes ('')", () => {
  it('pairs them like double marks and attributes the quote', () => {
    const text = "''We will not stop the works,'' Anna Kowal said on Monday.";
    const { quotes } = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].kind).toBe('direct');
    expect(quotes[0].text).toBe("''We will not stop the works,''");
    expect(quotes[0].speakerText).toBe('Anna Kowal');
  });

  it('keeps a single-quoted phrase inside and joins a split quote', () => {
    const text = "''The word 'crisis' is too strong,'' said Mr. Berg, ''and we will say so.''";
    const { quotes } = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(["''The word 'crisis' is too strong,''", "''and we will say so.''"]);
    expect(quotes.every((q) => q.speakerText === 'Mr. Berg')).toBe(true);
  });

  it('takes the quotation after "…, X said," as the content, not the clause before ("In May, as …, X said, \'\'…\'\'")', () => {
    const text = "In May, as a protester was led out of the hall in Linz, Mr. Berg said, ''I would like to see him go.''";
    const { quotes } = quotesOf(text, undefined, true);
    expect(quotes.map((q) => [q.kind, q.text, q.speakerText])).toEqual([['direct', "''I would like to see him go.''", 'Mr. Berg']]);
  });

  it("closes a nested single quote before the double one in ''' and keeps the tag after it", () => {
    const text = "''We hear it every day, 'Linz is a special case,''' Mr. Berg said. ''It is not true.''";
    const { quotes } = quotesOf(text, undefined, true);
    expect(quotes.map((q) => [q.text, q.cue, q.speakerText])).toEqual([
      ["''We hear it every day, 'Linz is a special case,'''", 'said', 'Mr. Berg'],
      ["''It is not true.''", 'said', 'Mr. Berg'],
    ]);
  });

  it('leaves a lone apostrophe pair without a partner as no quote', () => {
    const { quotes, report } = quotesOf("The mayor ''will decide tomorrow.");
    expect(quotes.filter((q) => q.kind === 'direct')).toHaveLength(0);
    expect(report.messages.some((m) => m.rule === 'quotes/unbalanced-mark')).toBe(true);
  });
});

describe('sentences around a bracket after a name', () => {
  it('does not cut a sentence after "(D-Ore.)" when it goes on in lower case', () => {
    const doc = buildDoc('t', 'Sen. Ana Roe (D-Ore.) said the plan was reckless. (A note.) Then it rained.', meta);
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'Sen. Ana Roe (D-Ore.) said the plan was reckless.', '(A note.)', 'Then it rained.',
    ]);
  });

  it('does not cut a sentence inside "(D-N.Y.)", whatever case follows', () => {
    const doc = buildDoc('t', 'Sen. Ana Roe (R-S.C.) told The Harbor Times that the plan was reckless. Then it rained.', meta);
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'Sen. Ana Roe (R-S.C.) told The Harbor Times that the plan was reckless.', 'Then it rained.',
    ]);
  });
});

describe('a tag with a time clause after it', () => {
  it('reports the clause before "…, X said after the meeting broke up"', () => {
    const { quotes } = quotesOf('The harbor must stay open, Anna Kowal said after the meeting broke up.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('The harbor must stay open');
    expect(quotes[0].speakerText).toBe('Anna Kowal');
  });

  it('still takes a that-clause after an introductory phrase ("In Oslo, X said on Monday that …")', () => {
    const { quotes } = quotesOf('In Oslo, Lars Berg said on Monday that the ferries would run again.');
    expect(quotes[0].text).toBe('that the ferries would run again');
  });
});

describe('objects that go on past a comma', () => {
  it('keeps a relative clause with the object of a stance cue', () => {
    const q = find(quotesOf('The senator criticized the harbor bill, which cut funding for ferries.').quotes, 'harbor bill');
    expect(q.text).toBe('the harbor bill, which cut funding for ferries');
  });

  it('keeps a participle phrase describing the object ("the legacy of racism, enshrined in …")', () => {
    const q = find(quotesOf('The senator criticized the harbor bill, written in secret by lobbyists.').quotes, 'harbor bill');
    expect(q.text).toBe('the harbor bill, written in secret by lobbyists');
  });

  it('keeps coordinate adjectives and examples after a comma ("a strong, conservative executive", ", like roads")', () => {
    const q = find(quotesOf('The senator praised a bold, costly harbor plan.').quotes, 'harbor plan');
    expect(q.text).toBe('a bold, costly harbor plan');
    const r = find(quotesOf('The senator praised spending projects, like roads and ferries.').quotes, 'spending projects');
    expect(r.text).toBe('spending projects, like roads and ferries');
  });

  it('keeps a list whose items carry a prepositional phrase ("his record, his remarks about the port and …")', () => {
    const q = find(quotesOf('The senator criticized his record, his remarks about the harbor and his tolls.').quotes, 'his record');
    expect(q.text).toBe('his record, his remarks about the harbor and his tolls');
  });

  it('runs a noun\'s that-clause to its end ("rejected the claim that the ferry, in a crisis, …")', () => {
    const q = find(quotesOf('The senator rejected the claim that the ferry, in a crisis, could wait.').quotes, 'the claim');
    expect(q.text).toBe('the claim that the ferry, in a crisis, could wait');
  });

  it('stops at a comma that opens a new clause', () => {
    const q = find(quotesOf('The senator criticized the harbor bill, but voted for it anyway.').quotes, 'harbor bill');
    expect(q.text).toBe('the harbor bill');
  });
});

describe('a day right after the cue', () => {
  it('is when it was said, not part of what was said nor a speaker ("said Sunday the …")', () => {
    const { quotes } = quotesOf('Harbor officials said Sunday the ferry would run again.');
    expect(quotes[0].text).toBe('the ferry would run again');
    expect(quotes[0].speakerText).toBe('Harbor officials');
  });
});

describe('a that-clause with a later cue in it', () => {
  it('runs over an opening phrase to its own verb, a cue too ("noted that at …, in 1972, she spoke …")', () => {
    const q = find(quotesOf('Lund noted that at one of her first meetings, in 1972, she spoke for an hour.').quotes, 'first meetings');
    expect([q.text, q.speakerText]).toEqual(['that at one of her first meetings, in 1972, she spoke for an hour', 'Lund']);
  });

  it('looks for its verb past an opening subordinate clause ("said that if the vote fails, she will demand …")', () => {
    const { quotes } = quotesOf('Roe said that if the vote fails, she will demand a recount.');
    expect(find(quotes, 'vote fails').text).toBe('that if the vote fails, she will demand a recount');
    // The cue in it is nested, with its own speaker.
    expect(quotes.find((q) => q.text === 'a recount')?.speakerText).toBe('she');
  });

  it('still ends where a later cue opens a clause of its own ("said that …, and Roe added …")', () => {
    const q = find(quotesOf('Lund said that the mill would close, and Roe added that jobs would go.').quotes, 'mill would close');
    expect(q.text).toBe('that the mill would close');
  });
});
