import { toProjectView } from '../../projects/service.js';
import {
  CreatedFromTemplate,
  CreateFromTemplateBody,
  ListTemplatesResponse,
  TemplateParams,
} from '../../templates/contracts.js';
import { createProjectFromTemplate, listTemplates, templateSample } from '../../templates/service.js';
import { requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Project templates (src/templates): list, download a sample, create a project from one. */
export const templateRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.get(
    '/templates',
    {
      config: { access: { signedIn: ['admin', 'manager'] } },
      schema: {
        tags: ['projects'],
        summary: 'List project templates (schema, guidelines, policy, sample size)',
        response: { 200: ListTemplatesResponse, ...errors },
      },
    },
    async () => ({ templates: listTemplates() }),
  );

  app.get(
    '/templates/:template/sample',
    {
      config: { access: { signedIn: ['admin', 'manager'] } },
      schema: {
        tags: ['projects'],
        summary: "Download a template's sample file (JSONL or CSV) to import",
        params: TemplateParams,
      },
    },
    async (request, reply) => {
      const sample = templateSample(request.params.template);
      return reply
        .type(sample.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.template}-sample.${sample.format}"`)
        .send(sample.content);
    },
  );

  app.post(
    '/templates/:template/projects',
    {
      config: { access: { signedIn: ['admin', 'manager'] } },
      schema: {
        tags: ['projects'],
        summary: 'Create a project from a template, with its policy and (unless sample: false) its sample items',
        params: TemplateParams,
        body: CreateFromTemplateBody,
        response: { 201: CreatedFromTemplate, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createProjectFromTemplate(
        storage,
        request.params.template,
        request.body,
        requestUser(request),
      );
      return reply.status(201).send({ ...created, project: toProjectView(created.project) });
    },
  );
};
