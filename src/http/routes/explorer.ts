import { Readable } from 'node:stream';
import { archiveItem, markGold, sendBackForReview } from '../../explorer/actions.js';
import { runBulkAction } from '../../explorer/bulk.js';
import {
  BulkActionBody,
  BulkActionReport,
  ExplorePage,
  ExploreQuery,
  ExplorerFilterQuery,
  ManagerReportBody,
  MarkGoldBody,
  SendBackBody,
} from '../../explorer/contracts.js';
import { countExplorerSelection, exportExplorerSelection } from '../../explorer/export.js';
import { ItemDetails, itemDetails } from '../../explorer/item-details.js';
import { explorePage } from '../../explorer/service.js';
import { ExportFormatName, ExportQuestion } from '../../formats/contracts.js';
import { ItemParams, ItemView } from '../../items/contracts.js';
import { recordExportStarted } from '../../items/export.js';
import { ReportView, reportItemAsManager } from '../../items/reports.js';
import { getItem, toItemView } from '../../items/service.js';
import { ProjectParams } from '../../projects/contracts.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

const ExplorerExportQuery = ExplorerFilterQuery.extend({ format: ExportFormatName, question: ExportQuestion }).strict();

/** The number of items an export reads, sent before the body so a client can show progress. */
export const EXPORT_TOTAL_HEADER = 'tandem-export-total';

/** The data explorer (issue 14): a filtered, searched page; one item's whole story; actions. */
export const explorerRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.get(
    '/projects/:project/explore',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['explorer'],
        summary: 'Find items: full-text search, filters, sort, pages with a count',
        params: ProjectParams,
        querystring: ExploreQuery,
        response: { 200: ExplorePage, ...errors },
      },
    },
    async (request) => {
      const { sort, page, pageSize, ...filter } = request.query;
      return explorePage(storage, requestProject(request), filter, { sort, page, pageSize });
    },
  );

  app.get(
    '/projects/:project/explore/export',
    {
      config: { access: { project: 'read' }, expensive: 'export' },
      schema: {
        tags: ['explorer'],
        summary: 'Stream the items matching an explorer filter in any export format',
        description:
          'JSONL and CSV: the same lines and columns as GET /projects/{project}/export; training formats: the decided items among them. The Tandem-Export-Total header says how many items match (what a progress counter counts towards).',
        params: ProjectParams,
        querystring: ExplorerExportQuery,
      },
    },
    async (request, reply) => {
      const project = requestProject(request);
      const { format, question, ...filter } = request.query;
      const download = await exportExplorerSelection(storage, project, filter, format, question);
      const total = await countExplorerSelection(storage, project, filter);
      await recordExportStarted(storage, project, requestUser(request), {
        ...request.query,
        explorer: true,
        total,
      });
      return reply
        .type(download.contentType)
        .header('content-disposition', `attachment; filename="${download.fileName}"`)
        .header(EXPORT_TOTAL_HEADER, String(total))
        .send(Readable.from(download.chunks));
    },
  );

  app.post(
    '/projects/:project/explore/bulk',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['explorer'],
        summary: 'Act on a selection: send back, mark gold, archive or delete (per-item report)',
        description:
          'The selection is itemIds, or every item matching filter (up to 10,000). confirm is the count the caller saw; a larger selection is refused (409 SELECTION_CHANGED).',
        params: ProjectParams,
        body: BulkActionBody,
        response: { 200: BulkActionReport, ...errors },
      },
    },
    async (request) => runBulkAction(storage, requestProject(request), request.body, requestUser(request)),
  );

  app.get(
    '/projects/:project/items/:itemId/details',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['explorer'],
        summary: 'Everything that happened to an item: responses, slots, decisions, reports, audit',
        params: ItemParams,
        response: { 200: ItemDetails, ...errors },
      },
    },
    async (request) => itemDetails(storage, requestProject(request), request.params.itemId),
  );

  app.post(
    '/projects/:project/items/:itemId/send-back',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['explorer'],
        summary: 'Send the item back for review: a fresh review slot (the decision stays until it is answered)',
        params: ItemParams,
        body: SendBackBody,
        response: { 200: ItemView, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      await sendBackForReview(
        storage,
        project,
        request.params.itemId,
        requestUser(request),
        request.body.reason ?? null,
      );
      return toItemView(await getItem(storage, project, request.params.itemId));
    },
  );

  app.post(
    '/projects/:project/items/:itemId/gold',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['explorer'],
        summary: 'Mark the item as gold with its known answer (it leaves the ordinary queue)',
        params: ItemParams,
        body: MarkGoldBody,
        response: { 200: ItemView, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      await markGold(storage, project, request.params.itemId, requestUser(request), request.body.answer);
      return toItemView(await getItem(storage, project, request.params.itemId));
    },
  );

  app.post(
    '/projects/:project/items/:itemId/archive',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['explorer'],
        summary: 'Archive the item: out of the queue, kept with its answers and decision',
        params: ItemParams,
        response: { 200: ItemView, ...errors },
      },
    },
    async (request) => {
      const project = requestProject(request);
      await archiveItem(storage, project, request.params.itemId, requestUser(request));
      return toItemView(await getItem(storage, project, request.params.itemId));
    },
  );

  app.post(
    '/projects/:project/items/:itemId/reports',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['explorer'],
        summary: "A manager reports a problem with the item (its open slots leave the queue until it's resolved)",
        params: ItemParams,
        body: ManagerReportBody,
        response: { 201: ReportView, ...errors },
      },
    },
    async (request, reply) => {
      const report = await reportItemAsManager(
        storage,
        requestProject(request),
        request.params.itemId,
        requestUser(request),
        request.body.reason,
      );
      return reply.status(201).send(report);
    },
  );
};
