import { describe, expect, it } from 'vitest';
import { actorsAnalyzer, who } from './helpers.ts';

const an = actorsAnalyzer();
const run = (text: string) => an.process({ text, published: '2025-08-02' });

describe('coreference', () => {
  it('resolves he/she to the subject of the previous sentence, by gender', () => {
    const doc = run('Giorgia Meloni met Emmanuel Macron in Rome. She said the meeting went well. He did not comment.');
    expect(who(doc, 'She')?.name).toBe('Giorgia Meloni');
    expect(who(doc, 'He ')?.name).toBe('Emmanuel Macron');
  });
  it('prefers the subject over an object in the same sentence', () => {
    const doc = run('Mr. Erdogan said after a call with Mr. Carney that he would visit soon.');
    expect(who(doc, 'he would')?.name).toBe('Recep Tayyip Erdogan');
  });
  it('resolves role descriptions to people already named', () => {
    const doc = run('Keir Starmer met officials. Later the British prime minister flew north.');
    expect(who(doc, 'British prime minister')?.name).toBe('Keir Starmer');
  });
  it('resolves "the two leaders" and "both sides" to all members', () => {
    const doc = run('Xi Jinping called Narendra Modi. The two leaders agreed to talk again. China and India have argued for years, and both sides want calm.');
    expect(who(doc, 'two leaders')?.ids).toEqual(['xi-jinping', 'narendra-modi']);
    expect(who(doc, 'both sides')?.ids).toEqual(['CHN', 'IND']);
  });
  it('resolves "they" to a group and a first name used in address', () => {
    const doc = run('Greek and Turkish officials met on Monday. They agreed to meet again. "Recep, call me," Mr. Mitsotakis said after Recep Tayyip Erdogan left.');
    expect(who(doc, 'They')?.ids.sort()).toEqual(['GRC', 'TUR']);
    expect(who(doc, 'Recep', doc.text.indexOf('Recep') + 1)?.name).toBe('Recep Tayyip Erdogan');
  });
  it('keeps every mention sorted by start, each with its actor', () => {
    const doc = run('Mark Rutte met Kaja Kallas. He thanked her.');
    const starts = doc.mentions.map((m) => m.span[0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(who(doc, 'her')?.name).toBe('Kaja Kallas');
    expect(doc.actors.find((a) => a.name === 'Mark Rutte')?.mentions).toHaveLength(2);
  });
});
