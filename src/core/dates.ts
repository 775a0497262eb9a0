const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Normalise a publication date to `YYYY-MM-DD`: accepts a date, an ISO timestamp or anything
 * `Date.parse` reads (RFC 822 feed dates). Returns null when it cannot be read.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const m = ISO_DAY.exec(v);
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]) {
      return `${m[1]}-${m[2]}-${m[3]}`;
    }
    return null;
  }
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}
