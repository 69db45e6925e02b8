/**
 * Dates as readers in every region read them without doubt ("30 Jun 2027"), in UTC, as entries write
 * them. The formatters are made once: `toLocaleDateString` builds a new one on every call, which a
 * 10,000-entry build makes over a hundred thousand times.
 */
const shortMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "30 Jun 2027". */
export function formatDate(date: Date): string {
  return shortMonth.format(date);
}

/** "30 June 2027", for documents that spell the month out. */
export function formatLongDate(date: Date): string {
  return longMonth.format(date);
}
