import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.ts';

const unbalanced = (r: { messages: Array<{ rule: string }> }) => r.messages.filter((m) => m.rule === 'quotes/unbalanced-mark');

describe('odd quotation marks', () => {
  it('reports a quote that never closes and cuts it at the paragraph end', () => {
    const text = 'Mr. Haddad said: “The bridge will open in June, and the ferries will stop.\nThe council meets on Friday to vote on the budget.';
    const { quotes, report } = quotesOf(text);
    expect(unbalanced(report)).toHaveLength(1);
    // The span starts at the opening mark and ends with the paragraph's text.
    const q = quotes.find((x) => x.text.startsWith('“The bridge'));
    expect(q?.text).toBe('“The bridge will open in June, and the ferries will stop.');
    expect(quotes.every((x) => !x.text.includes('council'))).toBe(true);
  });

  it('caps an unclosed quote in a long paragraph after a few sentences', () => {
    const tail = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} adds nothing new.`).join(' ');
    const { quotes, report } = quotesOf(`The mayor said: “We are ready. ${tail}`);
    expect(unbalanced(report)).toHaveLength(1);
    const q = quotes.find((x) => x.text.startsWith('“We are ready'));
    expect(q).toBeDefined();
    expect(q!.text.length).toBeLessThan(200);
  });

  it('reports a closing mark with no opening mark and does not crash', () => {
    const { report } = quotesOf('The plan is dead,” the senator said.');
    expect(unbalanced(report)).toHaveLength(1);
  });

  it('closes the first of two opening marks before the second', () => {
    const { quotes, report } = quotesOf('Ms. Ito said “the deal is off and “we will try again next year,” she added.');
    expect(unbalanced(report).length).toBeGreaterThan(0);
    expect(quotes.some((q) => q.text.includes('we will try again next year'))).toBe(true);
  });

  it('treats inch marks and apostrophes as no quote', () => {
    const { quotes, report } = quotesOf("The leaders' talks in the '90s used a 12\" pipe, officials recalled.");
    expect(quotes.every((q) => !q.text.startsWith(' pipe'))).toBe(true);
    expect(report.messages.length).toBeLessThan(3);
  });

  // Its speed is measured by `npm run bench`, never here.
  it('handles a 5,000-word quote whole', () => {
    const body = Array.from({ length: 1000 }, (_, i) => `We build ${i} more homes.`).join(' ');
    const text = `“${body}” the housing minister, Sara Lind, said.`;
    const { quotes } = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].kind).toBe('direct');
    expect(quotes[0].text).toBe(`“${body}”`);
    expect(quotes[0].speaker).toContain('Lind');
  });

  it('survives marks only, empty quotes and empty text', () => {
    for (const text of ['“”', '" " "', '‘’ “ ” „', '', '“\n”\n“']) {
      expect(() => quotesOf(text)).not.toThrow();
    }
  });

  it('takes a single-quoted headline quote but not possessive apostrophes', () => {
    const { quotes } = quotesOf("Senator Vale says the vote is 'a matter of conscience' for voters' families.");
    const q = quotes.find((x) => x.text.includes('the vote is'));
    expect(q?.fragments).toEqual(['a matter of conscience']);
  });
});
