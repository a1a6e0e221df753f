/**
 * What a quote supports: the value itself (only these count in "stated by N of 5 articles"), the
 * date, who announced or produced it, or a detail such as the teams or the place.
 */
export const CITATION_ROLES = ['value', 'date', 'attribution', 'detail'] as const
