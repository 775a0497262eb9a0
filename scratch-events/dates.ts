import { findDates } from '../src/stages/events/dates.ts';
for (const s of ['on Monday', 'last Friday', 'on Friday', 'in late April', 'earlier Monday', 'later Monday', 'three years ago', 'It came one day after the call', 'on May 16', 'yesterday', 'last month', 'in 2022', 'next week', 'next Tuesday', 'He may go in March 2024.', 'on Sunday'])
  console.log(s, JSON.stringify(findDates(s, '2025-05-19').map((d) => [d.text, d.value, d.precision, d.shift])), JSON.stringify(findDates(s, null).map((d) => [d.text, d.value])));
