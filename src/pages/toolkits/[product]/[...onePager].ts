import type { APIRoute, GetStaticPaths } from 'astro';
import { hubConfig } from '../../../config/hub.config';
import { getHub } from '../../../data/hub';
import { onePagerDocument } from '../../../data/onePagerAssets';
import type { Industry, Product } from '../../../lib/entries';
import { onePagerFor, toolkitProducts } from '../../../lib/toolkits/catalog';
import type { PaperSize } from '../../../lib/toolkits/onePager';
import { onePagerPath, paperSizes } from '../../../lib/toolkits/onePager';

/**
 * Every product's one-pager as a PDF, on A4 and on US Letter, for the product and for each industry
 * it is sold to: /toolkits/<product>/one-pager.pdf, /toolkits/<product>/<industry>/one-pager-letter.pdf.
 */
export const getStaticPaths = (async () => {
  const hub = await getHub();
  return toolkitProducts(hub).flatMap((product) =>
    [undefined, ...hub.resolve(product.data.industries)].flatMap((industry) =>
      paperSizes.map((paper) => ({
        params: { product: product.id, onePager: onePagerPath(product.id, industry?.id, paper).replace(`/toolkits/${product.id}/`, '') },
        props: { product, industry, paper },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { product, industry, paper } = props as { product: Product; industry: Industry | undefined; paper: PaperSize };
  const hub = await getHub();
  const pager = onePagerFor(
    { hub, settings: hubConfig },
    product,
    { company: hubConfig.brand.company, contact: hubConfig.customerContact },
    industry,
  );
  const pdf = await onePagerDocument(pager, paper, hub.scope.today);
  return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
};
