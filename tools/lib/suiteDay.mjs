/**
 * The day every test build compares review-by dates with (GTM_TODAY), whatever the calendar says.
 * The sample content's review-by dates are valid relative to it (current, due soon or deliberately
 * past), so the suite gives the same result on any day; moving it means moving those dates too.
 * Only the real-date test builds with the machine's date, on content whose dates it generates.
 */
export const suiteDay = '2026-12-01';
