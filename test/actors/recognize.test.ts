import { describe, expect, it } from 'vitest';
import { actorsAnalyzer, who } from './helpers.ts';

const an = actorsAnalyzer();
const run = (text: string, published: string | null = '2024-03-12') => an.process({ text, published });

describe('titles and honorifics', () => {
  it('joins a title to a known name and keeps the title in the span', () => {
    const doc = run('Prime Minister Benjamin Netanyahu spoke to reporters in the morning.');
    const m = doc.mentions[0];
    expect(doc.slice(m.span)).toBe('Prime Minister Benjamin Netanyahu');
    expect(who(doc, 'Netanyahu')).toMatchObject({ name: 'Benjamin Netanyahu', code: 'ISRGOV', kind: 'title' });
  });
  it('codes an unknown person from a title with a country', () => {
    const doc = run('Foreign Minister Anna Kowal of Poland said on Tuesday that talks would go on.');
    expect(who(doc, 'Anna Kowal')).toMatchObject({ name: 'Anna Kowal', code: 'POLGOV' });
  });
  it('resolves an honorific and surname to the full name met earlier', () => {
    const doc = run('Sergei Lavrov arrived late. Later Mr. Lavrov left without a word.');
    const later = who(doc, 'Mr. Lavrov');
    expect(later).toMatchObject({ name: 'Sergey Lavrov', code: 'RUSGOV' });
  });
});

describe('appositions', () => {
  it('codes an unknown person from "X, the foreign minister of Y,"', () => {
    const doc = run('Tomas Verhulst, the foreign minister of Belgium, said the plan was sound.');
    expect(who(doc, 'Tomas Verhulst')).toMatchObject({ code: 'BELGOV' });
  });
  it('links a possessive role to the named person ("X, Mr. Y\'s spokesman")', () => {
    const doc = run('Dmitry Peskov, Mr. Putin\'s spokesman, declined to comment on the report.');
    expect(who(doc, 'spokesman')).toMatchObject({ name: 'Dmitri Peskov', code: 'RUSGOV', kind: 'role' });
    expect(who(doc, 'Putin')).toMatchObject({ name: 'Vladimir Putin' });
  });
  it('reads a role phrase before the name ("the defence minister of Chile, Luis Pardo,")', () => {
    const doc = run('The defence minister of Chile, Luis Pardo, visited the base.');
    expect(who(doc, 'Luis Pardo')).toMatchObject({ name: 'Luis Pardo', code: 'CHLGOV' });
    expect(who(doc, 'defence minister')?.name).toBe('Luis Pardo');
  });
});

describe('metonyms and demonyms', () => {
  it('codes seats of power as their government', () => {
    const doc = run('The Kremlin rejected the offer, and the White House said it would wait. Downing Street stayed silent.');
    expect(who(doc, 'Kremlin')).toMatchObject({ code: 'RUSGOV' });
    expect(who(doc, 'White House')).toMatchObject({ code: 'USAGOV' });
    expect(who(doc, 'Downing Street')).toMatchObject({ code: 'GBRGOV' });
  });
  it('codes capitals as their country', () => {
    const doc = run('Kyiv and Moscow traded blame on Sunday.');
    expect(who(doc, 'Kyiv')).toMatchObject({ name: 'Ukraine', code: 'UKR', kind: 'metonym' });
    expect(who(doc, 'Moscow')).toMatchObject({ name: 'Russia', code: 'RUS' });
  });
  it('gives demonym + role noun the narrower sector code on the country actor', () => {
    const doc = run('Israeli troops entered the town while Iranian officials protested.');
    expect(who(doc, 'Israeli troops')).toMatchObject({ name: 'Israel', mentionCode: 'ISRMIL', kind: 'role' });
    expect(who(doc, 'Iranian officials')).toMatchObject({ name: 'Iran', mentionCode: 'IRNGOV' });
  });
  it('makes a group mention for two demonyms joined by "and"', () => {
    const doc = run('Polish and Czech officials met in a border town.');
    expect(who(doc, 'Polish')?.ids.sort()).toEqual(['CZE', 'POL']);
  });
  it('does not take a lower-case word for a capitalised name', () => {
    const doc = run('Let us turn to the chad of the ballot.');
    expect(doc.actors).toHaveLength(0);
  });
});
