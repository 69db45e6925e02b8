import { describe, expect, it } from 'vitest';
import { copyButtonName } from '../../src/lib/copyButtonName';

describe('copyButtonName', () => {
  it('names what is copied when that name contains the visible text', () => {
    expect(copyButtonName('Copy', '25-word boilerplate')).toBe('Copy 25-word boilerplate');
    expect(copyButtonName('Copy link', 'link to the Harbor & Pine case')).toBe('Copy link to the Harbor & Pine case');
    expect(copyButtonName('Copy answer', 'answer to “Is data encrypted?”')).toBe('Copy answer to “Is data encrypted?”');
  });

  it('leads with the visible text when the name would not contain it', () => {
    expect(copyButtonName('Copy notes', 'internal pricing notes')).toBe('Copy notes: internal pricing notes');
    expect(copyButtonName('Copy text', 'Harbor & Pine case')).toBe('Copy text: Harbor & Pine case');
  });

  it('compares as speech input does: case and punctuation aside', () => {
    expect(copyButtonName('Copy all (de) as Markdown', 'all (DE) as Markdown, Kestrel Flow')).toBe(
      'Copy all (DE) as Markdown, Kestrel Flow',
    );
  });
});
