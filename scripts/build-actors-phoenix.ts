/**
 * Parse the Phoenix/PETRARCH actor dictionaries (TABARI format) into plain records.
 * Used only by scripts/build-actors.ts; the analyzer never reads these files.
 */

export interface PhoenixRole { code: string; from?: string; to?: string }
export interface PhoenixBlock { name: string; aliases: string[]; roles: PhoenixRole[]; comment: string }

/** TABARI dates are YYMMDD (two-digit years: 30–99 → 19xx) or YYYYMMDD. */
export function phoenixDate(raw: string): string | undefined {
  const d = raw.replace(/\D/g, '');
  let y: string;
  let rest: string;
  if (d.length === 6) {
    y = (Number(d.slice(0, 2)) >= 30 ? '19' : '20') + d.slice(0, 2);
    rest = d.slice(2);
  } else if (d.length === 8) {
    y = d.slice(0, 4);
    rest = d.slice(4);
  } else return undefined; // malformed in the source (e.g. 7 digits): drop the bound
  const m = rest.slice(0, 2);
  const day = rest.slice(2, 4);
  if (Number(m) < 1 || Number(m) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${y}-${m}-${day}`;
}

/** One `[CODE dates]` group: `CODE`, `CODE a-b`, `CODE >a`, `CODE <b`. */
function parseRole(inner: string): PhoenixRole | null {
  const [code, range] = inner.trim().split(/\s+/, 2);
  if (!code || !/^~?[A-Z]{3,15}$/.test(code)) return null;
  const role: PhoenixRole = { code };
  if (!range) return role;
  if (range.startsWith('>')) role.from = phoenixDate(range.slice(1));
  else if (range.startsWith('<')) role.to = phoenixDate(range.slice(1));
  else {
    const [a, b] = range.split('-');
    role.from = phoenixDate(a ?? '');
    role.to = phoenixDate(b ?? '');
  }
  if (range && !role.from && !role.to) return null;
  return role;
}

/** `VLADIMIR_V._PUTIN_` → `Vladimir V. Putin` (title case; the analyzer matches lower case anyway). */
export function phoenixPhrase(raw: string): string {
  return raw
    .replace(/_+$/, '')
    .replace(/_/g, ' ')
    .replace(/!PERSON!|\{[^}]*\}/g, '')
    .trim()
    .toLowerCase()
    .replace(/(^|[\s\-./'(])([a-zà-ÿ])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

function rolesIn(line: string): PhoenixRole[] {
  const out: PhoenixRole[] = [];
  for (const m of line.matchAll(/\[([^\]]*)\]/g)) {
    const r = parseRole(m[1]);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Split a TABARI actor file into blocks: a head line, `+alias` lines and tab-indented `[CODE]` lines.
 */
export function parsePhoenixActors(text: string): PhoenixBlock[] {
  const blocks: PhoenixBlock[] = [];
  let cur: PhoenixBlock | null = null;
  for (const raw of text.split('\n')) {
    if (raw.startsWith('#') || raw.trim() === '') continue;
    const hash = raw.indexOf('#');
    const body = hash >= 0 ? raw.slice(0, hash) : raw;
    const comment = hash >= 0 ? raw.slice(hash + 1).trim() : '';
    if (raw.startsWith('+')) {
      if (cur) {
        const alias = phoenixPhrase(body.slice(1).split('[')[0]);
        if (alias) cur.aliases.push(alias);
        cur.roles.push(...rolesIn(body));
      }
      continue;
    }
    if (/^\s/.test(raw)) {
      if (cur) cur.roles.push(...rolesIn(body));
      continue;
    }
    const name = phoenixPhrase(body.split('[')[0]);
    cur = { name, aliases: [], roles: rolesIn(body), comment };
    if (name) blocks.push(cur);
  }
  return blocks.filter((b) => b.roles.length > 0);
}
