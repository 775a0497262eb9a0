import { describe, expect, it } from 'vitest';
import { createAnalyzer, defaultStages } from '../../src/analyzer.ts';
import type { Doc } from '../../src/core/doc.ts';
import { candidates } from '../../src/stages/quotes/candidates.ts';
import { cueContext, cueWord, frameFeatures, nullFeatures, tokenFeatures } from '../../src/stages/quotes/speaker-features.ts';
import type { Frame } from '../../src/stages/quotes/frames.ts';
import { createQuotesStage } from '../../src/stages/quotes/index.ts';
import { compileCues } from '../../src/stages/quotes/lexicon.ts';
import { compileCueModel } from '../../src/stages/quotes/learned.ts';
import { compileSpeakerModel, referenceScore, scoreFeatures, tableNullScore, tableScore, type SpeakerModel } from '../../src/stages/quotes/speaker-model.ts';
import cueData from '../../data/quotes/cues.json' with { type: 'json' };
import cueModelData from '../../data/quotes/cue-model.json' with { type: 'json' };
import speakerData from '../../data/quotes/speaker-model.json' with { type: 'json' };

/** Invented sentences with speakers before and after cues, pronouns, relatives, possessives and quotes. */
const TEXT = [
  '“We will not move,” Governor Dana Holt, a former judge, told reporters in Oslo on Tuesday.',
  'The ministry’s spokesman said on Friday that 40 trucks had crossed the border at Tarn.',
  'Lena Ortiz, who runs the port authority, warned that fees would rise, according to two officials.',
  'Officials in Kestria believe the talks will fail, while the union’s leader insisted the deal was fair.',
  '“It is over,” said Mr. Brandt. He added that 9 percent of voters were undecided.',
  'According to the company, the plant is expected to reopen; the mayor, however, disputed that claim.',
].join('\n\n');

/** Every cue frame the pipeline finds in `text`, with its document and quotation mask. */
function framesOf(text: string): Array<{ doc: Doc; f: Frame; inside: Uint8Array }> {
  const out: Array<{ doc: Doc; f: Frame; inside: Uint8Array }> = [];
  const stages = defaultStages();
  const upto = stages.findIndex((s) => s.name === 'quotes');
  const record = (doc: Doc, frames: Frame[], inside: Uint8Array) => { for (const f of frames) out.push({ doc, f: { ...f }, inside }); };
  const analyzer = createAnalyzer({
    stages: stages.slice(0, upto + 1).map((s) => (s.name === 'quotes' ? createQuotesStage(compileCues(cueData), compileCueModel(cueModelData), record) : s)),
  });
  analyzer.analyze({ text, published: '2024-03-05' });
  return out;
}

/** Check every candidate and "no speaker" of every frame: compiled score === string score, bit for bit. */
function checkAll(model: SpeakerModel, frames: Array<{ doc: Doc; f: Frame; inside: Uint8Array }>): number {
  let n = 0;
  for (const { doc, f, inside } of frames) {
    expect(tableNullScore(model, f)).toBe(scoreFeatures(model.weights, nullFeatures(f, f.phrase)));
    for (const c of candidates(doc, f, inside, f.phrase)) {
      expect(tableScore(model, doc, f, c)).toBe(referenceScore(model, doc, f, c));
      n++;
    }
  }
  return n;
}

describe('compiled speaker scores', () => {
  const frames = framesOf(TEXT);

  it('finds frames with candidates on both sides of their cues', () => {
    expect(frames.length).toBeGreaterThanOrEqual(6);
    const sides = new Set(frames.flatMap(({ doc, f, inside }) => candidates(doc, f, inside, f.phrase).map((c) => c.side)));
    expect([...sides].sort()).toEqual(['L', 'R']);
  });

  it('equal the feature-string scores exactly with the shipped model', () => {
    expect(checkAll(compileSpeakerModel(speakerData), frames)).toBeGreaterThan(20);
  });

  it('equal them exactly when every feature seen has a weight of its own', () => {
    // Weights of very different sizes make any change in summation order show in the last bits.
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const weights: Record<string, number> = {};
    for (const { doc, f, inside } of frames) {
      const feats = [...nullFeatures(f, f.phrase), ...candidates(doc, f, inside, f.phrase).flatMap((c) => [
        ...frameFeatures(f.entry.kind, cueWord(f), c.side, c.parts, f.phrase !== null, cueContext(doc, f)), ...tokenFeatures(doc, c.t, c.side),
      ])];
      for (const x of feats) weights[x] ??= (rand() - 0.5) * 10 ** Math.floor(rand() * 12 - 4);
    }
    expect(Object.keys(weights).length).toBeGreaterThan(100);
    expect(checkAll(compileSpeakerModel({ weights }), frames)).toBeGreaterThan(20);
  });

  it('give nothing for features the model lacks', () => {
    const model = compileSpeakerModel({ weights: { 'w=holt': 2 } });
    const hit = frames.flatMap(({ doc, f, inside }) => candidates(doc, f, inside, f.phrase).map((c) => ({ doc, f, c })))
      .filter(({ doc, c }) => doc.lower[c.t] === 'holt');
    expect(hit.length).toBeGreaterThan(0);
    for (const { doc, f, c } of hit) expect(tableScore(model, doc, f, c)).toBe(2);
  });
});
