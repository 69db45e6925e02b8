import type { LocalImageService } from 'astro';
import type { SharpImageServiceConfig } from 'astro/assets/services/sharp';
import sharpService from 'astro/assets/services/sharp';

/**
 * Astro's sharp service, except that it never publishes an image it did not process. Astro hands
 * back the original bytes when sharp cannot decode a file (a truncated image, one over the pixel
 * limit) and passes SVGs through untouched; then a "resized WebP" is really the original PNG, a
 * 12,000-pixel original ships as a thumbnail, and an SVG's script is served as is. Content checks
 * in the loader catch the known causes first, naming the entry; this catches whatever is left.
 */
const imageService: LocalImageService<SharpImageServiceConfig> = {
  ...sharpService,
  async transform(inputBuffer, transform, imageConfig, logger) {
    if (transform.format === 'svg') {
      throw new Error(`${transform.src}: SVG images are not served, because an SVG can carry script. Use PNG, WebP or JPEG.`);
    }
    const result = await sharpService.transform(inputBuffer, transform, imageConfig, logger);
    // Astro types the requested format loosely; what sharp reports back is a plain name.
    const format: unknown = transform.format;
    const asked = format === 'jpg' ? 'jpeg' : typeof format === 'string' ? format : undefined;
    if (result.data === inputBuffer || (asked !== undefined && result.format !== asked)) {
      throw new Error(
        `${transform.src}: the image could not be resized and re-encoded as ${transform.format ?? 'its own format'}, so it ` +
          'is not published unprocessed. Export it again as PNG, WebP or JPEG within the pixel limit in src/config/hub.config.ts.',
      );
    }
    return result;
  },
};

export default imageService;
