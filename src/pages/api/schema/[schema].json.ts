import type { APIRoute, GetStaticPaths } from 'astro';
import type { ApiSchemaName } from '../../../schemas/api';
import { apiJsonSchema, apiSchemaNames, apiVersion } from '../../../schemas/api';
import { buildScope } from '../../../data/hub';
import { publicationFor } from '../../../lib/publication';

// The health document exists only where the build has the health section; so does its schema.
export const getStaticPaths = (() => {
  const { sections } = publicationFor(buildScope().audience);
  return apiSchemaNames
    .filter((name) => name !== 'health' || sections.health)
    .map((name) => ({ params: { schema: `${name}.v${apiVersion}` }, props: { name } }));
}) satisfies GetStaticPaths;

/** The JSON Schemas of the API: GET /api/schema/<name>.v1.json. */
export const GET: APIRoute = ({ props, site, url }) => {
  const { name } = props as { name: ApiSchemaName };
  const schema = apiJsonSchema(name, String(site ?? url.origin));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
