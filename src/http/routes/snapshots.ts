import { Readable } from 'node:stream';
import { SnapshotExportQuery } from '../../formats/contracts.js';
import { recordExportStarted } from '../../items/export.js';
import { ProjectParams } from '../../projects/contracts.js';
import {
  CreateSnapshotBody,
  ListSnapshotsResponse,
  SnapshotDiff,
  SnapshotDiffQuery,
  SnapshotParams,
  SnapshotView,
} from '../../snapshots/contracts.js';
import {
  createSnapshot,
  diffSnapshots,
  exportSnapshot,
  getSnapshot,
  listSnapshots,
  toSnapshotView,
} from '../../snapshots/service.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody };

export const snapshotRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.post(
    '/projects/:project/snapshots',
    {
      config: { access: { project: 'manage' }, expensive: 'export' },
      schema: {
        tags: ['snapshots'],
        summary: 'Take an immutable snapshot of the items a filter selects now (with their decisions)',
        params: ProjectParams,
        body: CreateSnapshotBody,
        response: { 201: SnapshotView, ...errors },
      },
    },
    async (request, reply) => {
      const snapshot = await createSnapshot(storage, requestProject(request), request.body, requestUser(request));
      return reply.status(201).send(toSnapshotView(snapshot));
    },
  );

  app.get(
    '/projects/:project/snapshots',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['snapshots'],
        summary: "The project's snapshots, newest first",
        params: ProjectParams,
        response: { 200: ListSnapshotsResponse, ...errors },
      },
    },
    async (request) => ({
      snapshots: (await listSnapshots(storage, requestProject(request))).map(toSnapshotView),
    }),
  );

  app.get(
    '/projects/:project/snapshots/:snapshotId',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['snapshots'],
        summary: 'One snapshot: filter, label schema hash, counts, content hash, who took it and why',
        params: SnapshotParams,
        response: { 200: SnapshotView, ...errors },
      },
    },
    async (request) => toSnapshotView(await getSnapshot(storage, requestProject(request), request.params.snapshotId)),
  );

  app.get(
    '/projects/:project/snapshots/:snapshotId/export',
    {
      config: { access: { project: 'read' }, expensive: 'export' },
      schema: {
        tags: ['snapshots'],
        summary: 'Export a snapshot in any format; the same snapshot and format always give the same bytes',
        params: SnapshotParams,
        querystring: SnapshotExportQuery,
      },
    },
    async (request, reply) => {
      const { format, question } = request.query;
      const project = requestProject(request);
      const download = await exportSnapshot(storage, project, request.params.snapshotId, format, question);
      await recordExportStarted(storage, project, requestUser(request), {
        snapshot: request.params.snapshotId,
        format,
        ...(question ? { question } : {}),
      });
      return reply
        .type(download.contentType)
        .header('content-disposition', `attachment; filename="${download.fileName}"`)
        .send(Readable.from(download.chunks));
    },
  );

  app.get(
    '/projects/:project/snapshots/:snapshotId/diff',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['snapshots'],
        summary:
          'What changed from an earlier snapshot (against=) to this one: added, removed, label changed per question',
        params: SnapshotParams,
        querystring: SnapshotDiffQuery,
        response: { 200: SnapshotDiff, ...errors },
      },
    },
    async (request) =>
      diffSnapshots(
        storage,
        requestProject(request),
        request.query.against,
        request.params.snapshotId,
        request.query.limit,
      ),
  );
};
