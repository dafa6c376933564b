/**
 * The OpenAPI 3.1 description of the read-only API, built in code next to the
 * routes it describes and served at /api/v1/openapi.json. Tests request every
 * path listed here, so the document cannot drift from the routes.
 *
 * @example
 * app.get('/api/v1/openapi.json', (c) => c.json(openApiDocument(`${publicBaseUrl(config, c)}/api/v1`)))
 */
import { SCOPE_KEY_PATTERN } from '../../domain/scope.js'

export const API_PAGE_SIZE = { default: 100, max: 1000 } as const

const localized = {
  type: 'object',
  required: ['th', 'en'],
  properties: { th: { type: 'string' }, en: { type: 'string' } },
} as const
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } })

const errors = {
  '400': { $ref: '#/components/responses/BadRequest' },
  '401': { $ref: '#/components/responses/Unauthorized' },
  '404': { $ref: '#/components/responses/NotFound' },
}

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'LGU citizen satisfaction survey API',
      version: '1.0.0',
      summary: 'Read-only results of the citizen satisfaction survey of Thai local government organisations (อปท.).',
      description:
        'Every call needs an API token issued by a DLA officer (staff pages, "API tokens"), sent as `Authorization: Bearer <token>`. ' +
        'A token sees what its user sees: a DLA officer the whole country, a provincial officer one province, an LGU officer one organisation. ' +
        'Anything outside that scope answers 404, as if it did not exist. Figures are the official ones (flagged responses left out unless the ' +
        'service is configured otherwise) and come from the same engine as the results pages and staff exports. Errors are JSON `{ error, message }`.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    paths: {
      '/rounds': {
        get: {
          operationId: 'listRounds',
          summary: 'Survey rounds that reach the token’s scope, newest first',
          responses: { '200': json(ref('RoundList'), 'The rounds'), '401': errors['401'] },
        },
      },
      '/organisations': {
        get: {
          operationId: 'listOrganisations',
          summary: 'Organisations in the token’s scope (identity only), a page at a time, by province then DLA code',
          parameters: [
            {
              name: 'province',
              in: 'query',
              required: false,
              description: '2-digit province code (DOPA), e.g. `81`. Outside the token’s scope: 404.',
              schema: { type: 'string', pattern: '^[0-9]{2}$' },
            },
            {
              name: 'page',
              in: 'query',
              required: false,
              description: 'Page number, from 1.',
              schema: { type: 'integer', minimum: 1, default: 1 },
            },
            {
              name: 'pageSize',
              in: 'query',
              required: false,
              description: 'Organisations per page.',
              schema: { type: 'integer', minimum: 1, maximum: API_PAGE_SIZE.max, default: API_PAGE_SIZE.default },
            },
          ],
          responses: { '200': json(ref('OrganisationPage'), 'One page of organisations'), ...errors },
        },
      },
      '/rounds/{id}/results': {
        get: {
          operationId: 'roundResults',
          summary:
            'Per-organisation results of a round: one row per organisation in the scope, including those without responses',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              description: 'Round id, from `/rounds`.',
              schema: { type: 'integer', minimum: 1 },
            },
            {
              name: 'scope',
              in: 'query',
              required: false,
              description:
                '`national`, `province:<code>` or `organisation:<dlaCode>`; defaults to the token’s own scope. May narrow it, never widen it (404).',
              schema: { type: 'string', pattern: SCOPE_KEY_PATTERN },
              examples: {
                national: { value: 'national' },
                province: { value: 'province:81' },
                organisation: { value: 'organisation:4810102' },
              },
            },
          ],
          responses: { '200': json(ref('Results'), 'The results table'), ...errors },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openApiDocument',
          summary: 'This document',
          security: [],
          responses: {
            '200': { description: 'The OpenAPI document', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API token issued on the staff pages (starts with `lgusat_`). Shown once when issued; revocable.',
        },
      },
      responses: {
        BadRequest: json(ref('Error'), 'A parameter is not valid (details in `issues`)'),
        Unauthorized: {
          ...json(ref('Error'), 'No token, or the token is unknown, revoked, or its user deactivated'),
          headers: {
            'WWW-Authenticate': {
              description: 'Always `Bearer realm="lgu-satisfaction-api"`, with `error="invalid_token"` when a token was sent',
              schema: { type: 'string' },
            },
          },
        },
        NotFound: json(ref('Error'), 'No such thing, or not in the token’s scope'),
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error', 'message'],
          properties: {
            error: { type: 'string', enum: ['invalid_token', 'bad_request', 'not_found', 'method_not_allowed', 'server_error'] },
            message: { type: 'string' },
            issues: {
              type: 'array',
              items: {
                type: 'object',
                required: ['path', 'message'],
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
        Localized: localized,
        Round: {
          type: 'object',
          required: [
            'id',
            'name',
            'opensAt',
            'closesAt',
            'firstDay',
            'lastDay',
            'status',
            'results',
            'finalisedAt',
            'questionnaire',
          ],
          properties: {
            id: { type: 'integer' },
            name: ref('Localized'),
            opensAt: { type: 'string', format: 'date-time', description: 'Opening instant (UTC)' },
            closesAt: { type: 'string', format: 'date-time', description: 'Closing instant (UTC), exclusive' },
            firstDay: { type: 'string', format: 'date', description: 'First day covered, Asia/Bangkok' },
            lastDay: { type: 'string', format: 'date', description: 'Last day covered, Asia/Bangkok' },
            status: { type: 'string', enum: ['upcoming', 'open', 'closed', 'finalised'] },
            results: {
              type: 'string',
              enum: ['provisional', 'final'],
              description: "'final' once DLA has finalised the round: its figures never change again. Until then 'provisional'.",
            },
            finalisedAt: {
              type: ['string', 'null'],
              format: 'date-time',
              description: 'When the round was finalised (UTC); null while its results are provisional',
            },
            questionnaire: {
              type: 'object',
              required: ['slug', 'version'],
              properties: { slug: { type: 'string' }, version: { type: 'integer' } },
            },
          },
        },
        RoundList: { type: 'object', required: ['rounds'], properties: { rounds: { type: 'array', items: ref('Round') } } },
        Organisation: {
          type: 'object',
          required: ['dlaCode', 'name', 'registryName', 'type', 'typeLabel', 'province', 'district'],
          properties: {
            dlaCode: { type: 'string', pattern: '^[0-9]{7}$', description: 'DLA organisation code, kept as text' },
            name: { type: 'string', description: 'Name with the type word, e.g. เทศบาลเมืองกระบี่' },
            registryName: { type: 'string', description: 'Name as in the DLA registry, without the type word' },
            type: { type: 'string', enum: ['pao', 'city', 'town', 'subdistrict', 'sao', 'special'] },
            typeLabel: {
              type: 'object',
              required: ['registry', 'th', 'en'],
              properties: { registry: { type: 'string' }, th: { type: 'string' }, en: { type: 'string' } },
            },
            province: {
              type: 'object',
              required: ['code', 'nameTh', 'nameEn'],
              properties: { code: { type: 'string' }, nameTh: { type: 'string' }, nameEn: { type: 'string' } },
            },
            district: {
              type: 'object',
              required: ['code', 'nameTh', 'nameEn'],
              properties: { code: { type: 'string' }, nameTh: { type: 'string' }, nameEn: { type: 'string' } },
            },
          },
        },
        OrganisationPage: {
          type: 'object',
          required: ['page', 'pageSize', 'total', 'pages', 'organisations'],
          properties: {
            page: { type: 'integer' },
            pageSize: { type: 'integer' },
            total: { type: 'integer', description: 'Organisations matching, on all pages' },
            pages: { type: 'integer' },
            organisations: { type: 'array', items: ref('Organisation') },
          },
        },
        Column: {
          type: 'object',
          required: ['code', 'label', 'description', 'unit', 'kind'],
          properties: {
            code: { type: 'string', description: 'Stable machine code, the key of each row' },
            label: ref('Localized'),
            description: ref('Localized'),
            unit: { oneOf: [ref('Localized'), { type: 'null' }] },
            kind: { type: 'string', enum: ['text', 'integer', 'decimal'] },
          },
        },
        Results: {
          type: 'object',
          required: ['round', 'scope', 'minimumResponses', 'flaggedIncluded', 'columns', 'rows'],
          properties: {
            round: ref('Round'),
            scope: { type: 'string', pattern: SCOPE_KEY_PATTERN },
            minimumResponses: { type: 'integer', description: 'Below this many responses an organisation’s status is `too_few`' },
            flaggedIncluded: { type: 'boolean', description: 'Whether flagged responses (repeats, too fast) are counted' },
            columns: {
              type: 'array',
              items: ref('Column'),
              description: 'In order; the codes depend on the round’s questionnaire',
            },
            rows: {
              type: 'array',
              description: 'One object per organisation, keyed by column code; null where there is no figure',
              items: { type: 'object', additionalProperties: { type: ['string', 'number', 'null'] } },
            },
          },
        },
      },
    },
  }
}
