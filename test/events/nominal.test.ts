import { describe, expect, it } from 'vitest';
import { eventsOf, factsOf } from './helpers.ts';

describe('nominal triggers', () => {
  it('codes a phone call in a fronted phrase, with the main subject as actor', () => {
    const [e] = factsOf('After a one-hour phone call with Finland, Estonia said the border would stay open.');
    expect(e).toMatchObject({ type: 'CONSULT', mode: 'phone', source: 'EST', target: 'FIN' });
  });
  it('codes a call "between A and B"', () => {
    expect(factsOf('The call between Ghana and Togo lasted an hour.')[0]).toMatchObject({ type: 'CONSULT', mode: 'phone', source: 'GHA', target: 'TGO' });
  });
  it('codes drone strikes with their possessor as actor and mode "drone"', () => {
    expect(factsOf('Sudan condemned Ethiopia\'s drone strikes on Sudan.').find((e) => e.type === 'ASSAULT')).toMatchObject({ mode: 'drone', source: 'ETH', target: 'SDN' });
  });
  it('codes talks held with a partner', () => {
    expect(factsOf('Vietnam held talks with Laos in Hanoi.')[0]).toMatchObject({ type: 'CONSULT', source: 'VNM', target: 'LAO', place: 'Hanoi' });
  });
  it('codes a demand whose recipient is the subject of its "that" clause, mode "yield"', () => {
    const [e] = factsOf('Ecuador stuck to its demands, including that Colombia withdraw its soldiers.');
    expect(e).toMatchObject({ type: 'REQUEST', mode: 'yield', source: 'ECU', target: 'COL' });
  });
  it('codes sanctions described by a reduced relative ("the sanctions X placed on Y")', () => {
    expect(factsOf('Cuba wants relief from the sanctions the United States placed on Cuba.').find((e) => e.type === 'SANCTION'))
      .toMatchObject({ source: 'USA', target: 'CUB' });
  });
  it('skips a meeting whose participants are unknown', () => {
    expect(eventsOf('The talks ended without a breakthrough.')).toEqual([]);
  });
  it('marks a "potential" exchange as hypothetical', () => {
    expect(eventsOf('Among the topics was a potential prisoner swap between Armenia and Azerbaijan.')[0]).toMatchObject({ type: 'RETREAT', factuality: 'hypothetical' });
  });
});
