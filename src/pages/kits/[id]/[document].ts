import type { APIRoute, GetStaticPaths } from 'astro';
import { kitDocumentBytes, kitDocumentKindsFor, kitRoutePaths } from '../../../data/kitData';
import { attachmentHeader } from '../../../lib/kits/archive';
import type { KitDocumentKind, MarketingKit } from '../../../lib/kits/kit';
import { kitDocumentFormats, kitPaths } from '../../../lib/kits/kit';

/**
 * Each kit's editable documents, one download each: /kits/<id>/talk.pptx, whitepaper.docx,
 * whitepaper.pdf and summary.pdf. The kit's ZIP carries the same bytes.
 */
export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    (await kitRoutePaths()).map(async ({ params, props: { kit }, cacheKey }) =>
      (await kitDocumentKindsFor(kit)).map((kind) => ({ params: { ...params, document: kind }, props: { kit, kind }, cacheKey })),
    ),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, logger }) => {
  const { kit, kind } = props as { kit: MarketingKit; kind: KitDocumentKind };
  return new Response(await kitDocumentBytes(kit, kind, logger), {
    headers: {
      'Content-Type': kitDocumentFormats[kind].contentType,
      'Content-Disposition': attachmentHeader(kitPaths(kit.id).document(kind).fileName),
    },
  });
};
