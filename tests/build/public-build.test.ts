/**
 * A public build may be handed to customers and partners: besides leaving internal entries out
 * (gated-content.test.ts), it carries none of the company's own workings: the content-health page,
 * links into the git host, owners' names in feedback links, or source file paths.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { assertBuilt, distDirs, pageExists, readDist } from './support/dist';
import type { DistFile } from './support/dist';

let publicFiles: DistFile[];
let internalFiles: DistFile[];

beforeAll(() => {
  assertBuilt(distDirs.public);
  assertBuilt(distDirs.internal);
  publicFiles = readDist(distDirs.public).filter((f) => f.path.endsWith('.html'));
  internalFiles = readDist(distDirs.internal).filter((f) => f.path.endsWith('.html'));
});

const withText = (files: DistFile[], pattern: RegExp) => files.filter((f) => pattern.test(f.text)).map((f) => f.path);

describe('the public build', () => {
  it('has no content-health page and no link to it, while the internal build has both', () => {
    expect(pageExists(distDirs.public, '/health/')).toBe(false);
    expect(withText(publicFiles, /href="\/health\/"/u)).toEqual([]);
    expect(pageExists(distDirs.internal, '/health/')).toBe(true);
    expect(withText(internalFiles, /href="\/health\/"/u).length).toBeGreaterThan(0);
  });

  it('links nowhere into the git host to edit sources', () => {
    const editLink = new RegExp(hubConfig.editUrlBase.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'), 'u');
    expect(withText(publicFiles, editLink)).toEqual([]);
    expect(withText(internalFiles, editLink).length).toBeGreaterThan(0);
  });

  it('puts no owner or source file path into feedback links', () => {
    // Feedback links carry their context URL-encoded in the issue body.
    expect(withText(publicFiles, /Owner%3A|File%3A\+src%2Fcontent|File%3A%20src%2Fcontent/u)).toEqual([]);
    expect(withText(internalFiles, /Owner%3A/u).length).toBeGreaterThan(0);
  });
});
