import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types.ts';
import { parseBrat } from '../../eval/polnear.ts';
import { emptyTally, rates, scoreArticle } from '../../eval/score.ts';

// A two-attribution article in brat standoff, written for this test.
const text = 'Ana Roe said the bridge would open in May. Critics doubt it. Lars Berg warned of delays.';
const ann = [
  'T1\tSource 0 7', 'T2\tCue 8 12', 'T3\tContent 13 41', 'T7\tAttribution 8 12', 'E1\tAttribution:T7 Cue:T2 Source:T1 Content:T3',
  'T4\tSource 61 70', 'T5\tCue 71 77', 'T6\tContent 78 88', 'T8\tAttribution 71 77', 'E2\tAttribution:T8 Cue:T5 Source:T4 Content:T6',
].join('\n');

const quote = (span: [number, number], speaker: [number, number] | null, cue: [number, number] | null = null): Quote =>
  ({ kind: 'indirect', span, cue, speaker: speaker && { name: '', code: '', span: speaker } });

describe('PolNeAR scoring (eval/score.ts)', () => {
  it('parses attributions and counts found contents, right quotes and right speakers', () => {
    const attrs = parseBrat(ann);
    expect(attrs).toHaveLength(2);
    expect(attrs[0]).toEqual({ source: [[0, 7]], cue: [[8, 12]], content: [[13, 41]] });
    const t = emptyTally();
    // The first attribution found with its speaker; a spurious quote; the second missed.
    scoreArticle('x', text, attrs, [quote([13, 41], [0, 7]), quote([43, 59], [43, 50])], t);
    expect(t).toMatchObject({ gold: 2, found: 1, pred: 2, predRight: 1, withSource: 1, speakerRight: 1 });
    expect(rates(t).f1).toBeCloseTo(0.5);
  });

  it('takes the quote covering most of a content, and of equal ones the tightest, for its speaker', () => {
    const attrs = parseBrat(ann);
    const t = emptyTally();
    // An outer quote holds the whole first content with the wrong speaker; the tight one has the right one.
    scoreArticle('x', text, attrs, [quote([0, 60], [43, 50]), quote([13, 41], [0, 7])], t);
    expect(t.speakerRight).toBe(1);
    // A quote covering under 30 % of a content does not find it.
    const u = emptyTally();
    scoreArticle('x', text, attrs, [quote([13, 20], [0, 7])], u);
    expect(u.found).toBe(0);
  });

  it('also counts speakers matching each attribution first to a quote with its cue', () => {
    const attrs = parseBrat(ann);
    const t = emptyTally();
    // The outer quote covers the content whole (wrong speaker); the quote with the gold cue "said" covers most of it.
    scoreArticle('x', text, attrs, [quote([0, 60], [43, 50]), quote([13, 36], [0, 7], [8, 12])], t);
    expect(t.speakerRight).toBe(0);
    expect(t.speakerRightByCue).toBe(1);
    expect(rates(t).speakerAccuracyByCue).toBe(1);
  });

  it('counts quotes by their cue too: one nested inside a gold content is right by content, not by cue', () => {
    const attrs = parseBrat(ann);
    const t = emptyTally();
    // "would open in May" with "would" as its cue lies inside the first content but on no gold cue.
    scoreArticle('x', text, attrs, [quote([13, 41], [0, 7], [8, 12]), quote([30, 41], [17, 23], [24, 29])], t);
    expect(t).toMatchObject({ pred: 2, predRight: 2, cued: 2, cuedGold: 1 });
    expect(rates(t).cuePrecision).toBe(0.5);
  });
});

describe('annotator agreement (eval/agreement.ts)', () => {
  it('scores each annotator of an article against each other, and skips singly annotated articles', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { annotatorAgreement } = await import('../../eval/agreement.ts');
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-agree-'));
    mkdirSync(join(dir, 'text'));
    mkdirSync(join(dir, 'attributions'));
    writeFileSync(join(dir, 'text', 'a.txt'), text);
    writeFileSync(join(dir, 'attributions', 'a_0001.ann'), ann);
    // The second annotator saw only the first attribution.
    writeFileSync(join(dir, 'attributions', 'a_0002.ann'), ann.split('\n').slice(0, 5).join('\n'));
    writeFileSync(join(dir, 'text', 'b.txt'), text);
    writeFileSync(join(dir, 'attributions', 'b_0001.ann'), ann);
    const lines: string[] = [];
    const r = annotatorAgreement(dir, (s) => lines.push(s));
    expect(r).toMatchObject({ articles: 1, pairs: 2 });
    // Both directions: 3 gold attributions, 2 found; 3 annotated "quotes", 2 inside the other's contents.
    expect(r!.recall).toBeCloseTo(2 / 3);
    expect(r!.precision).toBeCloseTo(2 / 3);
    expect(r!.speakerAccuracy).toBe(1);
    expect(lines.join('\n')).toContain('1 articles with several annotators');
  });
});
