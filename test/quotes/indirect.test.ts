import { describe, expect, it } from 'vitest';
import { find, quotesOf } from './helpers.ts';

describe('mixed and indirect quotes', () => {
  it('takes a partial quote inside reported speech as one mixed quote', () => {
    const { quotes } = quotesOf('Foreign Minister Anna Kowal of Poland said on Tuesday that the envoy had agreed to “immediately” resume talks.');
    // The envoy's agreement is an attribution nested in what Kowal said (PolNeAR marks both).
    // (The learned cue may take the auxiliary in: "had agreed to".)
    expect(quotes.map((x) => [x.cue?.replace(/^had /, ''), x.speakerText])).toEqual([['said', 'Foreign Minister Anna Kowal'], ['agreed to', 'the envoy']]);
    const q = quotes[0];
    expect(q.kind).toBe('mixed');
    // The content keeps its "that", as PARC and PolNeAR mark it.
    expect(q.text).toBe('that the envoy had agreed to “immediately” resume talks');
    expect(q.fragments).toEqual(['immediately']);
    expect(q.speaker).toBe('Anna Kowal');
  });

  it('starts a content in a relative clause at its pronoun, as PARC and PolNeAR mark it ("the appeal, which Roe called a mistake")', () => {
    const { quotes } = quotesOf('The court rejected the appeal, which Ana Roe called a grave mistake.', undefined, true);
    const q = quotes.find((x) => x.cue === 'called');
    expect([q?.text, q?.cue, q?.speakerText]).toEqual(['which Ana Roe called a grave mistake', 'called', 'Ana Roe']);
    // "that" after a cue's hearer opens what was said, not a relative clause.
    const told = quotesOf('The mayor told reporters that she said the vote was fair.', undefined, true).quotes;
    expect(told.find((x) => x.cue === 'said')?.text).toBe('the vote was fair');
  });

  it('starts the content at a later "that" past where and when it was said ("said in an interview with The Harbor Times last week that she …")', () => {
    const { quotes } = quotesOf('Ana Roe said in an interview with The Associated Harbor Times last week that she would run again.', undefined, true);
    expect(quotes.find((x) => x.cue === 'said')?.text).toBe('that she would run again');
    // (There the tagger reads "Associated" as a verb and "that" as a pronoun; so too here.)
    const month = quotesOf('Ana Roe said earlier this month that she would run again.', undefined, true).quotes;
    expect(month.find((x) => x.cue === 'said')?.text).toBe('that she would run again');
    // ("a campaign stop": the tagger reads "stop" as a verb; inside a place phrase it is a noun.)
    const stop = quotesOf('Ana Roe says at a campaign stop in Linz, Austria, that the plant will stay open.', undefined, true).quotes;
    expect(stop.map((x) => [x.text, x.cue, x.speakerText])).toEqual([['that the plant will stay open', 'says', 'Ana Roe']]);
  });

  it('leaves out a bracket the content does not close ("(The growers are fans, Mr. Berg said.)")', () => {
    const { quotes } = quotesOf('(The growers, it turns out, are big fans of the levy, Mr. Berg said.)', undefined, true);
    expect(quotes.map((q) => [q.text, q.speakerText])).toEqual([['The growers, it turns out, are big fans of the levy', 'Mr. Berg']]);
  });

  it('reads a hyphenated word opening a clause as a noun, not a preposition ("said down-ballot races …")', () => {
    const text = 'The union met on Monday.\n\nAna Roe said down-ballot races can also help the party, too: in states like Ohio, turnout decides.';
    const q = quotesOf(text, undefined, true).quotes.find((x) => x.cue === 'said');
    expect(q?.text.startsWith('down-ballot races can also help the party')).toBe(true);
  });

  it.each([
    ['X said that …', 'The finance minister, Lars Berg, said that the deficit would shrink next year.', 'the deficit would shrink next year', 'Berg', 'said'],
    ['X told reporters …', 'Mr. Berg told reporters in Oslo the deficit would shrink next year.', 'the deficit would shrink next year', 'Berg', 'told'],
    ['according to X, …', 'According to the Norwegian Statistics Office, the deficit shrank by a third.', 'the deficit shrank by a third', 'Norwegian Statistics Office', 'According to'],
    ['…, according to X', 'The deficit shrank by a third last year, according to the statistics office.', 'The deficit shrank by a third last year', 'statistics office', 'according to'],
    ['according to a report from X', 'The deficit shrank by a third last year, according to a new report from the statistics office.', 'The deficit shrank by a third last year', 'statistics office', 'according to'],
    ['according to a filing by X', 'The firm lost money, according to documents filed by the Oslo tax office.', 'The firm lost money', 'Oslo tax office', 'according to'],
    // (The tagger reads "sources" after "to" as a verb.)
    ['…, according to sources', 'His staff kept the reporter away, according to sources familiar with the talks.', 'His staff kept the reporter away', 'sources', 'according to'],
    ['X made it clear that …', 'On Monday, Mr. Berg made it clear that he would not raise taxes.', 'he would not raise taxes', 'Berg', 'made it clear'],
    ['X wrote on his account …', 'Mr. Berg wrote on his social media account that the budget was final.', 'the budget was final', 'Berg', 'wrote'],
    ['…, X said.', 'The budget will pass before the summer recess, the minister said.', 'The budget will pass before the summer recess', 'minister', 'said'],
  ])('%s', (_pattern, text, content, speaker, cue) => {
    const { quotes } = quotesOf(text);
    const q = find(quotes, content);
    expect(q.kind).toBe('indirect');
    expect(q.speaker).toContain(speaker);
    expect(q.cue).toBe(cue);
  });

  it('takes the subject of the main clause for "X, citing …" and "…, saying …"', () => {
    const { quotes } = quotesOf('The airline, citing rising fuel costs, cancelled forty flights.\nAfter the vote, Senator Mara Quist left the chamber, saying the bill would fail in the House.');
    const citing = quotes.find((q) => q.cue === 'citing');
    expect(citing?.text).toContain('rising fuel costs');
    expect(citing?.speakerText).toBe('The airline');
    const saying = find(quotes, 'the bill would fail');
    expect(saying.speaker).toContain('Quist');
    // After ", and X did Y," the participle shares X's clause, not the sentence's first subject.
    const joined = quotesOf('Farm groups say the rules are harsh, and the growers union has sued the state, saying the rules break the law.', undefined, true).quotes;
    expect(find(joined, 'break the law').speakerText).toBe('the growers union');
  });

  it('keeps the speaker of the reporting verb, not a later "according to"', () => {
    const text = 'Dmitri Volkov, the ministry spokesman, said that the repairs would take “many months of work,” according to Interfax.';
    const q = quotesOf(text).quotes.find((x) => x.cue === 'said')!;
    expect(q.text).toContain('many months');
    expect(q.kind).toBe('mixed');
    expect(q.speaker).toContain('Volkov');
  });

  it('names institutions as speakers and links them to their actor', () => {
    const { quotes } = quotesOf('Earlier, the Kremlin said the talks would resume in May.');
    const q = find(quotes, 'talks would resume');
    expect(q.speaker).toBe('Kremlin');
    expect(q.code).toBe('RUSGOV');
    expect(q.actorId).toBeTruthy();
  });

  it('keeps an unknown source as its noun phrase with an empty code', () => {
    const q = find(quotesOf('A senior official said the deal was close.').quotes, 'the deal was close');
    expect(q.speaker).toBe('A senior official');
    expect(q.code).toBe('');
  });

  it('does not take a noun or an object as reported speech', () => {
    const { quotes } = quotesOf('The claims of the rival camp were false. He asked for a glass of water.');
    expect(quotes.filter((q) => q.cue === 'claims')).toHaveLength(0);
  });

  it('takes no noun heading a subject for a cue ("the HP brand would survive"), so a parenthetical cue keeps both sides', () => {
    const { quotes } = quotesOf('In a merger, he said, the Lund brand would survive.', undefined, true);
    expect(quotes.map((q) => [q.text, q.cue])).toEqual([['In a merger, he said, the Lund brand would survive', 'said']]);
  });

  it('reads a verb of saying after a noun the tagger calls an adjective as a verb ("The union chief says …")', () => {
    for (const text of ['The union chief says the strike will go on.', 'The strike will go on, a former rival says.']) {
      const q = find(quotesOf(text, undefined, true).quotes, 'strike will go on');
      expect(q.cue, text).toBe('says');
    }
  });

  it('reads only the body: no quotes from the trailer', () => {
    const text = 'Mr. Berg said the budget was final.\nThe post “Budget is final,” Berg says appeared first on Nordic Daily.';
    const { quotes, report } = quotesOf(text);
    expect(report.messages.some((m) => m.rule === 'zones/trailer')).toBe(true);
    for (const q of quotes) expect(q.text).not.toContain('Budget is final');
  });
});

describe('a reporting cue that closes the sentence', () => {
  it('reports everything before it, an earlier cue included ("A called for B, officials said")', () => {
    const { quotes } = quotesOf('The audit rules called for the minister to be flown to a hospital after her fall, two officials said.');
    const outer = quotes.find((q) => q.cue === 'said');
    expect(outer?.text).toBe('The audit rules called for the minister to be flown to a hospital after her fall');
    expect(outer?.speakerText).toBe('two officials');
  });
});

/** The texts of the quotes the rules alone find in `t`. */
const seen = (t: string) => quotesOf(t, undefined, true).quotes.map((q) => q.text);

describe('the end of a reported content', () => {
  it('leaves out the sentence\'s final stop, as PolNeAR marks contents, but not an abbreviation\'s dot', () => {
    expect(seen('Ana Roe said the deal was “fair to both sides”.')).toEqual(['the deal was “fair to both sides”']);
    expect(seen('Ana Roe asked whether the bridge would open?')).toEqual(['whether the bridge would open']);
    expect(seen('Ana Roe said she would visit the U.S.')).toEqual(['she would visit the U.S.']);
    // A direct quote keeps everything inside its marks.
    expect(seen('“The bridge will open.” Ana Roe said so twice.').some((t) => t === '“The bridge will open.”')).toBe(true);
  });
});

describe('a time right after a stance or intent cue', () => {
  it('is when, not what ("vowed last week to …", "agreed on Sunday to …")', () => {
    expect(seen('The mayor vowed last week to rebuild the bridge.')).toEqual(['to rebuild the bridge']);
    expect(seen('The mayor vowed Tuesday to rebuild the bridge.')).toEqual(['to rebuild the bridge']);
    // Without a "to" or "that" after it, the time stays: it may be the object ("criticized Monday's vote").
    expect(seen('The mayor criticized Monday’s vote on the bridge.')).toEqual(['Monday’s vote on the bridge']);
  });
});

describe('a that-clause after an adverbial', () => {
  it('starts at "that" when a noun phrase and its verb follow, whatever the tagger calls the "that"', () => {
    const { quotes } = quotesOf('The senator said in a recent interview that Congress had told the bank to focus on jobs.', undefined, true);
    expect(find(quotes, 'Congress had told').text).toBe('that Congress had told the bank to focus on jobs');
  });
});

describe('contents that are not a that-clause', () => {
  it('takes the hearer and the infinitive of an address cue ("urged voters to …")', () => {
    const q = find(quotesOf('Mayor Anna Kowal urged residents to stay away from the river bank.').quotes, 'stay away');
    expect(q.text).toBe('residents to stay away from the river bank');
    expect(q.cue).toBe('urged');
    expect(q.speaker).toBe('Anna Kowal');
  });

  it('takes a noun phrase object of cues marked "objects" in the lexicon ("noted the risk")', () => {
    const q = find(quotesOf('In her report, Ms. Kowal noted the risk of a second flood.').quotes, 'risk');
    expect(q.text).toBe('the risk of a second flood');
    expect(q.cue).toBe('noted');
  });

  it('does not take a noun phrase object for cues without that mark ("added a pinch of salt")', () => {
    const { quotes } = quotesOf('The cook tasted the soup. The cook added a pinch of salt to the pot.');
    expect(quotes.some((q) => q.cue === 'added')).toBe(false);
  });

  it('takes what "said" names as its object ("said the same", and clauses the tagger reads as nouns)', () => {
    const q = find(quotesOf('Most growers backed the levy. Last year, 40 percent of growers said the same.').quotes, 'the same');
    expect(q.cue).toBe('said');
    expect(q.speaker).toMatch(/^40 percent/);
  });

  it('reads a condition after a tag as what was said ("Despite …, X said if elected he would …")', () => {
    const { quotes } = quotesOf('Despite challenging the trustworthiness of the majority leader, Ana Roe said if elected president she could work with party leadership.', undefined, true);
    expect(quotes.map((q) => [q.cue, q.text])).toEqual([['said', 'if elected president she could work with party leadership']]);
  });

  it('reads "said none of …", "said if …, he would …" and "said Cook …" as clauses', () => {
    const text = 'The count ended late. Bucher said none of the other clerks were listed. Ruiz said if elected mayor he would cut fares. The Herald said Cook signed the letter.';
    const { quotes } = quotesOf(text);
    expect(find(quotes, 'none of').text).toBe('none of the other clerks were listed');
    expect(find(quotes, 'if elected').speaker).toBe('Ruiz');
    expect(find(quotes, 'Cook signed').speaker).toBe('The Herald');
  });

  it('reads "Still, he said, …" with one word before the cue as a parenthetical', () => {
    const q = find(quotesOf('The talks went on. Still, the envoy said, both sides must decide soon.').quotes, 'both sides');
    expect(q.text).toBe('Still, the envoy said, both sides must decide soon');
    expect(q.speaker).toBe('the envoy');
  });

  it('takes a poll named after "in" as the source of its clause ("In a Gallup poll, …")', () => {
    const text = 'Voting starts soon. In a Harbor Times poll released Monday, 52 percent of voters backed the levy. The mayor trails badly in the latest surveys.';
    const { quotes } = quotesOf(text);
    const first = find(quotes, '52 percent');
    expect(first.text).toBe('52 percent of voters backed the levy');
    expect(first.speaker).toBe('a Harbor Times poll');
    // The rule finds the trailing one too; the learned filter may drop it (PolNeAR annotates such clauses unevenly).
    const second = find(quotesOf(text, undefined, true).quotes, 'The mayor trails');
    expect(second.speakerText).toBe('the latest surveys');
    // A joint poll's name has a slash, and the clause may hold its own cue ("43 percent said …").
    const joint = quotesOf('In a Harbor Times/KTV poll, 43 percent said they trust the mayor.', undefined, true).quotes;
    expect(joint.map((q) => [q.cue, q.speakerText])).toEqual([['In', 'a Harbor Times/KTV poll'], ['said', '43 percent']]);
  });

  it('reads "say X, an apposition, has …" as a clause', () => {
    const q = find(quotesOf('Farmers in the valley say the dam, finished in 1990, has ruined the fishing.').quotes, 'ruined');
    expect(q.text).toBe('the dam, finished in 1990, has ruined the fishing');
    expect(q.cue).toBe('say');
  });
});

describe('passive cues with an agent', () => {
  it('reads "X was criticized by Y" as Y attributing to X', () => {
    const q = find(quotesOf('The harbor plan was criticized by two council members on Monday.').quotes, 'harbor');
    expect(q.text).toBe('The harbor plan');
    expect(q.cue).toBe('criticized');
    expect(q.speakerText).toBe('two council members');
  });

  it('keeps the clause after the agent when there is one ("was told by aides that …")', () => {
    const q = find(quotesOf('The minister was told by aides that the plan had failed.').quotes, 'plan had failed');
    expect(q.text.startsWith('that the plan had failed')).toBe(true);
    expect(q.speakerText).toBe('aides');
  });
});

describe('"according to" after another cue', () => {
  it('takes both sides of a parenthetical "according to" ("Since May, according to X, …")', () => {
    const { quotes } = quotesOf('The unrest grew. Since last spring, according to the Valley Rights League, the militia has burned nine villages.');
    const q = quotes.find((x) => x.cue === 'according to');
    expect(q?.text).toBe('Since last spring, according to the Valley Rights League, the militia has burned nine villages');
    expect(q?.speakerText).toBe('the Valley Rights League');
  });

  it('reports the whole clause after a stance ("X mocked Y, according to Z")', () => {
    const { quotes } = quotesOf('On the show, the host often mocked his guests, according to two former producers.');
    const q = quotes.find((x) => x.cue === 'according to');
    expect(q?.text).toBe('On the show, the host often mocked his guests');
    expect(q?.speakerText).toBe('two former producers');
  });

  it('leaves a verb of saying its own content, nested in what "according to" reports ("X said …, according to Y")', () => {
    const { quotes } = quotesOf('The mayor said the plan was dead, according to two aides.');
    const outer = quotes.find((x) => x.cue === 'according to');
    expect(outer?.text).toBe('The mayor said the plan was dead');
    expect(outer?.speakerText).toBe('two aides');
    expect(quotes.find((x) => x.cue === 'said')?.speakerText).toBe('The mayor');
  });
});

describe('a question word after a cue', () => {
  it('opens the content ("Asked what it costs, X replied")', () => {
    const { quotes } = quotesOf('The hearing ran long. Asked what a full repair looks like, Okafor replied: “We are far from that.”');
    expect(find(quotes, 'full repair').text).toBe('what a full repair looks like');
    expect(find(quotes, 'far from that').speakerText).toBe('Okafor');
  });
});

describe('a listed cue with no clause after it', () => {
  it('reports its object ("asked for a recount", "warned of a battle")', () => {
    const { quotes } = quotesOf('The vote was close. Okafor asked for a recount in two wards. The mayor warned of a long battle over the budget.');
    expect(find(quotes, 'a recount').speakerText).toBe('Okafor');
    expect(find(quotes, 'a long battle').text).toBe('a long battle over the budget');
  });

  it('passes over a time before the object ("announced on Monday the lawsuit …")', () => {
    const { quotes } = quotesOf('The law passed in March. Ruiz announced on Monday the lawsuit against the harbor board.', undefined, true);
    expect(find(quotes, 'lawsuit').text).toBe('the lawsuit against the harbor board');
  });

  it('takes no time phrase for an object ("said on Monday.")', () => {
    const { quotes } = quotesOf('The vote was close. Officials said on Monday. Ruiz commented on Tuesday.', undefined, true);
    expect(quotes.some((q) => q.text === 'Monday' || q.text === 'Tuesday')).toBe(false);
  });

  it('takes no day or part of a day for what was said ("“…,” she said Friday.")', () => {
    for (const tail of ['Friday', 'Tuesday night', 'in May']) {
      const { quotes } = quotesOf(`“The levy will pass,” Ines Ruiz said ${tail}.`, undefined, true);
      expect(quotes.map((q) => [q.text, q.cue, q.speakerText])).toEqual([['“The levy will pass,”', 'said', 'Ines Ruiz']]);
    }
  });

  it('keeps the quote before the cue over the circumstance after it ("“…,” X said in May of the plant, which …")', () => {
    const { quotes } = quotesOf('“We will tax every unit,” Ruiz said in a speech about the plant in Linz, which moved 800 jobs abroad last year.', undefined, true);
    expect(quotes.map((q) => [q.kind, q.text, q.cue])).toEqual([['direct', '“We will tax every unit,”', 'said']]);
    // A short quoted title is no content: the clause after the cue is.
    const titled = quotesOf('On the show “Morning Line,” Rep. Ines Ruiz said the harbor levy would pass easily.', undefined, true).quotes;
    expect(titled.map((q) => q.text)).toEqual(['the harbor levy would pass easily']);
    // Nor is a quote closing the sentence before.
    const next = quotesOf('She called it “a fair deal.” She says the council will vote on it next week.', undefined, true).quotes;
    expect(find(next, 'the council').text).toBe('the council will vote on it next week');
    // A quoted show where it was said is neither ("…, he said on Fox's “Morning Line.”").
    const show = quotesOf('Ana Roe backed the levy while the mayor was in office, he said on Sunday on Fox’s “Morning Line.”', undefined, true).quotes;
    expect(show.filter((q) => q.cue === 'said').map((q) => [q.kind, q.text])).toEqual([['indirect', 'Ana Roe backed the levy while the mayor was in office']]);
    // A quote of several sentences is the cue's too ("“A. B,” X said as …").
    const long = quotesOf('“We have the votes. We will pass it,” Senator Ana Roe said as she opened the session.', undefined, true).quotes;
    expect(long.map((q) => [q.kind, q.text, q.cue])).toEqual([['direct', '“We have the votes. We will pass it,”', 'said']]);
    // So is a question or an exclamation that opens its sentence ("“…?” X said of Y in May, when …").
    const asked = quotesOf('The firm would not help. “Who do they think they are?” Dana Holt said of the firm in May, when it refused the order.', undefined, true).quotes;
    expect(find(asked, 'Who do they').cue).toBe('said');
    expect(find(asked, 'Who do they').speakerText).toBe('Dana Holt');
    expect(asked.some((q) => q.text.startsWith('of the firm'))).toBe(false);
    const cheer = quotesOf('“Ohio is proud to cast its votes!” Senator Ana Roe said as she opened the roll call.', undefined, true).quotes;
    expect(cheer.map((q) => [q.kind, q.cue, q.speakerText])).toEqual([['direct', 'said', 'Senator Ana Roe']]);
    // But a question another cue took leaves the next cue its own clause.
    const adds = quotesOf('She adds, “What kind of mayor closes a school?” Ana Roe says there needs to be a vote on it.', undefined, true).quotes;
    expect(find(adds, 'What kind').cue).toBe('adds');
    expect(find(adds, 'there needs').cue).toBe('says');
  });

  it('gives a closing reporting cue the sentence before a short quote in \'\' marks too ("… are \'\'deeply irresponsible,\'\' said X")', () => {
    const { quotes } = quotesOf("The levy plans are ''deeply irresponsible,'' said Steve Lund, an economist at the center.", undefined, true);
    expect(quotes.map((q) => [q.text, q.cue, q.speakerText])).toEqual([["The levy plans are ''deeply irresponsible,''", 'said', 'Steve Lund']]);
  });

  it('gives a closing reporting cue the sentence before a short quote ending on the comma ("… a “burn bag,” the Times reported")', () => {
    const { quotes } = quotesOf('In one email, Mr. Dahl described how he had put a note card in a “burn bag,” the Courier reported.', undefined, true);
    const q = quotes.find((x) => x.cue === 'reported');
    expect(q?.speakerText).toBe('the Courier');
    expect(q?.text).toBe('In one email, Mr. Dahl described how he had put a note card in a “burn bag,”');
  });

  it('reports the whole clause after "As X reported," over a cue in it, and the sentence around an inner "…, as X reported, …"', () => {
    const opening = quotesOf('As the Courier reported, even on Friday, the council was refusing to call it a flood.', undefined, true).quotes;
    expect(find(opening, 'even on Friday').text).toBe('even on Friday, the council was refusing to call it a flood');
    const inner = quotesOf('Just weeks ago, as the Courier reported, Lund and Roe were discussing a merger.', undefined, true).quotes;
    expect(inner.find((q) => q.cue === 'reported')?.text).toBe('Just weeks ago, as the Courier reported, Lund and Roe were discussing a merger');
  });

  it('reports the main clause after "As X noted,"', () => {
    const q = find(quotesOf('The vote was close. As the Harbor Times noted, turnout fell in every ward.').quotes, 'turnout fell');
    expect(q.text).toBe('turnout fell in every ward');
    expect(q.speakerText).toBe('the Harbor Times');
  });
});

describe('an object that goes on past a comma', () => {
  it('keeps a list introduced by "including" ("criticized the deals, including …")', () => {
    const q = find(quotesOf('The debate ran late. Okafor criticized the port deals, including the one signed in 1994.', undefined, true).quotes, 'port deals');
    expect(q.text).toBe('the port deals, including the one signed in 1994');
  });
});

describe('an object that is a list', () => {
  it('runs over a name\'s bracketed label ("praised the efforts of Sen. Ana Roe (R-AZ) to …")', () => {
    const { quotes } = quotesOf('Lund praised the efforts of Sen. Ana Roe (R-AZ) to reopen the plant.', undefined, true);
    expect(find(quotes, 'the efforts').text).toBe('the efforts of Sen. Ana Roe (R-AZ) to reopen the plant');
  });

  it('runs over ", followed by …" and ", compared with …" in an object', () => {
    const { quotes } = quotesOf('Ana Roe praised the output of 31 tons, compared with 20 tons last year.', undefined, true);
    expect(find(quotes, 'the output').text).toBe('the output of 31 tons, compared with 20 tons last year');
    const poll = quotesOf('Ana Roe praised the poll giving Lund 31 percent, followed by Roe with 20 percent.', undefined, true).quotes;
    expect(find(poll, 'the poll').text).toBe('the poll giving Lund 31 percent, followed by Roe with 20 percent');
  });

  it('runs over "A, B and C"', () => {
    const q = find(quotesOf('The debate ran late. Okafor criticized the port budget, harbor fees and late repairs.', undefined, true).quotes, 'port budget');
    expect(q.text).toBe('the port budget, harbor fees and late repairs');
  });

  it('runs over a list item that opens with a possessive ("A, her B and her C")', () => {
    const q = find(quotesOf('The debate ran late. Okafor praised the port budget, her staff for the repairs and her deputy.', undefined, true).quotes, 'port budget');
    expect(q.text).toBe('the port budget, her staff for the repairs and her deputy');
  });
});

describe('a passive cue with a phrase before its agent', () => {
  it('finds the agent after a short phrase ("was endorsed on Monday by X")', () => {
    const q = find(quotesOf('The hearing ended. The harbor plan was endorsed on Monday by the city council.', undefined, true).quotes, 'harbor plan');
    expect(q.speakerText).toBe('the city council');
  });
});
