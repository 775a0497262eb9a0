/**
 * The bundled actor lexicon (data/actors/, documented in docs/lexicons.md "Actors"). Imported as
 * modules so the stage stays free of file I/O; compiled once by the analyzer.
 */
import phoenixCountries from '../../../data/actors/phoenix-countries.json' with { type: 'json' };
import phoenixOrganizations from '../../../data/actors/phoenix-organizations.json' with { type: 'json' };
import phoenixPeople from '../../../data/actors/phoenix-people.json' with { type: 'json' };
import phoenixAgents from '../../../data/actors/phoenix-agents.json' with { type: 'json' };
import countries from '../../../data/actors/countries.json' with { type: 'json' };
import institutions from '../../../data/actors/institutions.json' with { type: 'json' };
import people from '../../../data/actors/people.json' with { type: 'json' };
import agents from '../../../data/actors/agents.json' with { type: 'json' };
import references from '../../../data/actors/references.json' with { type: 'json' };

/** Bundled files in precedence order: Phoenix-derived first, hand-written after (they win). */
export const BUNDLED_ACTOR_DATA: Array<[string, unknown]> = [
  ['phoenix-countries', phoenixCountries], ['phoenix-organizations', phoenixOrganizations],
  ['phoenix-people', phoenixPeople], ['phoenix-agents', phoenixAgents],
  ['countries', countries], ['institutions', institutions], ['people', people], ['agents', agents],
];

/** Honorifics, pronouns, group phrases and leader offices. */
export const BUNDLED_REFERENCES: unknown = references;
