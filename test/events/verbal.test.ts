import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

const one = (text: string) => {
  const facts = factsOf(text);
  expect(facts.length, JSON.stringify(facts)).toBeGreaterThan(0);
  return facts[0];
};

describe('verbal triggers: actor, verb, recipient', () => {
  it('codes a concession ("backed off his demand")', () => {
    expect(one('The Polish prime minister backed off his demand that Germany pay reparations.')).toMatchObject({ type: 'CONCEDE', source: 'POLGOV', target: 'DEU' });
  });
  it('codes support for another actor\'s proposal', () => {
    expect(one('Austria endorsed Hungary\'s call for new elections.')).toMatchObject({ type: 'SUPPORT', source: 'AUT', target: 'HUN' });
  });
  it('codes a request to meet with mode "meet"', () => {
    expect(one('Serbia asked Croatia to meet in Geneva.')).toMatchObject({ type: 'REQUEST', mode: 'meet', source: 'SRB', target: 'HRV' });
  });
  it('codes a request to withdraw with mode "yield"', () => {
    expect(one('Armenia urged Azerbaijan to withdraw its troops.')).toMatchObject({ type: 'REQUEST', mode: 'yield', source: 'ARM', target: 'AZE' });
  });
  it('codes a rebuke through its light verb ("issued a rebuke of")', () => {
    expect(one('Canada issued a sharp rebuke of India on Monday.')).toMatchObject({ type: 'ACCUSE', source: 'CAN', target: 'IND', date: '2024-03-11' });
  });
  it('codes a threat with the mode read from its content ("the prospect of sanctions")', () => {
    expect(one('Norway raised the prospect of sanctions against Iceland.')).toMatchObject({ type: 'THREATEN', mode: 'restrict', source: 'NOR' });
  });
  it('recodes a negated concession as a rejection ("wasn\'t budging")', () => {
    expect(one('Chile said it wasn\'t budging from its demands on Peru.')).toMatchObject({ type: 'REJECT', source: 'CHL' });
  });
  it('codes an accusation with mode "allege"', () => {
    expect(one('Poland accused Germany of ignoring the treaty.')).toMatchObject({ type: 'ACCUSE', mode: 'allege', source: 'POL', target: 'DEU' });
  });
  it('codes a meeting with a prepositional partner', () => {
    expect(one('Kenya met with Uganda in Nairobi.')).toMatchObject({ type: 'CONSULT', source: 'KEN', target: 'UGA', place: 'Nairobi' });
  });
  it('codes a hosted visit with the visitor as actor', () => {
    expect(one('Egypt hosted Jordan in Cairo.')).toMatchObject({ type: 'CONSULT', mode: 'visit', source: 'JOR', target: 'EGY' });
  });
  it('codes sanctions placed on a country', () => {
    expect(one('The United States imposed new sanctions on Iran.')).toMatchObject({ type: 'SANCTION', mode: 'discontinue', source: 'USA', target: 'IRN' });
  });
  it('codes a prisoner release', () => {
    expect(one('Belarus released prisoners to Lithuania.')).toMatchObject({ type: 'RETREAT', mode: 'release', source: 'BLR' });
  });
  it('codes a veto as a rejection', () => {
    expect(one('Hungary vetoed the plan of Slovakia.')).toMatchObject({ type: 'REJECT', source: 'HUN', target: 'SVK' });
  });
  it('codes a verb from the generated CAMEO list only in a tight actor-verb-actor frame', () => {
    expect(one('Portugal admired Spain.')).toMatchObject({ type: 'SUPPORT', source: 'PRT', target: 'ESP' });
    expect(factsOf('Portugal admired the old churches of Spain.')).toEqual([]);
  });
});
