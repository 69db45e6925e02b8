import type { APIRoute } from 'astro';
import { hubConfig } from '../../config/hub.config';
import { getHub } from '../../data/hub';
import { healthDocument, healthRowsPerKind } from '../../lib/healthProblems';

/** Content health as data, in the builds that have the health section: GET /api/health.json. */
export const GET: APIRoute = async ({ site, url }) => {
  const hub = await getHub();
  const document = healthDocument(
    hub,
    { dueSoonDays: hubConfig.reviewDueSoonDays, rowsPerKind: healthRowsPerKind.api },
    String(site ?? url.origin),
  );
  return Response.json(document);
};
