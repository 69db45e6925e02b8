import type { APIRoute, GetStaticPaths } from 'astro';
import type { ApiSchemaName } from '../../../schemas/api';
import { apiJsonSchema, apiSchemaNames, apiVersion } from '../../../schemas/api';

export const getStaticPaths = (() =>
  apiSchemaNames.map((name) => ({ params: { schema: `${name}.v${apiVersion}` }, props: { name } }))) satisfies GetStaticPaths;

/** The JSON Schemas of the API: GET /api/schema/<name>.v1.json. */
export const GET: APIRoute = ({ props, site, url }) => {
  const { name } = props as { name: ApiSchemaName };
  const schema = apiJsonSchema(name, String(site ?? url.origin));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
