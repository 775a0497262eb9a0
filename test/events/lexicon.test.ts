import { describe, expect, it } from 'vitest';
import ontology from '../../data/events/ontology.json' with { type: 'json' };
import triggers from '../../data/events/triggers.json' with { type: 'json' };
import { defaultEventData } from '../../src/stages/events/index.ts';
import { nounForms, verbForms } from '../../src/stages/events/inflect.ts';
import { compileEventLexicon } from '../../src/stages/events/lexicon.ts';

const lex = compileEventLexicon(defaultEventData());

describe('event lexicon', () => {
  it('holds the 16 PLOVER types with quad classes, scores and CAMEO codes', () => {
    expect(lex.types.size).toBe(16);
    expect(lex.types.get('ASSAULT')).toMatchObject({ quad: 4, score: -9, cameo: '190' });
    expect(lex.types.get('CONSULT')!.modes.get('phone')).toEqual({ score: 1.5, cameo: '041' });
    expect(lex.crosswalk.get('0871')).toMatchObject({ type: 'RETREAT', mode: 'ceasefire' });
  });
  it('has a trigger or a mode cue for every type and every mode', () => {
    const types = new Set(triggers.triggers.map((t) => t.type));
    const modes = new Set(triggers.triggers.filter((t) => t.mode).map((t) => `${t.type}/${t.mode}`));
    for (const [type, cues] of Object.entries(triggers.modeCues)) if (typeof cues === 'object') for (const m of Object.values(cues)) modes.add(`${type}/${m}`);
    const missing: string[] = [];
    for (const t of ontology.types) {
      if (!types.has(t.type)) missing.push(t.type);
      for (const m of t.modes) if (!modes.has(`${t.type}/${m.mode}`)) missing.push(`${t.type}/${m.mode}`);
    }
    expect(missing).toEqual([]);
  });
  it('rejects a trigger with an unknown type or mode, naming it', () => {
    const bad = (t: object) => () => compileEventLexicon(defaultEventData({ triggers: [t] }));
    expect(bad({ p: 'frobnicate', pos: 'verb', type: 'FROB' })).toThrow(/FROB/);
    expect(bad({ p: 'frobnicate', pos: 'verb', type: 'ASSAULT', mode: 'laser' })).toThrow(/ASSAULT\/laser/);
    expect(bad({ p: 'frobnicate', pos: 'adverb', type: 'ASSAULT' })).toThrow();
  });
  it('accepts user triggers and uses them', async () => {
    const { createAnalyzer } = await import('../../src/analyzer.ts');
    const { defaultStages } = await import('../../src/analyzer.ts');
    const { defaultEventsStage } = await import('../../src/stages/events/index.ts');
    const stages = defaultStages().map((s) => (s.name === 'events' ? defaultEventsStage({ triggers: [{ p: 'snub', pos: 'verb', type: 'REJECT', direct: true }] }) : s));
    const r = createAnalyzer({ stages }).analyze({ text: 'Peru snubbed Chile.', published: '2024-03-13' });
    expect(r.events[0]).toMatchObject({ type: 'REJECT', source: { code: 'PER' }, target: { code: 'CHL' } });
  });
  it('inflects verbs and nouns once, at compile time', () => {
    expect(verbForms('agree')).toEqual(expect.arrayContaining(['agrees', 'agreed', 'agreeing']));
    expect(verbForms('ban')).toEqual(expect.arrayContaining(['banned', 'banning']));
    expect(verbForms('target')).toEqual(expect.arrayContaining(['targeted', 'targeting']));
    expect(verbForms('meet')).toContain('met');
    expect(verbForms('try')).toEqual(expect.arrayContaining(['tries', 'tried', 'trying']));
    expect(nounForms('strike')).toEqual(['strike', 'strikes']);
  });
});
