import type { Doc } from '../../core/doc.ts';
import type { Actor, Mention } from '../../core/types.ts';
import type { ActorDef, ActorLexicon } from './lexicon.ts';
import { codeAt, countryOf, officeAt } from './roles.ts';

const CAPITAL = /^\p{Lu}/u;

/** What coreference needs to know about an actor of this document. */
export interface ActorInfo {
  actor: Actor;
  def: ActorDef | null;
  gender: 'm' | 'f' | null;
  office: string | null;
}

/** A mention that later pronouns, roles and group phrases may refer back to. */
export interface Antecedent {
  ids: string[];
  type: 'person' | 'country' | 'organization' | 'group';
  gender: 'm' | 'f' | null;
  sentence: number;
  token: number;
  subject: boolean;
}

/** Per-document working state of the actors stage: actors, mentions, antecedents, local names. */
export class ActorState {
  readonly infos = new Map<string, ActorInfo>();
  readonly mentions: Mention[] = [];
  readonly antecedents: Antecedent[] = [];
  /** Surnames and first names of people already named in this document. */
  readonly localNames = new Map<string, string>();
  readonly date: string | null;

  constructor(readonly doc: Doc, readonly lex: ActorLexicon) {
    this.date = doc.article.published;
  }

  /** The document actor for a lexicon entry, created on first mention with its code on the date. */
  fromDef(def: ActorDef): ActorInfo {
    let info = this.infos.get(def.id);
    if (!info) {
      const code = codeAt(def, this.date);
      info = {
        actor: { id: def.id, name: def.name, code, country: countryOf(code), kind: def.kind, mentions: [] },
        def, gender: def.gender ?? null, office: officeAt(def, this.date),
      };
      this.infos.set(def.id, info);
      if (this.date === null && def.roles.length > 0) {
        this.doc.message('actors/undated-role', `no published date: ${def.name} coded by the latest role (${code})`, null, 'info');
      }
      if (def.kind === 'person') this.learnName(def.name, def.id);
    }
    return info;
  }

  /** A person the lexicon does not know, coded from a stated role (or '' when none). */
  unknownPerson(name: string, code: string, gender: 'm' | 'f' | null, office: string | null): ActorInfo {
    const id = `person:${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
    let info = this.infos.get(id);
    if (!info) {
      info = { actor: { id, name, code, country: countryOf(code), kind: 'person', mentions: [] }, def: null, gender, office };
      this.infos.set(id, info);
      this.learnName(name, id);
    } else if (!info.actor.code && code) {
      info.actor.code = code;
      info.actor.country = countryOf(code);
      info.office ??= office;
    }
    return info;
  }

  private learnName(name: string, id: string): void {
    const parts = name.split(/\s+/).filter((p) => CAPITAL.test(p) && !p.endsWith('.'));
    if (parts.length < 2) return;
    const last = parts[parts.length - 1].toLowerCase();
    const first = parts[0].toLowerCase();
    if (!this.localNames.has(last)) this.localNames.set(last, id);
    if (!this.localNames.has(first)) this.localNames.set(first, id);
  }

  /** Record a mention of tokens `[a, b)` and, unless told otherwise, keep it as an antecedent. */
  mention(a: number, b: number, sentence: number, ids: string[], kind: Mention['kind'], code?: string, subject = false): Mention {
    const doc = this.doc;
    const m: Mention = { span: [doc.starts[a], doc.ends[b - 1]], actorId: ids[0], kind, sentence };
    if (ids.length > 1) m.actorIds = ids;
    if (code && code !== this.infos.get(ids[0])?.actor.code) m.code = code;
    this.mentions.push(m);
    const first = this.infos.get(ids[0])!;
    const type = ids.length > 1 ? 'group' : first.actor.kind === 'group' ? 'group' : first.actor.kind;
    this.antecedents.push({ ids, type, gender: ids.length > 1 ? null : first.gender, sentence, token: a, subject });
    return m;
  }

  /** Fill doc.actors and doc.mentions (sorted by start), each actor with its mention spans. */
  finish(): void {
    this.mentions.sort((x, y) => x.span[0] - y.span[0] || y.span[1] - x.span[1]);
    for (const m of this.mentions) {
      for (const id of m.actorIds ?? [m.actorId]) this.infos.get(id)?.actor.mentions.push(m.span);
    }
    this.doc.mentions = this.mentions;
    this.doc.actors = [...this.infos.values()].map((i) => i.actor).filter((a) => a.mentions.length > 0);
  }
}
