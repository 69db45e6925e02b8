/**
 * Where content lives. Tests point this at fixture folders to prove that bad input fails the build.
 */
export function contentRoot(): string {
  return process.env['GTM_CONTENT_DIR'] ?? './src/content';
}
