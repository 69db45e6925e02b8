import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { authorErrorMap, describeIssues } from '../../src/schemas/authorErrors';
import { calendarDay, distinct, strictFields, text } from '../../src/schemas/fields';
import { parseHubConfig } from '../../src/schemas/hubConfig';
import { hubConfig } from '../../src/config/hub.config';

const entry = strictFields({
  status: z.enum(['draft', 'approved']).describe('Lifecycle.'),
  owner: text('The person accountable.'),
  reviewBy: calendarDay('The review day.'),
  event: strictFields({ talkTitle: text(), speakerNotes: z.array(text()).default([]) }).optional(),
  tags: distinct(z.string()).default([]),
});

function problems(data: unknown): string[] {
  const result = entry.safeParse(data, { error: authorErrorMap });
  return result.success ? [] : describeIssues(result.error.issues);
}

const valid = { status: 'approved', owner: 'Mei Chen', reviewBy: new Date('2027-06-30T00:00:00Z') };

describe('authorErrorMap', () => {
  it('accepts a valid entry', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('says a field is missing, not "expected one of" or "Required", and what the field is for', () => {
    expect(problems({ ...valid, status: undefined, owner: undefined })).toEqual([
      'field "status": missing. Add it to the front matter (between the --- lines). Lifecycle.',
      'field "owner": missing. Add it to the front matter (between the --- lines). The person accountable.',
    ]);
  });

  it('names the value found and the allowed values for a wrong enum value', () => {
    expect(problems({ ...valid, status: 'aproved' })).toEqual([
      'field "status": found the text "aproved", which is not one of the allowed values. Use one of: draft, approved (exactly as written here). Lifecycle.',
    ]);
  });

  it('names the type found and the type expected', () => {
    expect(problems({ ...valid, owner: 42 })).toEqual([
      'field "owner": found the number 42, but this field takes text. The person accountable.',
    ]);
    const [empty] = problems({ ...valid, event: null });
    expect(empty).toMatch(/^field "event": found an empty value; write a group of fields/u);
    expect(empty).not.toMatch(/received "object"/u);
  });

  it('names unknown fields at every level and suggests the field meant', () => {
    expect(problems({ ...valid, reviewby: '2027-06-30' })).toEqual([
      expect.stringMatching(
        /^unknown field "reviewby" \(did you mean "reviewBy"\?\).* the fields here are status, owner, reviewBy, event, tags\.$/u,
      ),
    ]);
    expect(problems({ ...valid, event: { talkTitle: 'Close faster', speakerNote: ['Hello'] } })).toEqual([
      expect.stringMatching(/^field "event": unknown field "speakerNote" \(did you mean "speakerNotes"\?\)/u),
    ]);
  });

  it('refuses blank and whitespace-only text', () => {
    expect(problems({ ...valid, owner: '   ' })).toEqual(['field "owner": is empty; write the text: The person accountable.']);
  });

  it('refuses duplicates in a list', () => {
    expect(problems({ ...valid, tags: ['a', 'b', 'a'] })).toEqual(['field "tags[2]": lists "a" a second time; remove the duplicate.']);
  });
});

describe('calendarDay', () => {
  it('takes a YAML date or YYYY-MM-DD text', () => {
    expect(calendarDay('d').parse(new Date('2027-06-30T00:00:00Z'))).toEqual(new Date('2027-06-30T00:00:00Z'));
    expect(calendarDay('d').parse('2027-06-30')).toEqual(new Date('2027-06-30T00:00:00Z'));
  });

  it('refuses numbers, which would be days in January 1970', () => {
    expect(problems({ ...valid, reviewBy: 20270630 })).toEqual([
      'field "reviewBy": found the number 20270630, but this field takes a date written as YYYY-MM-DD, e.g. 2027-06-30.',
    ]);
    expect(problems({ ...valid, reviewBy: 2027 })[0]).toMatch(/found the number 2027, but this field takes a date written as YYYY-MM-DD/u);
  });

  it('refuses a day that is not in the calendar, other text and a time of day', () => {
    expect(problems({ ...valid, reviewBy: '2027-02-30' })[0]).toMatch(/found the text "2027-02-30"/u);
    expect(problems({ ...valid, reviewBy: 'next quarter' })[0]).toMatch(/found the text "next quarter"/u);
    expect(problems({ ...valid, reviewBy: new Date('2027-06-30T10:30:00Z') })[0]).toMatch(
      /has a time of day .* write only the day as YYYY-MM-DD, e\.g\. 2027-06-30/u,
    );
  });

  it('says a missing date is missing', () => {
    expect(problems({ ...valid, reviewBy: undefined })).toEqual([
      'field "reviewBy": missing. Add it to the front matter (between the --- lines). The review day.',
    ]);
  });
});

describe('parseHubConfig', () => {
  it('accepts the hub configuration', () => {
    expect(hubConfig.reviewHorizonYears).toBeGreaterThan(0);
  });

  it('fails naming the file, the setting, what was found and the fix, without a stack trace', () => {
    const broken = {
      ...hubConfig,
      reviewHorizonYears: '3',
      toolkitThresholds: { ...hubConfig.toolkitThresholds, currency: 'JPY' },
      extra: 1,
    };
    let error: unknown;
    try {
      // @ts-expect-error the point is a wrong setting
      parseHubConfig(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    const { message, stack } = error as Error;
    expect(message).toMatch(/^src\/config\/hub\.config\.ts has \d wrong setting\(s\):/u);
    expect(message).toMatch(/setting "reviewHorizonYears": found the text "3", but this field takes a number\./u);
    expect(message).toMatch(/unknown field "extra"/u);
    expect(stack).toBe('');
  });

  it('wants review months for every collection, none beyond the review horizon', () => {
    const { rfp, ...withoutRfp } = hubConfig.newEntryReviewMonths;
    expect(rfp).toBeGreaterThan(0);
    expect(() => parseHubConfig({ ...hubConfig, newEntryReviewMonths: withoutRfp } as typeof hubConfig)).toThrow(
      /setting "newEntryReviewMonths\.rfp": missing/u,
    );
    expect(() => parseHubConfig({ ...hubConfig, newEntryReviewMonths: { ...hubConfig.newEntryReviewMonths, competitors: 48 } })).toThrow(
      /setting "newEntryReviewMonths\.competitors": is 48 months, beyond reviewHorizonYears \(3 years\): a new entry would be refused\. Use at most 36\./u,
    );
  });
});
