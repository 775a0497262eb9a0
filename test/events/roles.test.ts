import { describe, expect, it } from 'vitest';
import { eventsOf, factsOf } from './helpers.ts';

describe('roles from sentence structure', () => {
  it('reads the passive voice: "was attacked by"', () => {
    expect(factsOf('Georgia was attacked by Russia on Sunday.')[0]).toMatchObject({ type: 'ASSAULT', source: 'RUS', target: 'GEO', date: '2024-03-10' });
  });
  it('keeps sector codes of the mentions ("Russian forces")', () => {
    expect(factsOf('Ukrainian troops were shelled by Russian forces.')[0]).toMatchObject({ source: 'RUSMIL', target: 'UKRMIL' });
  });
  it('codes both directions of a compound actor for a symmetric type', () => {
    const facts = factsOf('Polish and Czech diplomats met in Vienna on Monday.');
    expect(facts.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['CZE>POL', 'POL>CZE']);
    expect(facts[0]).toMatchObject({ type: 'CONSULT', date: '2024-03-11', place: 'Vienna' });
  });
  it('resolves "they" to the compound actor before it', () => {
    const facts = factsOf('Peru and Bolivia signed a border treaty on Monday. They agreed to reopen the crossing.');
    expect(facts.filter((e) => e.type === 'AGREE').map((e) => `${e.source}>${e.target}`).sort()).toEqual(['BOL>PER', 'PER>BOL']);
  });
  it('finds prepositional recipients: "against", "on", "with"', () => {
    expect(factsOf('Kuwait protested against Iraq.').length + factsOf('Oman launched strikes on Yemen.').length).toBeGreaterThan(0);
    expect(factsOf('Oman launched strikes on Yemen.')[0]).toMatchObject({ type: 'ASSAULT', source: 'OMN', target: 'YEM' });
  });
  it('gives a participle clause the sentence\'s subject ("…, instead endorsing")', () => {
    const facts = factsOf('Brazil dropped its objection to the plan, instead endorsing Argentina\'s proposal.');
    expect(facts.find((e) => e.type === 'SUPPORT')).toMatchObject({ source: 'BRA', target: 'ARG' });
    expect(facts.find((e) => e.type === 'CONCEDE')).toMatchObject({ source: 'BRA' });
  });
  it('gives a gerund after "of"/"for" the actor before it ("accused Iran of launching")', () => {
    const facts = factsOf('Japan accused Iran of launching missile attacks on Japan.');
    expect(facts.find((e) => e.type === 'ACCUSE')).toMatchObject({ source: 'JPN', target: 'IRN' });
    expect(facts.find((e) => e.type === 'ASSAULT')).toMatchObject({ source: 'IRN', target: 'JPN', mode: 'heavy-weapons' });
  });
  it('does not take an actor\'s own forces as the recipient of its withdrawal', () => {
    expect(eventsOf('Armenia withdrew its troops from Azerbaijan.')[0]).toMatchObject({ type: 'RETREAT', source: 'ARM', target: 'AZE' });
  });
  it('reads "his country" as the country of the person meant', () => {
    const facts = factsOf('President Volodymyr Zelensky said his country would never yield to threats from Russia.');
    expect(facts[0]).toMatchObject({ type: 'REJECT', source: 'UKR', target: 'RUS' });
  });
  it('takes "we" in a direct quote as its speaker', () => {
    const [e] = factsOf('“We will not yield to pressure from Belarus,” Foreign Minister Anna Kowal of Poland said.');
    expect(e).toMatchObject({ type: 'REJECT', source: 'POLGOV', target: 'BLR' });
  });
  it('keeps raw text and an empty code for an actor the lexicon lacks', () => {
    const e = eventsOf('Zorblat Industries accused Germany of fraud.')[0];
    expect(e).toMatchObject({ type: 'ACCUSE', source: '"Zorblat Industries"', target: 'DEU' });
  });
  it('codes a person attacking a person in words as ACCUSE, not ASSAULT', () => {
    const [e] = factsOf('Donald Trump attacked Joe Biden over the budget.');
    expect(e).toMatchObject({ type: 'ACCUSE', mode: 'disapprove', source: 'USAELI', target: 'USAGOV' }); // codes as of March 2024
    expect(factsOf('Russia attacked Georgia.')[0]?.type).toBe('ASSAULT');
  });
});
