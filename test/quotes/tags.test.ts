import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('speaker tags without a cue verb', () => {
  it('takes the name after a dash that follows a quote ("“…” ― Name")', () => {
    const text = 'Readers wrote in about the new bridge.\n\n“The tolls are far too high for families who cross every day.” ― Marta Okafor\n\n“I love the cycle lane.” — Piet de Vries.';
    const { quotes } = quotesOf(text);
    expect(find(quotes, 'tolls').speakerText).toBe('Marta Okafor');
    expect(find(quotes, 'cycle lane').speakerText).toBe('Piet de Vries');
  });

  it('takes a dash tag opening the paragraph after the quote, as fact-check lists print them', () => {
    const text = 'The debate ran late.\n\n"We will rebuild every bridge in the county by next spring."\n\n- Marta Okafor.\n\nOkafor overstates the budget.';
    expect(find(quotesOf(text, undefined, true).quotes, 'rebuild every bridge').speakerText).toBe('Marta Okafor');
  });

  it('ignores a dash followed by a name that goes on into a sentence', () => {
    const { quotes } = quotesOf('Then came the new sign.\n\n“No trucks on the bridge after dark, please.” — Anna Kowal painted the words in May and they are still there.');
    expect(quotes.some((q) => q.text.includes('No trucks') && q.speakerText === 'Anna Kowal')).toBe(false);
  });

  it('reads a transcript label at the start of a quote ("“ROE: …”") as the speaker and leaves it out of the span', () => {
    const text = 'A partial transcript of the interview follows.\n\n"HOST: Will the bridge open in May?"\n\n"KOWAL: It will open in June, and not a day later."';
    const { quotes } = quotesOf(text);
    const q1 = find(quotes, 'open in May');
    expect(q1.text).toBe('Will the bridge open in May?');
    expect(q1.fragments).toEqual(['Will the bridge open in May?']);
    expect(q1.speakerText).toBe('HOST');
    const q2 = find(quotes, 'open in June');
    expect(q2.text.startsWith('It will open')).toBe(true);
    expect(q2.speakerText).toBe('KOWAL');
  });

  it('does not take a lone capital letter or a mixed-case word before a colon for a label', () => {
    const { quotes } = quotesOf('She wrote back at once.\n\n"A: the bridge, B: the tunnel, in that order," Ms. Kowal said.');
    expect(find(quotes, 'the tunnel').speakerText).toBe('Ms. Kowal');
  });
});

describe('a name the tagger reads as a verb', () => {
  it('keeps "…,” Lynch said" attributed to Lynch', () => {
    const text = 'Lynch spoke for an hour.\n\n"I would answer the question, and he would look at me," Lynch said. "So I kept talking."';
    const { quotes } = quotesOf(text);
    expect(find(quotes, 'answer the question').speakerText).toBe('Lynch');
    expect(find(quotes, 'kept talking').speakerText).toBe('Lynch');
  });
});

describe('a quote after a colon that no cue took', () => {
  it('is spoken by the subject of the clause before the colon', () => {
    const text = 'The harbor board released an unusual notice on Monday:\n\n“All ferries will stop for a week while the piers are repaired.”';
    const q = find(quotesOf(text).quotes, 'All ferries');
    expect(q.speakerText).toBe('The harbor board');
  });
});

describe('transcript labels without quotation marks', () => {
  it('gives a capitalised label its whole paragraph, with cues inside it nested', () => {
    const text = 'The interview went on.\n\nHOST: Will the mayor come tomorrow?\n\nKOWAL: Well, the mayor was really mocking the idea that the vote was close. We will see.';
    const { quotes } = quotesOf(text);
    const q = find(quotes, 'We will see');
    expect(q.speakerText).toBe('KOWAL');
    expect(q.text.startsWith('Well, the mayor')).toBe(true);
    expect(find(quotes, 'come tomorrow').speakerText).toBe('HOST');
  });
});

describe('a headline "Name: claim"', () => {
  it('gives the claim to the name even when a cue inside it is found too', () => {
    const text = 'Okafor: Voters will back the levy in May\n\nThe council member spoke on Monday.';
    const q = find(quotesOf(text).quotes, 'Voters will back');
    expect(q.speakerText).toBe('Okafor');
  });

  it('takes a one-word name the tagger reads as a verb ("Lynch: …")', () => {
    const text = 'Lynch: Talks will resume in Oslo next week.\n\nThe envoy arrived on Monday.';
    const q = find(quotesOf(text, undefined, true).quotes, 'Talks will resume');
    expect([q.cue, q.speakerText]).toEqual([':', 'Lynch']);
  });

  it('takes a verbless headline claim whole ("Okafor: No new levy …"), at the article start only', () => {
    const text = 'Okafor: No new levy for the harbor district this year.\n\nThe council met.\n\nAna Roe: 1,769 delegates';
    const { quotes } = quotesOf(text);
    const q = find(quotes, 'No new levy');
    expect([q.text, q.cue, q.speakerText]).toEqual(['No new levy for the harbor district this year', ':', 'Okafor']);
    // Further down, a label and colon before words without a verb are a list or table row, not a claim.
    expect(quotes.some((x) => x.text.includes('1,769'))).toBe(false);
  });

  it('takes no source from a kicker word before the colon ("Breaking:", "BYLINE:")', () => {
    const text = 'Breaking: Harbor Council Approves The Ferry Budget\n\nBYLINE: Piet de Vries.\n\nCorrection: An earlier version misstated the toll.\n\nOkafor: Voters will back the levy in May';
    const { quotes } = quotesOf(text, undefined, true);
    for (const words of ['Ferry Budget', 'Piet de Vries', 'misstated']) expect(quotes.some((q) => q.text.includes(words))).toBe(false);
    // A name before the colon is still a source.
    expect(find(quotes, 'Voters will back').speakerText).toBe('Okafor');
  });

  it('takes the name after a headline\'s dash when its colon opens a quotation ("HEADLINE - Jan Roe: “…”")', () => {
    const text = 'Polls differ.\n\nTURNOUT IN OHIO DID NOT RISE - Jan M. Roe: “At long last the contests have started, and we now see who votes.”';
    const q = find(quotesOf(text, undefined, true).quotes, 'At long last');
    expect([q.kind, q.cue, q.speakerText]).toEqual(['direct', ':', 'Jan M. Roe']);
    // Without a quotation after the colon, a dash and a colon make no source.
    const plain = quotesOf('Polls differ.\n\nTURNOUT DID NOT RISE - Jan Roe: a summary follows.', undefined, true).quotes;
    expect(plain.some((x) => x.speakerText === 'Jan Roe')).toBe(false);
  });
});
