import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCodeOwner, parseCodeowners, ruleFor, uncoveredOwners } from '../../src/lib/codeowners';

const file = `# Tooling
* @acme/web-platform

# owners: Mei Chen, Jonas Weber
/src/content/ @acme/product-marketing

/src/content/cases/ mei.chen@acme.example @acme/product-marketing
# owners: Priya Natarajan
/src/content/**/harbor-pine/ @pnatarajan
docs/*.md @acme/docs
*.png @acme/design
`;

describe('parseCodeowners', () => {
  it('reads rules with their owners, lines and the names the # owners: comment gives them', () => {
    const rules = parseCodeowners(file);
    expect(rules.map((r) => r.pattern)).toEqual([
      '*',
      '/src/content/',
      '/src/content/cases/',
      '/src/content/**/harbor-pine/',
      'docs/*.md',
      '*.png',
    ]);
    expect(rules[1]).toEqual({
      pattern: '/src/content/',
      owners: ['@acme/product-marketing'],
      ownerNames: ['Mei Chen', 'Jonas Weber'],
      line: 5,
    });
    // A comment names only the rule right below it.
    expect(rules[2]?.ownerNames).toEqual([]);
    expect(rules[3]?.ownerNames).toEqual(['Priya Natarajan']);
  });
});

describe('ruleFor: the last matching rule wins, as on GitHub', () => {
  const rules = parseCodeowners(file);
  const patternOf = (path: string) => ruleFor(rules, path)?.pattern;

  it('matches folders at the root, everything below them, and ** at any depth', () => {
    expect(patternOf('src/content/products/kestrel-flow.md')).toBe('/src/content/');
    expect(patternOf('src/content/cases/marston-county/index.md')).toBe('/src/content/cases/');
    expect(patternOf('src/content/cases/harbor-pine/index.md')).toBe('/src/content/**/harbor-pine/');
    expect(patternOf('README.md')).toBe('*');
  });

  it('keeps * within one folder for anchored patterns and lets an unanchored one match at any depth', () => {
    expect(patternOf('docs/api.md')).toBe('docs/*.md');
    expect(patternOf('docs/guides/api.md')).toBe('*');
    expect(patternOf('src/content/cases/harbor-pine/logo.png')).toBe('*.png');
  });

  it('finds no rule in a file without any', () => {
    expect(ruleFor(parseCodeowners('# nothing yet\n'), 'src/content/products/a.md')).toBeUndefined();
  });
});

describe('isCodeOwner and uncoveredOwners', () => {
  const rules = parseCodeowners(file);

  it('accepts an owner named by the comment, an e-mail or a handle, ignoring case and the @', () => {
    expect(isCodeOwner(rules, 'src/content/products/kestrel-flow.md', 'Mei Chen')).toBe(true);
    expect(isCodeOwner(rules, 'src/content/cases/marston-county/index.md', 'MEI.CHEN@acme.example')).toBe(true);
    expect(isCodeOwner(rules, 'src/content/cases/harbor-pine/index.md', 'pnatarajan')).toBe(true);
  });

  it('does not let an earlier rule speak for a file a later rule governs', () => {
    // Mei Chen is named for /src/content/, but /src/content/cases/ decides for cases and names her by e-mail only.
    expect(isCodeOwner(rules, 'src/content/cases/marston-county/index.md', 'Mei Chen')).toBe(false);
    expect(isCodeOwner(rules, 'src/content/products/kestrel-flow.md', 'Tomás Alvarez')).toBe(false);
  });

  it('lists each uncovered owner once with all their files', () => {
    const found = uncoveredOwners(rules, [
      { owner: 'Tomás Alvarez', file: 'src/content/products/a.md' },
      { owner: 'Jonas Weber', file: 'src/content/products/b.md' },
      { owner: 'Tomás Alvarez', file: 'src/content/rfp/c.md' },
    ]);
    expect(found).toEqual([{ owner: 'Tomás Alvarez', files: ['src/content/products/a.md', 'src/content/rfp/c.md'] }]);
  });

  it("the repository's CODEOWNERS names every owner of the sample content", () => {
    const rules = parseCodeowners(readFileSync('.github/CODEOWNERS', 'utf8'));
    for (const owner of ['Priya Natarajan', 'Mei Chen', 'Jonas Weber', 'Tomás Alvarez', '王丽']) {
      expect(isCodeOwner(rules, 'src/content/products/kestrel-flow.md', owner), owner).toBe(true);
    }
    expect(isCodeOwner(rules, 'src/content/products/kestrel-flow.md', 'Someone New')).toBe(false);
  });
});
