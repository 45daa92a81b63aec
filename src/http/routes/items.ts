import { Readable } from 'node:stream';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { awaitDecision, DecisionView, findDecision, toDecisionView } from '../../decisions/service.js';
import { TandemError } from '../../errors.js';
import {
  CreateItemsBatchBody,
  ExportQuery,
  IngestReport,
  ItemInput,
  ItemParams,
  ItemView,
  LIMITS,
  ListItemsQuery,
  ListItemsResponse,
} from '../../items/contracts.js';
import { exportItems, recordExportStarted } from '../../items/export.js';
import { importItemsFile } from '../../items/import-file.js';
import { addItem, addItemsBatch, getItem, listItems, toItemView } from '../../items/service.js';
import { ProjectParams } from '../../projects/contracts.js';
import { assertProjectOpen } from '../../projects/lifecycle.js';
import { toWorkerItemView } from '../../queue/views.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';
import { WaitQuery } from './decisions.js';

/** The import file as the API reference shows it (JSONL here; CSV has a header row). */
const ImportFileBody = z.string().meta({
  description: 'One JSON item per line (application/x-ndjson), or CSV with a header row (text/csv)',
  examples: [
    `${JSON.stringify({ externalId: 'mail-1', data: { subject: 'You won!' }, prediction: { verdict: 'spam' }, confidence: 0.62 })}\n${JSON.stringify({ externalId: 'mail-2', data: { subject: 'Minutes of Monday' } })}\n`,
  ],
});

const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody };

const ItemWithDecision = ItemView.extend({
  decision: DecisionView.nullable().describe(
    'Set when the item is decided (at once when auto-accepted, or within wait)',
  ),
});

export const itemRoutes: TandemPlugin<RouteContext> = async (app, { storage, notifier }) => {
  app.post(
    '/projects/:project/items',
    {
      config: { access: { project: 'write' } },
      schema: {
        tags: ['items'],
        summary: 'Add one item (an existing external id is updated instead: upsert)',
        description: `201 when created, 200 when the external id already existed and the item was updated; with wait=N, 202 when no decision came within N seconds (poll GET …/decision). Auto-accepted items carry their decision at once. Body limit ${LIMITS.singleBodyBytes} bytes.`,
        params: ProjectParams,
        querystring: WaitQuery,
        body: ItemInput,
        response: { 200: ItemWithDecision, 201: ItemWithDecision, 202: ItemWithDecision, ...errors },
      },
    },
    async (request, reply) => {
      const project = requestProject(request);
      const {
        item,
        created,
        decision: atOnce,
      } = await addItem(storage, project, request.body, requestUser(request).id);
      // Auto-accepted items come back decided from ingest itself: no extra reads on that hot path.
      const decision =
        atOnce ??
        (request.query.wait > 0
          ? await awaitDecision(storage, notifier, project, item.id, request.query.wait)
          : item.status === 'decided'
            ? await findDecision(storage, project, item.id)
            : undefined);
      const current = decision && !atOnce ? await getItem(storage, project, item.id) : item;
      const status = request.query.wait > 0 && !decision ? 202 : created ? 201 : 200;
      return reply
        .status(status)
        .send({ ...toItemView(current), decision: decision ? toDecisionView(decision) : null });
    },
  );

  app.post(
    '/projects/:project/items/batch',
    {
      config: { access: { project: 'write' }, perRow: 'items', expensive: 'batch' },
      bodyLimit: LIMITS.batchBodyBytes,
      schema: {
        tags: ['items'],
        summary: `Add up to ${LIMITS.batchRows} items; good rows are stored, bad rows reported`,
        description: `Body limit ${LIMITS.batchBodyBytes} bytes. Each row is an ItemInput; the report lists every stored row and every problem with its row index and field path.`,
        params: ProjectParams,
        body: CreateItemsBatchBody,
        response: { 200: IngestReport, ...errors },
      },
    },
    async (request) => addItemsBatch(storage, requestProject(request), request.body.items, requestUser(request).id),
  );

  app.post(
    '/projects/:project/items/import',
    {
      config: { access: { project: 'write' }, expensive: 'import' },
      // The body is a stream handed to the importer: its schema documents the file for /docs
      // ("Try it out"), and only the other parts are validated here.
      validatorCompiler: (part) =>
        part.httpPart === 'body'
          ? () => true
          : validatorCompiler(part as unknown as Parameters<typeof validatorCompiler>[0]),
      schema: {
        tags: ['items'],
        summary: 'Stream a JSONL (application/x-ndjson) or CSV (text/csv) file of items',
        description:
          'The body is read as a stream and stored in chunks, so any size works. Every bad line is reported with its line number (the first 1,000 are listed; the counts cover all).',
        params: ProjectParams,
        consumes: ['application/x-ndjson', 'text/csv'],
        body: ImportFileBody,
        response: { 200: IngestReport, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim();
      const format =
        type === 'text/csv'
          ? 'csv'
          : type === 'application/x-ndjson' || type === 'application/jsonl'
            ? 'jsonl'
            : undefined;
      const body: unknown = request.body;
      if (!format || !(body instanceof Readable)) {
        throw new TandemError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as application/x-ndjson or text/csv', [
          { path: 'content-type', message: `got "${type ?? ''}"` },
        ]);
      }
      assertProjectOpen(project, 'adding items');
      // Not destroyed when the importer stops early: the rest of the body is drained after the
      // response (src/http/body-drain.ts), so the client is not cut off before it reads it.
      return importItemsFile(
        storage,
        project,
        body.iterator({ destroyOnReturn: false }),
        format,
        undefined,
        requestUser(request).id,
      );
    },
  );

  app.get(
    '/projects/:project/items',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['items'],
        summary: 'List items in id order with filters and cursor pagination',
        params: ProjectParams,
        querystring: ListItemsQuery,
        response: { 200: ListItemsResponse, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      const { limit, cursor, ...filter } = request.query;
      const page = await listItems(storage, project, filter, { limit, cursor });
      return { items: page.items.map(toItemView), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/projects/:project/items/:itemId',
    {
      config: { access: { project: 'read', workerOfItem: true } },
      schema: {
        tags: ['items'],
        summary: 'Get one item',
        params: ItemParams,
        response: { 200: ItemView, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      const item = await getItem(storage, project, request.params.itemId);
      return request.workerView ? await toWorkerItemView(storage, project, item) : toItemView(item);
    },
  );

  app.get(
    '/projects/:project/export',
    {
      config: { access: { project: 'read' }, expensive: 'export' },
      schema: {
        tags: ['items'],
        summary: 'Stream all (or filtered) items as JSONL or CSV',
        params: ProjectParams,
        querystring: ExportQuery,
        description:
          'A JSONL line or CSV row per item, streamed with constant memory. Errors are the usual error body (404 for an unknown project, 400 for a bad filter).',
      },
    },
    async (request, reply) => {
      const project = requestProject(request);
      const { format, ...filter } = request.query;
      await recordExportStarted(storage, project, requestUser(request), { ...filter, format });
      const stream = Readable.from(exportItems(storage, project, filter, format));
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="${project.slug}.${format}"`)
        .send(stream);
    },
  );
};
