/** Posting-rate flags: more submissions than this in the window, by one account or from one address, in one consultation. */
export const POSTING_RATE = {
  windowMinutes: 10,
  /** Submissions by the same account in the window, this one included, from which it is flagged. */
  perAuthor: 6,
  /** Submissions from the same address in the window, this one included. */
  perClient: 15,
} as const;
