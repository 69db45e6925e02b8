import { readFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import { AuthorError } from '../../schemas/authorErrors';
import { ENTRY_FILE } from './entryFiles';
import { frontmatterOf } from './frontmatter';

/** Explains a frontmatter syntax error with the line it points at and the field on the line before. */
export async function explainYamlError(error: unknown): Promise<Error | undefined> {
  const file = (error as { loc?: { file?: string } } | undefined)?.loc?.file;
  if (!file || !ENTRY_FILE.test(file)) return undefined;
  const source = await readFile(file, 'utf8').catch(() => undefined);
  const fm = source === undefined ? undefined : frontmatterOf(source);
  if (source === undefined || fm === undefined) return undefined;
  try {
    yaml.load(fm);
    return undefined;
  } catch (yamlError) {
    const mark = (yamlError as { mark?: { line: number }; reason?: string }).mark;
    const reason = (yamlError as { reason?: string }).reason ?? String(yamlError);
    if (!mark) return undefined;
    const lines = source.split(/\r?\n/u);
    // Line 1 of the file is the opening `---`; YAML counts from 0 after it.
    const at = mark.line + 2;
    const show = (n: number) => (lines[n - 1] === undefined ? '' : `\n    line ${n}: ${lines[n - 1]}`);
    return new AuthorError(
      `${file}: the YAML frontmatter cannot be read: ${reason}, near line ${at}.` +
        show(at - 1) +
        show(at) +
        '\nCheck the field on that line and the one before it: close every [ and " you open, and put ' +
        'values that contain ": " or " #" in quotes.',
    );
  }
}
