import { describe, expect, it } from 'vitest';
import { addActor, addEvent, addQuote, find, makeDoc, run } from './helpers.ts';

describe('positions from events', () => {
  it('reads a drop and the stance it drops, with evidence spans', () => {
    const text = 'The Estonian government on Tuesday dropped its demand for a truce along the river.';
    const doc = makeDoc(text);
    const est = addActor(doc, 'a1', 'Estonia', 'ESTGOV', [find(text, 'The Estonian government')]);
    addEvent(doc, { type: 'CONCEDE', source: est, evidence: find(text, 'dropped its demand for a truce'), date: '2024-03-12' });
    expect(run(doc)).toEqual(['ESTGOV ceasefire drop 2024-03-12', 'ESTGOV ceasefire demand -']);
    const [drop, prior] = doc.positions;
    expect(doc.slice(drop.evidence)).toBe('dropped its demand for a truce');
    expect(doc.slice(prior.evidence)).toBe('demand for a truce');
    expect(prior.inferred).toBe(true);
    expect(drop.via).toBe('event');
  });

  it('turns a negated event into a rejection once, not twice', () => {
    const text = 'Peru was not about to sign a truce, its envoy said.';
    const doc = makeDoc(text);
    const peru = addActor(doc, 'a1', 'Peru', 'PER', [find(text, 'Peru')]);
    addEvent(doc, { type: 'AGREE', source: peru, evidence: find(text, 'was not about to sign a truce'), factuality: 'negated', date: '2024-03-11' });
    expect(run(doc)).toEqual(['PER ceasefire reject 2024-03-11']);
  });

  it('takes the issue from the event type when no cue is near, and skips hypothetical events', () => {
    const text = 'Ghana imposed fresh penalties on the shipping firms. Ghana would agree to a truce if the raids ended.';
    const doc = makeDoc(text);
    const gha = addActor(doc, 'a1', 'Ghana', 'GHA', [find(text, 'Ghana'), find(text, 'Ghana', 1)]);
    addEvent(doc, { type: 'SANCTION', source: gha, evidence: find(text, 'imposed fresh penalties on the shipping firms'), date: '2024-03-10' });
    addEvent(doc, { type: 'AGREE', source: gha, evidence: find(text, 'would agree to a truce'), factuality: 'hypothetical' });
    expect(run(doc)).toEqual(['GHA sanctions support 2024-03-10']);
  });

  it('gives a meeting\'s stance to both sides, and an agreement to every member of a group source', () => {
    const text = 'Chile hosted Bolivia for talks on Monday. Both governments agreed to swap their prisoners.';
    const doc = makeDoc(text);
    const chl = addActor(doc, 'a1', 'Chile', 'CHL', [find(text, 'Chile')]);
    const bol = addActor(doc, 'a2', 'Bolivia', 'BOL', [find(text, 'Bolivia')]);
    doc.mentions.push({ span: find(text, 'Both governments'), actorId: 'a1', actorIds: ['a1', 'a2'], kind: 'group', sentence: 1 });
    doc.mentions.sort((a, b) => a.span[0] - b.span[0]);
    addEvent(doc, { type: 'CONSULT', source: chl, target: bol, evidence: find(text, 'hosted Bolivia for talks'), date: '2024-03-11' });
    addEvent(doc, { type: 'AGREE', source: { ...chl, span: find(text, 'Both governments') } as typeof chl, target: bol, evidence: find(text, 'agreed to swap their prisoners'), date: '2024-03-11' });
    expect(run(doc)).toEqual([
      'CHL negotiations support 2024-03-11', 'BOL negotiations support 2024-03-11',
      'CHL prisoners accept 2024-03-11', 'BOL prisoners accept 2024-03-11',
    ]);
    expect(doc.positions[0].role).toBe('mediator');
  });

  it('survives malformed events and ignores the trailer', () => {
    const text = 'Norway backed the peace talks.\nKari Nordmann is a correspondent who backed the truce.';
    const doc = makeDoc(text);
    doc.bodyEnd = text.indexOf('Kari');
    const nor = addActor(doc, 'a1', 'Norway', 'NOR', [find(text, 'Norway')]);
    addActor(doc, 'a2', 'Kari Nordmann', '', [find(text, 'Kari Nordmann')], 'person');
    doc.events.push({ type: 'SUPPORT' } as never, null as never);
    addEvent(doc, { type: 'SUPPORT', source: nor, evidence: find(text, 'backed the peace talks'), date: null });
    expect(run(doc)).toEqual(['NOR negotiations support -']);
    expect(doc.positions[0].dateSource).toBe('none');
  });
});

describe('positions from quotes and plain sentences', () => {
  it('gives a modal demand to the speaker and a reported stance to its subject', () => {
    const text = 'Foreign Minister Anna Kowal said on Tuesday that any truce must be monitored and that Lithuania had agreed to a prisoner exchange.';
    const doc = makeDoc(text, '2024-03-13');
    const kowal = addActor(doc, 'a1', 'Anna Kowal', 'POLGOV', [find(text, 'Foreign Minister Anna Kowal')], 'person');
    addActor(doc, 'a2', 'Lithuania', 'LTU', [find(text, 'Lithuania')]);
    addEvent(doc, { type: 'CONSULT', source: kowal, evidence: find(text, 'said on Tuesday'), date: '2024-03-12' });
    const span = find(text, 'any truce must be monitored and that Lithuania had agreed to a prisoner exchange');
    addQuote(doc, 'indirect', span, find(text, 'said'), { ...kowal, span: find(text, 'Foreign Minister Anna Kowal') });
    expect(run(doc)).toEqual(['POLGOV ceasefire demand 2024-03-12', 'LTU prisoners accept 2024-03-12']);
    expect(doc.positions[1].reportedBy).toEqual({ name: 'Anna Kowal', code: 'POLGOV' });
    expect(doc.positions[1].dateSource).toBe('sentence');
  });

  it('gives what co-speakers state to each of them ("Chile and Peru said …")', () => {
    const text = 'Chile and Peru said any truce must be monitored.';
    const doc = makeDoc(text, '2024-03-13');
    const chl = addActor(doc, 'a1', 'Chile', 'CHL', [find(text, 'Chile')]);
    const per = addActor(doc, 'a2', 'Peru', 'PER', [find(text, 'Peru')]);
    doc.quotes.push({ kind: 'indirect', span: find(text, 'any truce must be monitored'), cue: find(text, 'said'), speaker: { ...per, span: find(text, 'Peru') }, also: [{ ...chl, span: find(text, 'Chile') }] } as (typeof doc.quotes)[number]);
    expect(run(doc).sort()).toEqual(['CHL ceasefire demand 2024-03-13', 'PER ceasefire demand 2024-03-13']);
  });

  it('reads a plain sentence whose subject is an actor, but not one behind a preposition or comma', () => {
    const text = 'Latvia refused to withdraw its troops from the border region. Talks began in Riga, rejected by nobody.';
    const doc = makeDoc(text);
    addActor(doc, 'a1', 'Latvia', 'LVA', [find(text, 'Latvia')]);
    addActor(doc, 'a2', 'Riga', 'LVA', [find(text, 'Riga')]);
    expect(run(doc)).toEqual(['LVA territory reject 2024-03-12']);
    expect(doc.slice(doc.positions[0].evidence)).toBe('Latvia refused to withdraw its troops');
  });
});
