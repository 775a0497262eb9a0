import { describe, expect, it } from 'vitest';
import { eventsOf, factsOf } from './helpers.ts';

describe('factuality', () => {
  it('marks a negated event and does not count it as a fact', () => {
    const text = 'Officials said Serbia was not on the verge of declaring a cease-fire.';
    expect(eventsOf(text)[0]).toMatchObject({ type: 'CONCEDE', source: 'SRB', factuality: 'negated' });
    expect(factsOf(text)).toEqual([]);
  });
  it('marks events under "if" as hypothetical', () => {
    expect(eventsOf('If Russia invades Moldova, Romania will respond.')[0]).toMatchObject({ type: 'ASSAULT', factuality: 'hypothetical' });
  });
  it('marks possibility modals as hypothetical', () => {
    expect(eventsOf('Turkey could attack Syria.')[0]).toMatchObject({ type: 'ASSAULT', factuality: 'hypothetical' });
  });
  it('codes future cooperation as AGREE (PLOVER) and keeps it a fact', () => {
    expect(factsOf('Germany will send tanks to Ukraine.')[0]).toMatchObject({ type: 'AGREE', source: 'DEU', target: 'UKR' });
  });
  it('folds what actors agree to do into their AGREE', () => {
    const facts = factsOf('Japan and South Korea agreed to share intelligence.');
    expect(facts.map((e) => e.type)).toEqual(['AGREE', 'AGREE']);
  });
  it('marks a requested act as hypothetical, with the asked actor as its actor', () => {
    const events = eventsOf('Serbia asked Croatia to release the prisoners.');
    expect(events.find((e) => e.type === 'REQUEST')).toMatchObject({ source: 'SRB', target: 'HRV', factuality: 'asserted' });
    expect(events.find((e) => e.type === 'RETREAT')).toMatchObject({ source: 'HRV', factuality: 'hypothetical' });
  });
  it('marks a demanded act ("demand that X withdraw") as hypothetical', () => {
    const events = eventsOf('Ecuador demanded that Colombia withdraw its troops.');
    expect(events.find((e) => e.type === 'RETREAT')).toMatchObject({ source: 'COL', factuality: 'hypothetical' });
  });
  it('recodes refusals: "will not yield" and "would never withdraw" are REJECT facts', () => {
    expect(factsOf('Georgia will not yield to pressure from Russia.')[0]).toMatchObject({ type: 'REJECT', mode: 'yield', source: 'GEO', target: 'RUS' });
    expect(factsOf('Moldova would never withdraw its troops from Transnistria.')[0]).toMatchObject({ type: 'REJECT', source: 'MDA' });
  });
  it('does not take "declined to comment" as a rejection', () => {
    expect(eventsOf('Estonia declined to comment on the report.')).toEqual([]);
  });
  it('marks events in indirect speech as reported', async () => {
    const { analyzer } = await import('./helpers.ts');
    const r = analyzer.analyze({ text: 'Officials said Russia attacked Georgia.', published: '2024-03-13' });
    expect(r.events[0]).toMatchObject({ type: 'ASSAULT', factuality: 'asserted', reported: 'indirect' });
  });
  it('keeps events inside direct quotes and marks them as reported', async () => {
    const { analyzer } = await import('./helpers.ts');
    const r = analyzer.analyze({ text: '“Russia attacked Georgia,” the minister said.', published: '2024-03-13' });
    expect(r.events[0]).toMatchObject({ type: 'ASSAULT', factuality: 'asserted', reported: 'quote' });
  });
});
