/**
 * A generator of synthetic news-like articles for benchmarks and sample data: invented actors,
 * diplomacy and conflict events, quotes and dates, from a seeded PRNG so runs are repeatable.
 */

const LEADERS = [
  ['President', 'Anna Kowal', 'Poland'], ['Prime Minister', 'Keir Starmer', 'Britain'], ['President', 'Emmanuel Macron', 'France'],
  ['Chancellor', 'Olaf Brandt', 'Germany'], ['Foreign Minister', 'Sergey Lavrov', 'Russia'], ['President', 'Volodymyr Zelensky', 'Ukraine'],
  ['Prime Minister', 'Narendra Modi', 'India'], ['President', 'Recep Tayyip Erdogan', 'Turkey'], ['Secretary of State', 'Marco Rubio', 'the United States'],
];
const COUNTRIES = ['Russia', 'Ukraine', 'Poland', 'France', 'Germany', 'Turkey', 'China', 'Iran', 'Israel', 'India', 'Japan', 'Britain'];
const CITIES = ['Istanbul', 'Geneva', 'Warsaw', 'Kyiv', 'Moscow', 'Ankara', 'Doha', 'Vienna', 'Brussels', 'Riyadh'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ISSUES = ['a cease-fire', 'new sanctions', 'a prisoner exchange', 'the withdrawal of troops', 'military aid', 'trade talks'];

type Rand = () => number;

/** Mulberry32: tiny, fast, seedable. */
function prng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rand, list: T[]): T => list[Math.floor(r() * list.length)];

function sentence(r: Rand): string {
  const [title, name, country] = pick(r, LEADERS);
  const surname = name.split(' ').slice(-1)[0];
  const a = pick(r, COUNTRIES);
  let b = pick(r, COUNTRIES);
  if (b === a) b = pick(r, COUNTRIES);
  const day = pick(r, DAYS);
  const issue = pick(r, ISSUES);
  switch (Math.floor(r() * 8)) {
    case 0: return `${title} ${name} of ${country} met officials from ${a} on ${day} in ${pick(r, CITIES)} to discuss ${issue}.`;
    case 1: return `“We will not accept ${issue} on these terms,” Mr. ${surname} told reporters on ${day}.`;
    case 2: return `${a} accused ${b} of launching drone attacks on its border towns, officials said.`;
    case 3: return `Officials in ${a} said on ${day} that they had agreed to hold talks with ${b} about ${issue}.`;
    case 4: return `${a}n forces shelled positions held by ${b} overnight, according to the defense ministry.`;
    case 5: return `${title} ${name} threatened to impose ${issue === 'new sanctions' ? 'new sanctions' : 'tariffs'} on ${b} if the talks failed.`;
    case 6: return `The foreign minister of ${a} called for ${issue}, saying that “the time for half measures is over.”`;
    default: return `Last ${day}, ${a} and ${b} exchanged prisoners in a deal brokered by ${pick(r, COUNTRIES)}.`;
  }
}

export interface SynthArticle { id: string; text: string; published: string; title: string; source: string }

/** `n` synthetic articles of about `sentences` sentences each, in 3–5 sentence paragraphs. */
export function synthArticles(n: number, sentences = 24, seed = 42): SynthArticle[] {
  const r = prng(seed);
  const out: SynthArticle[] = [];
  for (let i = 0; i < n; i++) {
    const paras: string[] = [];
    let left = sentences;
    while (left > 0) {
      const k = Math.min(left, 3 + Math.floor(r() * 3));
      paras.push(Array.from({ length: k }, () => sentence(r)).join(' '));
      left -= k;
    }
    const day = 1 + Math.floor(r() * 28);
    out.push({
      id: `synth-${i}`, text: paras.join('\n'), published: `2025-0${1 + Math.floor(r() * 9)}-${String(day).padStart(2, '0')}`,
      title: `Synthetic report ${i}`, source: pick(r, ['The Daily Ledger', 'Northern Wire', 'Harbor Times']),
    });
  }
  return out;
}
