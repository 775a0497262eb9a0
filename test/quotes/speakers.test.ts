import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/tokenize.ts';
import { findMarked, paragraphTokens } from '../../src/stages/quotes/marks.ts';
import { speakerAfter, speakerBefore } from '../../src/stages/quotes/floating.ts';
import type { Frame } from '../../src/stages/quotes/frames.ts';
import type { Speaker } from '../../src/stages/quotes/phrase.ts';
import { chooseSpeakers, compileSpeakerModel } from '../../src/stages/quotes/speaker-model.ts';
import { find, quotesOf } from './helpers.ts';
import { createAnalyzer, defaultStages } from '../../src/analyzer.ts';
import { quotesStageWith } from '../../src/stages/quotes/index.ts';

const meta = { title: null, source: null, url: null, published: null, authors: [], contributors: [] };

describe('learned speaker chooser', () => {
  it('takes the named subject, not a weekday standing before the cue', () => {
    const q = find(quotesOf('Governor Dana Holt on Wednesday praised the new bridge.').quotes, 'the new bridge');
    expect(q.speakerText).toBe('Governor Dana Holt');
  });

  it('keeps the rules where they are right', () => {
    const text = 'Ms. Holt, the governor of the state, told reporters on Friday that the roads would reopen.';
    expect(find(quotesOf(text).quotes, 'roads would reopen').speakerText).toBe('Ms. Holt');
    const q = find(quotesOf('The mayor met Lena Ortiz, who said the bridge would reopen in May.').quotes, 'bridge');
    expect(q.speakerText).toBe('who');
  });

  it('takes a participle after its noun into the subject ("those surveyed say …")', () => {
    const q = find(quotesOf('By wide margins, those surveyed say the bridge should be rebuilt.', undefined, true).quotes, 'bridge');
    expect(q.speakerText).toBe('those surveyed');
  });

  it('keeps a name the tagger reads as a verb when it opens the sentence right before the cue ("Cook said …")', () => {
    const q = find(quotesOf('Cook said Lund stopped the practice.').quotes, 'stopped the practice');
    expect(q.speakerText).toBe('Cook');
  });

  it('chooses no speaker when the model scores "no speaker" best', () => {
    const text = 'Dana Holt said the bridge would reopen.';
    const doc = buildDoc(null, text, meta);
    const said = doc.lower.indexOf('said');
    const frame = { c0: said, c1: said + 1, entry: { tokens: ['said'], kind: 'speech', after: null }, sentence: 0, phrase: { a: 0, b: said, clauseStart: 0 }, clauseStart: 0, content: null, marked: null } as Frame;
    chooseSpeakers(doc, [frame], new Uint8Array(doc.tokenCount), compileSpeakerModel({ weights: { null: 5 } }));
    expect(frame.phrase).toBeNull();
  });

  it('rejects a malformed model file', () => {
    expect(() => compileSpeakerModel({ weights: { b: 'high' } })).toThrow();
    expect(() => compileSpeakerModel({})).toThrow();
  });
});

describe('speakers of quotes no cue took', () => {
  const speaker = (span: [number, number]): Speaker => ({ name: 'x', code: '', span, named: true });

  /** A document with one speech frame over `cue`, its speaker phrase starting at the token of `who`. */
  function setup(text: string, who: string, cue: string) {
    const doc = buildDoc(null, text, meta);
    const marked = findMarked(doc, paragraphTokens(doc), doc.tokenCount);
    const c = doc.lower.indexOf(cue);
    const a = doc.lower.indexOf(who);
    const f = { c0: c, c1: c + 1, entry: { tokens: [cue], kind: 'speech', after: null }, sentence: doc.sentenceAt(doc.starts[c]), phrase: { a, b: c, clauseStart: a }, clauseStart: a, content: null, marked: null } as Frame;
    const sp = speaker([doc.starts[a], doc.ends[c - 1]]);
    return { doc, marked, frames: [f], spoken: new Map([[f, sp]]), sp };
  }

  it('gives a quote ending in a comma the speaker of the cue right after it', () => {
    const { doc, marked, frames, spoken, sp } = setup('“I will never eat them again,” Holt said in March of the pancakes.', 'holt', 'said');
    expect(speakerAfter(doc, frames, spoken, marked[0])).toBe(sp);
  });

  it('does not reach into the next sentence after a quote that ends with a full stop', () => {
    const { doc, marked, frames, spoken } = setup('“I will never eat them again.” Holt said in March that the shop had closed.', 'holt', 'said');
    expect(speakerAfter(doc, frames, spoken, marked[0])).toBeNull();
  });

  it('gives a floating quote the speaker of the nearest cue before it', () => {
    const { doc, marked, frames, spoken, sp } = setup('Later, Ruiz said so again.\n\n“We counted every coin twice.”', 'ruiz', 'said');
    expect(speakerBefore(doc, frames, spoken, marked[0])).toBe(sp);
  });

  it('gives a quotation inside a clause with no cue that clause\'s subject, not the last speaker', () => {
    const text = 'Ana Ruiz said the budget was tight. Lena Holt introduced her as “a fighter for families and a friend.”';
    const q = find(quotesOf(text, undefined, true).quotes, 'a fighter');
    expect([q.cue, q.speakerText]).toEqual([null, 'Lena Holt']);
    // A quotation opening its sentence still floats to the last speaker.
    const floating = find(quotesOf('Ana Ruiz said the budget was tight.\n\n“We counted every coin twice.”', undefined, true).quotes, 'every coin');
    expect(floating.speakerText).toBe('Ana Ruiz');
  });

  it('reports the nearest mention as the span of a floating quote in the full pipeline', () => {
    const text = 'Mayor Ana Ruiz said the budget was tight.\n\nLater, Ruiz agreed with the plan.\n\n“We counted every coin twice.”';
    const { report } = quotesOf(text);
    const q = report.quotes.find((x) => text.slice(x.span[0], x.span[1]).startsWith('“We counted'))!;
    expect(q.speaker?.span[0]).toBe(text.indexOf('Ruiz agreed'));
  });
});

describe('opening participles in the full pipeline', () => {
  it('keep the subject after the comma ("Conceding that …, he warned: “…”")', () => {
    const { quotes } = quotesOf('Conceding that there would likely be a trade agreement “down the line,” he warned: “It will not happen quickly.”');
    expect(quotes.find((q) => q.cue === 'Conceding')?.speakerText).toBe('he');
  });
});

describe('speaker candidates', () => {
  it('leave out ages, days and years ("Woodrow Benford, 58, on Sunday said in 2016 …")', async () => {
    const { candidates } = await import('../../src/stages/quotes/candidates.ts');
    const text = 'Woodrow Benford, 58, on Sunday said in 2016 that 40 percent of the voters backed him.';
    const doc = buildDoc(null, text, meta);
    const said = doc.lower.indexOf('said');
    const frame = { c0: said, c1: said + 1, entry: { tokens: ['said'], kind: 'speech', after: null }, sentence: 0, phrase: null, clauseStart: said, content: null, marked: null } as Frame;
    const words = candidates(doc, frame, new Uint8Array(doc.tokenCount), null).map((c) => doc.lower[c.t]);
    expect(words).toContain('benford');
    expect(words).toContain('40');
    for (const w of ['58', 'sunday', '2016']) expect(words).not.toContain(w);
  });
});

describe('compiled speaker tables', () => {
  it('score every candidate exactly as the feature strings do', async () => {
    const { candidates } = await import('../../src/stages/quotes/candidates.ts');
    const { referenceScore, tableScore } = await import('../../src/stages/quotes/speaker-model.ts');
    const data = (await import('../../data/quotes/speaker-model.json', { with: { type: 'json' } })).default;
    const model = compileSpeakerModel(data);
    const text = '“We will not move,” Governor Dana Holt, a former judge, told reporters in Oslo on Tuesday.';
    const doc = buildDoc(null, text, meta);
    const told = doc.lower.indexOf('told');
    const frame = { c0: told, c1: told + 1, entry: { tokens: ['told'], kind: 'address', after: null }, sentence: 0, phrase: { a: 4, b: told, clauseStart: 4 }, clauseStart: 4, content: null, marked: null } as Frame;
    const inside = new Uint8Array(doc.tokenCount);
    const cands = candidates(doc, frame, inside, frame.phrase);
    expect(cands.length).toBeGreaterThan(3);
    for (const c of cands) expect(tableScore(model, doc, frame, c)).toBeCloseTo(referenceScore(model, doc, frame, c), 9);
    // The runtime path: the chooser's winner must be the candidate with the best reference score.
    const ref = cands.map((c) => referenceScore(model, doc, frame, c));
    const best = cands[ref.indexOf(Math.max(...ref))];
    const copy = { ...frame };
    chooseSpeakers(doc, [copy], inside, model);
    expect(copy.phrase).not.toBeNull();
    expect(best.t >= copy.phrase!.a && best.t < copy.phrase!.b).toBe(true);
  });
});

describe('participles and passives that name their speaker elsewhere', () => {
  it('gives a participle opening the sentence the main clause subject ("Noting that …, X said")', () => {
    const q = find(quotesOf('Noting that the river had risen, Mayor Anna Kowal said the town would act.').quotes, 'river had risen');
    expect(q.cue).toBe('Noting');
    expect(q.speaker).toBe('Anna Kowal');
  });

  it('takes the agent of "he was asked by X whether …"', () => {
    const q = find(quotesOf('He was asked by a reporter whether the plan had changed.').quotes, 'plan had changed');
    expect(q.speakerText).toBe('a reporter');
  });

  it('reads a participle after its noun with an agent as a passive ("a call echoed by Japan")', () => {
    const { quotes } = quotesOf('Norway backed the ruling, a call echoed by Japan on Saturday.', undefined, true);
    const q = quotes.find((x) => x.cue === 'echoed');
    expect([q?.text, q?.speakerText]).toEqual(['a call', 'Japan']);
  });
});

describe('a party and state in brackets after a name', () => {
  it('reports the name, not the bracket ("Sen. Ana Roe (D-Ore.) said")', () => {
    const q = find(quotesOf('Sen. Ana Roe (D-Ore.) said the bill would pass next week.').quotes, 'bill would pass');
    expect(q.speakerText).toBe('Sen. Ana Roe');
  });
});

describe('a participle between the subject and the cue', () => {
  it('leaves the subject the speaker ("The ministry, citing two officials, said …")', () => {
    const { quotes } = quotesOf('The ministry, citing two officials, said the talks had failed.');
    expect(find(quotes, 'talks had failed').speakerText).toBe('The ministry');
    expect(find(quotes, 'two officials').cue).toBe('citing');
  });
});

describe('datelines', () => {
  it('never gives a dateline as the speaker ("WASHINGTON (AP) — X said", "OSLO — X left, saying …")', () => {
    const text = 'WASHINGTON (AP) — Sen. Ana Roe said the bridge bill was dead.\n\nOSLO — The harbor board closed the pier on Monday, saying the ferries were unsafe.';
    const { quotes } = quotesOf(text);
    expect(find(quotes, 'bridge bill').speakerText).toBe('Sen. Ana Roe');
    expect(find(quotes, 'ferries were unsafe').speakerText).toBe('The harbor board');
  });

  it('reads a wire dateline with a date and an agency ("LINZ, Aug 31 (Reuters) - X …, saying …")', () => {
    const text = 'Ferries halted.\n\nLINZ, Aug 31 (Reuters) - The harbor board closed the pier on Monday, saying the ferries were unsafe.\n\nMore follows.';
    const q = find(quotesOf(text, undefined, true).quotes, 'ferries were unsafe');
    expect(q.speakerText).toBe('The harbor board');
  });

  it('reads a dateline in capitalised words before an agency ("New York (AFP) – X …, saying …")', () => {
    const text = 'Roe hits Lund.\n\nNew York (AFP) – Senator Ana Roe took a swipe at Jan Lund over trade, saying that loud comments do more harm than good.';
    expect(find(quotesOf(text, undefined, true).quotes, 'loud comments').speakerText).toBe('Senator Ana Roe');
    // Without the agency, capitalised words before a dash are prose: no dateline is cut off.
    const plain = 'Roe hits Lund.\n\nNew Taxes – Senator Ana Roe said they would hurt.';
    expect(find(quotesOf(plain, undefined, true).quotes, 'hurt').speakerText).toBe('Senator Ana Roe');
  });
});

describe('a learned cue right before a listed one', () => {
  it('is the listed cue\'s speaker, not a cue of its own ("whose attorneys argued …")', () => {
    const { quotes } = quotesOf('The vote ended. The firm, whose attorneys argued that the documents were secret, lost.');
    expect(quotes.some((q) => q.cue === 'attorneys')).toBe(false);
    expect(find(quotes, 'documents were secret').cue).toBe('argued');
  });
});

describe('a quantifier alone before the cue', () => {
  it('is the subject ("Both said …", "Many warned …")', () => {
    const { quotes } = quotesOf('The two mayors differ on taxes. Both said the levy must go. Many warned that the ferry would stop.', undefined, true);
    expect(find(quotes, 'levy').speakerText).toBe('Both');
    expect(find(quotes, 'ferry').speakerText).toBe('Many');
  });

  it('takes "another" and a quantifier the tagger reads before a noun-tagged cue ("Both say …")', () => {
    const one = quotesOf('One expert says Poland has the most mines, while another says Latvia has twice as many.', undefined, true).quotes;
    expect(one.find((q) => q.text.startsWith('Latvia'))?.speakerText).toBe('another');
    const both = quotesOf('Both are committed liberals. Both say government should play a big role in health care.', undefined, true).quotes;
    expect(find(both, 'government should').speakerText).toBe('Both');
    // A verb after the word makes it a noun after all: "claims" here is what the judge spoke of.
    const claims = quotesOf('Both claims were false, the judge said.', undefined, true).quotes;
    expect(claims.map((q) => [q.text, q.cue, q.speakerText])).toEqual([['Both claims were false', 'said', 'the judge']]);
  });
});

describe('quantifiers as subjects', () => {
  it('takes "Both", "Each" standing alone as the speaker', () => {
    const { quotes } = quotesOf('The two mayors met on Monday. Both have promised to rebuild the bridge. Each recognized the risk of a long delay.');
    expect(find(quotes, 'rebuild the bridge').speakerText).toBe('Both');
    expect(find(quotes, 'long delay').speakerText).toBe('Each');
  });
});

describe('an opening participle', () => {
  it('takes the main clause subject, not its own object ("Conceding there would be …, the mayor warned")', () => {
    const { quotes } = quotesOf('The vote ended. Conceding there would likely be a long delay, the mayor warned: “The bridge will not open soon.”', undefined, true);
    expect(find(quotes, 'long delay').speakerText).toBe('the mayor');
  });

  it('finds that subject past a quotation closing the phrase ("…, “down the line,” he warned: “…”")', () => {
    const { quotes } = quotesOf('The vote ended. Conceding that there would be a deal “down the line,” he warned: “It will not come soon.”', undefined, true);
    expect(find(quotes, 'down the line').speakerText).toBe('he');
    // The quotation after the colon stays his own direct quote.
    expect(find(quotes, 'not come soon')).toMatchObject({ kind: 'direct', cue: 'warned', speakerText: 'he' });
  });

  it('after an opening word ("Having announced …", "After thanking …, which …, X")', () => {
    const having = find(quotesOf('Having announced that the bridge would close, the mayor left the meeting early.', undefined, true).quotes, 'bridge');
    expect([having.cue, having.speakerText, having.text]).toEqual(['announced', 'the mayor', 'that the bridge would close']);
    const after = find(quotesOf('After thanking the raucous crowd, which chanted his name, Senator Ruiz left the stage.', undefined, true).quotes, 'crowd');
    expect([after.cue, after.speakerText]).toEqual(['thanking', 'Senator Ruiz']);
  });
});

describe('verbs that never invert', () => {
  it('takes the name before "told" as the speaker and the one after as the hearer ("“…,” Butz, 49, told the Post")', () => {
    const { quotes } = quotesOf('“I found it hard,” Butz, 49, told The Daily Post. “I wanted more.”', undefined, true);
    expect(quotes.map((q) => [q.text, q.speakerText])).toEqual([['“I found it hard,”', 'Butz'], ['“I wanted more.”', 'Butz']]);
    // "asked" still inverts.
    expect(quotesOf('“Why now?” asked Mr. Roe.', undefined, true).quotes.map((q) => q.speakerText)).toEqual(['Mr. Roe']);
  });

  it('reads a user lexicon\'s "inverts": false', () => {
    const text = '“It is late,” Roe, 52, pinged Ana Lund.';
    const stage = (inverts?: boolean) => quotesStageWith({ cues: false, speakers: false, filter: false }, { cues: [{ kind: 'address', forms: ['pinged'], ...(inverts === undefined ? {} : { inverts }) }] });
    const speaker = (inverts?: boolean) => {
      const report = createAnalyzer({ stages: defaultStages().map((s) => (s.name === 'quotes' ? stage(inverts) : s)) }).analyze({ text });
      return report.quotes.map((q) => text.slice(...q.speaker!.span));
    };
    expect(speaker()).toEqual(['Ana Lund']);
    expect(speaker(false)).toEqual(['Roe']);
  });
});

describe('speakers the tagger or the sentence splitter hide', () => {
  it('keeps "Rep. X (D-Md.), chair of …, said" in one sentence, with X as the speaker', () => {
    const { quotes } = quotesOf('Rep. Ana Cummings (D-Md.), chair of the party’s platform drafting committee, said Lund did not appear concerned.', undefined, true);
    expect(quotes.map((q) => [q.speakerText, q.text])).toEqual([['Rep. Ana Cummings', 'Lund did not appear concerned']]);
  });

  it('looks past a relative clause for the subject of a verb of saying', () => {
    const rules = (text: string) => quotesOf(text, undefined, true).quotes.map((q) => [q.speakerText, q.cue]);
    expect(rules('Current and former officials who spoke with The Harbor Times said the group has become a shell.')).toEqual([['former officials', 'said']]);
    expect(rules('Sandy Roe, who lost her daughter in Aurora, Colorado, in July 2012, said that Lund had treated her family badly.')).toEqual([['Sandy Roe', 'said']]);
    expect(rules('Ana Roe, whose home town, Miami, is sinking, argues that the sea wall comes too late.')).toEqual([['Ana Roe', 'argues']]);
    // (Past an age too, and a verb the tagger reads as a noun: "who lives".)
    expect(rules('Woodrow Lund, 58, who lives outside Duluth, says he did not know much about Roe.')).toEqual([['Woodrow Lund', 'says']]);
    // Not into a subordinate clause with a subject of its own, nor past a clause with no verb of its own.
    expect(rules('The ex-mayor who rose to fame in 2009 when he yelled “You lie!” at the president left.')).toEqual([['he', 'yelled']]);
    expect(rules('The club hired Bret Lund, who, after trading insults with the coach, said the team was weak.')).toEqual([['who', 'said']]);
  });

  it('takes a common noun with its place for a verb of saying ("…?” a narrator in the ad asks")', () => {
    const { quotes } = quotesOf('Taxes matter. “You work hard. So why did the mayor not pay?” a narrator in the campaign ad asks.', undefined, true);
    expect(quotes.map((q) => [q.kind, q.cue, q.speakerText])).toEqual([['direct', 'asks', 'a narrator in the campaign ad']]);
  });

  it('reads a hyphenated compound as part of the speaker\'s phrase, not as a cue ("“…,” Texas-based Ana Roe said")', () => {
    const { quotes } = quotesOf('“The plan is failing,” Texas-based strategist Ana Roe said.', undefined, true);
    expect(quotes.map((q) => [q.cue, q.speakerText])).toEqual([['said', 'Texas-based strategist Ana Roe']]);
  });

  it('reads a cue word as a first name inside a name ("spokeswoman Hope Hicks said") and a date as when ("said Dec. 6")', () => {
    const hope = quotesOf('“He looks forward to his day in court,” campaign spokeswoman Hope Lund said in a statement.', undefined, true).quotes;
    expect(hope.map((q) => [q.cue, q.speakerText])).toEqual([['said', 'campaign spokeswoman Hope Lund']]);
    // (Whatever the tag: the tagger reads "Ai" as an auxiliary.)
    const ai = quotesOf('“His ideas are far from heartwarming,” columnist Ai Jun wrote in the piece.', undefined, true).quotes;
    expect(ai.map((q) => [q.cue, q.speakerText])).toEqual([['wrote', 'columnist Ai Jun']]);
    // (Between commas too: "the spokesman, Josh Lund, said", where no learned cue may start at "Josh".)
    const josh = quotesOf('“It was an act of terror,” the White House spokesman, Josh Lund, said on Thursday.').quotes;
    expect(josh.map((q) => q.cue)).toEqual(['said']);
    const dec = quotesOf('“They must be defeated on the ground,” Ana Roe said Dec. 6 on a Sunday show.', undefined, true).quotes;
    expect(dec.map((q) => [q.kind, q.cue, q.speakerText])).toEqual([['direct', 'said', 'Ana Roe']]);
  });

  it('takes an adjective phrase after the speaker\'s noun into it ("…, people familiar with the talks said")', () => {
    const { quotes } = quotesOf('Roe told them the plan could fail, people familiar with the talks said.', undefined, true);
    expect(find(quotes, 'Roe told them').speakerText).toBe('people familiar with the talks');
  });

  it('takes no day after "…, said" for an inverted speaker ("…,” Ana Roe, R-Ky., said Tuesday.")', () => {
    const { quotes } = quotesOf('The bill passed. “We expect the veto to fail,” Senator Ana Roe, R-Ky., said Tuesday.', undefined, true);
    expect(quotes.map((q) => [q.kind, q.text, q.speakerText])).toEqual([['direct', '“We expect the veto to fail,”', 'Senator Ana Roe']]);
  });

  it('takes the name before where it spoke ("X in a blog post said"), not the post', () => {
    const rules = (text: string) => quotesOf(text, undefined, true).quotes.map((q) => [q.speakerText, q.cue]);
    expect(rules('Jeb Lund in a blog post said he would appoint more judges.')).toEqual([['Jeb Lund', 'said']]);
    expect(rules('Ana Roe during a town hall said the plant would stay open.')).toEqual([['Ana Roe', 'said']]);
    // A relative clause's subject is no venue's object.
    const [speaker, cue] = rules('There were calls this week, including one on Sunday in which organizers claimed 400 delegates were ready.')[0];
    expect([speaker?.endsWith('organizers'), cue]).toEqual([true, 'claimed']);
  });

  it('finds the name before a bracket and a short apposition ("Rep. X (D-N.Y.), chairman of the PAC, said members …")', () => {
    const { quotes } = quotesOf('Rep. Ana Meeks (D-N.Y.), chairman of the Black Caucus PAC, said members will send checks.', undefined, true);
    expect(quotes.map((q) => [q.speakerText, q.text])).toEqual([['Rep. Ana Meeks', 'members will send checks']]);
    const short = quotesOf('Rep. Ana Meeks (D-Md.), a chairman, said members will send checks.', undefined, true).quotes;
    expect(short.map((q) => [q.speakerText, q.text])).toEqual([['Rep. Ana Meeks', 'members will send checks']]);
  });

  it('takes a capitalised first word the tagger calls an adverb as the speaker ("Jolly said …")', () => {
    const { quotes } = quotesOf('Several candidates offered ideas. Jolly said he has worked with both parties.', undefined, true);
    expect(quotes.map((q) => q.speakerText)).toEqual(['Jolly']);
  });

  it('gives the cue after a relative clause its antecedent ("Mr. Roe, who estimated that …, said he …")', () => {
    const { quotes } = quotesOf("Mr. Leenders, who estimated that a third of the workers were Roe supporters, said he voted for Mr. Lund in 2008.", undefined, true);
    expect(find(quotes, 'he voted for Mr. Lund').speakerText).toBe('Mr. Leenders');
  });
});

describe('agents of an opening passive cue', () => {
  it('takes the agent after "by" ("Asked by X whether …", "As reported by X, …")', () => {
    const asked = quotesOf('Asked by Starnes if he believed the situation was the same, Roe said no.', undefined, true).quotes;
    expect(asked.find((q) => q.cue === 'Asked')).toMatchObject({ speakerText: 'Starnes', text: 'if he believed the situation was the same' });
    const reported = quotesOf('As reported by Western Journalism, investigators found over 2,200 emails.', undefined, true).quotes;
    expect(reported.map((q) => [q.speakerText, q.text])).toEqual([['Western Journalism', 'investigators found over 2,200 emails']]);
  });

  it('reads a first name the tagger takes for a verb after an inverted cue ("said Will Doyle")', () => {
    const { quotes } = quotesOf('“It is a pretty expensive business model,” said Will Doyle, a professor at Vanderbilt University.', undefined, true);
    expect(quotes.map((q) => q.speakerText)).toEqual(['Will Doyle']);
  });
});

describe('a day between the speaker and the cue', () => {
  it('takes the subject before "on Friday" or "Monday", not the day', () => {
    for (const [text, speaker] of [
      ['Roe, who has been feuding with party leaders this week, on Friday described his plan to lead a big tent party.', 'Roe'],
      ['The ministry Monday said the talks had failed.', 'The ministry'],
      ['RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.', 'spokesman Sean Spicer'],
    ]) expect(quotesOf(text, undefined, true).quotes.map((q) => q.speakerText)).toEqual([speaker]);
  });

  it('leaves a week, month or year out of the speaker ("The bank last week said", "said Roe this week")', () => {
    for (const rules of [false, true]) {
      for (const [text, speaker] of [
        ['The bank last week announced it would close the branch.', 'The bank'],
        ['Meridian Bank just this month announced it would close the branch.', 'Meridian Bank'],
        ['Roe this year said the branch would close.', 'Roe'],
        ['Last week the bank said it would close the branch.', 'the bank'],
        ['The branch will close, said Roe this week.', 'Roe'],
        ['The branch will close, according to the bank this week.', 'the bank'],
        ['Ana Roe, the party chair, this past week announced that the branch would close.', 'Ana Roe'],
        ['The branch will close, said Roe this past week.', 'Roe'],
      ]) expect(quotesOf(text, undefined, rules).quotes.map((q) => q.speakerText), text).toEqual([speaker]);
    }
    // A time phrase inside what was said stays there.
    const q = find(quotesOf('The storm of last week flooded the coast, officials said.', undefined, true).quotes, 'storm');
    expect([q.text, q.speakerText]).toEqual(['The storm of last week flooded the coast', 'officials']);
  });
});

describe('participles after a quotation', () => {
  it('gives a participle the subject of the clause a subordinator opens ("…, as Mrs. Roe echoed the criticism, saying …")', () => {
    const { quotes } = quotesOf('Several women spoke, as Mrs. Roe echoed the criticism, saying Mr. Lund was not in it for the people.', undefined, true);
    expect(find(quotes, 'not in it for the people').speakerText).toBe('Mrs. Roe');
  });

  it('skips a state after an opening place ("In Portsmouth, N.H., on Tuesday, X endorsed Y, saying …")', () => {
    const { quotes } = quotesOf('In Portsmouth, N.H., on Tuesday, Senator Ana Roe of Vermont endorsed Mr. Lund, saying that he would make a fine president.', undefined, true);
    expect(find(quotes, 'a fine president').speakerText).toBe('Senator Ana Roe');
  });

  it('gives "…, X said, adding …" the speaker of the cue before it, not the subject of what was said', () => {
    const { quotes } = quotesOf('Ryan and Roe will meet next week, Spicer said, adding, “They need to talk.”', undefined, true);
    expect(quotes.map((q) => [q.cue, q.speakerText])).toEqual([['said', 'Spicer'], ['adding', 'Spicer']]);
  });

  it('gives "referring to" the subject after an opening quotation, not a word inside it', () => {
    for (const text of ['“We need steady hands,” Lena Roe told the council, referring to the mayor.', "''We need steady hands,'' Lena Roe told the council, referring to the mayor."]) {
      const q = find(quotesOf(text, undefined, true).quotes, 'the mayor');
      expect([q.cue, q.speakerText]).toEqual(['referring to', 'Lena Roe']);
    }
  });
});

describe('coordinated speakers', () => {
  it('keeps the nearest as the speaker and the others as co-speakers, in text order', () => {
    const { report, quotes } = quotesOf('Britain, France and Germany said the sanctions would stay in place.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speakerText).toBe('Germany');
    const also = (report.quotes[0] as { also?: Array<{ code: string; span: [number, number] }> }).also ?? [];
    expect(also.map((a) => a.code)).toEqual(['GBR', 'FRA']);
    expect(also.map((a) => report.text.slice(...a.span))).toEqual(['Britain', 'France']);
  });

  it('ends what was said at the comma before the speakers ("… winning votes, Roe and Lund said"; "…, he and Ms. Lund said")', () => {
    for (const [text, also] of [
      ['It is not only about winning votes, Mr. Kowal and Ms. Lund said.', 'Mr. Kowal'],
      ['It is not only about winning votes, he and Ms. Lund said.', 'he'],
    ]) {
      const { report, quotes } = quotesOf(text, undefined, true);
      expect(quotes.map((q) => [q.text, q.speakerText])).toEqual([['It is not only about winning votes', 'Ms. Lund']]);
      expect((report.quotes[0].also ?? []).map((a) => text.slice(...a.span))).toEqual([also]);
    }
  });

  it('takes no object of an earlier clause as a co-speaker ("a farmer asked for a selfie and Jones said …")', () => {
    const text = 'At the fair, a farmer asked for a selfie and Jones said, “as long as nobody posts it.”';
    const { report, quotes } = quotesOf(text, undefined, true);
    // Before, "asked" took the quote (its content ran over the next clause) and "a selfie" joined Jones.
    expect(quotes.map((q) => [q.cue, q.speakerText, q.text])).toEqual([
      ['asked', 'a farmer', 'a selfie'],
      ['said', 'Jones', '“as long as nobody posts it.”'],
    ]);
    expect(report.quotes[1].also).toBeUndefined();
  });

  it('reports words two cues reach once, under the first cue ("Ryan said it is naive to think …, “…”")', () => {
    const { quotes } = quotesOf('Ryan said it is naive to think that if the navy pulls back, “the oceans will protect us.”', undefined, true);
    // Before, "think" repeated the quotation with "it" as its speaker.
    expect(quotes.map((q) => [q.cue, q.speakerText, q.text])).toEqual([['said', 'Ryan', '“the oceans will protect us.”']]);
  });

  it('joins nothing across a clause ("the bridge and the tunnel are closed, officials said")', () => {
    const { report } = quotesOf('The bridge and the tunnel are closed, officials said.');
    expect(report.quotes).toHaveLength(1);
    expect((report.quotes[0] as { also?: unknown[] }).also).toBeUndefined();
  });
});
