import { describe, expect, it } from 'vitest';
import { findDates, resolveDate, shiftDate } from '../../src/stages/events/dates.ts';
import { analyzer, eventsOf, factsOf } from './helpers.ts';

// Published on Wednesday 13 March 2024.
const PUB = '2024-03-13';

describe('date resolver (dates.ts)', () => {
  it.each([
    ['on Monday', '2024-03-11', 'day'],
    ['on Wednesday', '2024-03-13', 'day'],
    ['on Friday', '2024-03-08', 'day'],
    ['last Friday', '2024-03-08', 'day'],
    ['earlier Monday', '2024-03-11', 'day'],
    ['later Tuesday', '2024-03-12', 'day'],
    ['yesterday', '2024-03-12', 'day'],
    ['in late February', '2024-02', 'month'],
    ['in December', '2023-12', 'month'],
    ['three years ago', '2021', 'year'],
    ['in 2019', '2019', 'year'],
    ['on March 2', '2024-03-02', 'day'],
    ['last month', '2024-02', 'month'],
  ])('resolves "%s" to %s (%s)', (text, value, precision) => {
    expect(resolveDate(text, PUB)).toEqual({ value, precision });
  });
  it('returns "one day after" as a shift, not a date', () => {
    expect(findDates('It came one day after the vote.', PUB)).toMatchObject([{ text: 'one day after', shift: -1, value: null }]);
    expect(findDates('two weeks before the summit', PUB)[0].shift).toBe(14);
    expect(findDates('Two days later, talks resumed.', PUB)[0].shift).toBe(2);
  });
  it('leaves relative dates unresolved without a publication date, but keeps explicit ones', () => {
    expect(resolveDate('on Friday', null)).toEqual({ value: null, precision: null });
    expect(resolveDate('three years ago', null)).toEqual({ value: null, precision: null });
    expect(resolveDate('in March 2021', null)).toEqual({ value: '2021-03', precision: 'month' });
  });
  it('does not read the verb "may" as a month', () => {
    expect(findDates('Officials may meet again.', PUB)).toEqual([]);
  });
  it('shifts days across month ends', () => {
    expect(shiftDate('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDate('2024-03', -1)).toBe('2024-03');
  });
});

describe('event dates', () => {
  it('uses the date expression in the event\'s sentence, not the publication date', () => {
    expect(factsOf('Kenya met with Uganda on Friday.')[0].date).toBe('2024-03-08');
  });
  it('dates an event "one day after" another relative to that event\'s date', () => {
    const [e] = factsOf('The vote on Monday came one day after Russia attacked Georgia.');
    expect(e).toMatchObject({ type: 'ASSAULT', date: '2024-03-10' });
  });
  it('dates "N days later" from the paragraph\'s date', () => {
    const facts = factsOf('Kenya met with Uganda on Friday. Two days later, Kenya accused Uganda of fraud.');
    expect(facts.find((e) => e.type === 'ACCUSE')?.date).toBe('2024-03-10');
  });
  it('carries a date to later sentences of the same paragraph', () => {
    const facts = factsOf('Polish and Czech diplomats met on Friday in Vienna. They agreed to reopen the crossing.');
    expect(facts.every((e) => e.date === '2024-03-08')).toBe(true);
  });
  it('falls back to the publication date', () => {
    expect(factsOf('Poland accused Germany of fraud.')[0].date).toBe(PUB);
  });
  it('leaves relative dates null without a publication date and says so', () => {
    const r = analyzer.analyze({ text: 'Kenya met with Uganda on Friday.', published: null });
    expect(r.events[0].date).toBeNull();
    expect(r.messages.some((m) => m.rule === 'events/no-published-date')).toBe(true);
    expect(eventsOf('Kenya met with Uganda in 2019.', null)[0].date).toBe('2019');
  });
});
