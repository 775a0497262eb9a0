/** PLOVER's quad classes, in the order cooperation → conflict, with their legend colours (also in style.css). */
export const QUADS = [
  { key: 'verbal-cooperation', label: 'verbal cooperation', color: '#6aa84f' },
  { key: 'material-cooperation', label: 'material cooperation', color: '#1f6f43' },
  { key: 'verbal-conflict', label: 'verbal conflict', color: '#e69138' },
  { key: 'material-conflict', label: 'material conflict', color: '#c0392b' },
] as const;

export const UNKNOWN_QUAD = { key: 'unknown', label: 'unclassified', color: '#8a8f98' };

export function quadColor(key: string | null | undefined): string {
  return QUADS.find((q) => q.key === key)?.color ?? UNKNOWN_QUAD.color;
}

/** The 16 PLOVER event types, for the type filter. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** Stances coloured by where the actor stands: for, against, dropped. */
export function stanceColor(stance: string): string {
  if (stance === 'reject') return '#c0392b';
  if (stance === 'drop') return '#8a8f98';
  return '#1f6f43';
}
