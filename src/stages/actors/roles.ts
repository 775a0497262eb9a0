import type { ActorDef, RoleDef } from './lexicon.ts';

/** Agent codes that can open a code without a country (`MEDxxx`, `IGOxxx`): not country codes. */
const NON_COUNTRY = new Set(['IGO', 'NGO', 'MED', 'BUS', 'GOV', 'MIL', 'REB', 'OPP', 'CVL', 'REF', 'ELI', 'IMG', 'MNC', 'SPY', 'COP', 'JUD', 'LEG']);

/** The country part of a code (`RUSGOV` → `RUS`), or null for IGOs, NGOs and bare agents. */
export function countryOf(code: string): string | null {
  const c = code.slice(0, 3);
  return /^[A-Z]{3}$/.test(c) && !NON_COUNTRY.has(c) ? c : null;
}

/**
 * The role a lexicon actor holds on `date` (YYYY-MM-DD): the latest-starting role whose
 * `[from, to)` contains it. With no date, the latest-starting role of all (`undated` tells the
 * caller to say so). Null when no role applies: the actor's default code then holds.
 */
export function roleAt(def: ActorDef, date: string | null): RoleDef | null {
  let best: RoleDef | null = null;
  for (const r of def.roles) {
    if (date !== null && ((r.from && r.from > date) || (r.to && r.to <= date))) continue;
    if (date === null && r.to) continue;
    if (!best || (r.from ?? '') >= (best.from ?? '')) best = r;
  }
  if (!best && date === null) {
    for (const r of def.roles) if (!best || (r.from ?? '') >= (best.from ?? '')) best = r;
  }
  return best;
}

/** The code of a lexicon actor on `date`. */
export function codeAt(def: ActorDef, date: string | null): string {
  return roleAt(def, date)?.code ?? def.code;
}

/** The office an actor holds on `date` ("president", "spokesperson"), or null. */
export function officeAt(def: ActorDef, date: string | null): string | null {
  return roleAt(def, date)?.office ?? null;
}
