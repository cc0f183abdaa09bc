// Possible duplicate filings (重复起诉 screening, CPL Interpretation Art. 247): the same plaintiff against the
// same defendant on the same cause of action, filed recently. Parties are compared by ID number or unified
// social credit code where both filings have one, else by the normalised name. A hint for the clerk only.

export interface PartyIdentity {
  idNumber?: string | null;
  creditCode?: string | null;
  name: string;
}

/** The key a party is compared by: 'id:…' / 'cc:…' when known, else 'name:…' (spaces and bracket widths ignored). */
export function partyIdentityKeys(p: PartyIdentity): string[] {
  const keys: string[] = [];
  const id = p.idNumber?.trim().toUpperCase();
  if (id) keys.push(`id:${id}`);
  const cc = p.creditCode?.trim().toUpperCase();
  if (cc) keys.push(`cc:${cc}`);
  const name = p.name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  if (name) keys.push(`name:${name}`);
  return keys;
}

function samePerson(a: PartyIdentity, b: PartyIdentity): boolean {
  const ka = partyIdentityKeys(a);
  const kb = new Set(partyIdentityKeys(b));
  // A number on both sides decides; a name is compared only when one side has no number of that kind.
  for (const prefix of ['id:', 'cc:']) {
    const x = ka.find((k) => k.startsWith(prefix));
    const y = [...kb].find((k) => k.startsWith(prefix));
    if (x && y) return x === y;
  }
  return ka.some((k) => k.startsWith('name:') && kb.has(k));
}

export interface DuplicateCandidate {
  plaintiffs: readonly PartyIdentity[];
  defendants: readonly PartyIdentity[];
  /** Cause of action by name, so that the 2020 and 2025 catalogues compare alike. */
  causeOfAction: string | null;
}

/** Same cause, and a plaintiff and a defendant in common. */
export function isPossibleDuplicate(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  if (!a.causeOfAction || a.causeOfAction !== b.causeOfAction) return false;
  const shares = (xs: readonly PartyIdentity[], ys: readonly PartyIdentity[]) => xs.some((x) => ys.some((y) => samePerson(x, y)));
  return shares(a.plaintiffs, b.plaintiffs) && shares(a.defendants, b.defendants);
}

/** The earliest submission date still looked at: `months` calendar months before `today` (YYYY-MM-DD). */
export function duplicateWindowStart(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
