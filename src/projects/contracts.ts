import { z } from 'zod';
import { LabelSchema } from '../schemas/index.js';
import { Role } from '../users/contracts.js';
import { isSlug, SLUG_PATTERN } from './slug.js';

/** Request and response contracts for /api/projects; types come from `z.infer`. */

export const ProjectSlug = z
  .string()
  .regex(SLUG_PATTERN, 'use lowercase letters, digits and dashes, starting with a letter or digit (at most 63)')
  .refine(isSlug, 'must contain a letter: a ref of digits only is a project id');

/** Where a project is named in a URL or CLI flag: its numeric id or its slug. */
export const ProjectRef = z.string().min(1).max(63);

export const CreateProjectBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    slug: ProjectSlug.optional().describe('URL name; derived from the name when omitted'),
    description: z.string().max(5_000).optional(),
    guidelines: z.string().max(200_000).optional().describe('Markdown shown beside every item'),
    labelSchema: LabelSchema,
  })
  .strict();
export type CreateProjectBody = z.infer<typeof CreateProjectBody>;

/** POST /projects: a label schema, or a Label Studio labeling config to convert into one. */
export const CreateProjectRequest = CreateProjectBody.extend({
  labelSchema: LabelSchema.optional().describe('The questions; or send labelStudioConfig instead'),
  labelStudioConfig: z
    .string()
    .min(1)
    .max(200_000)
    .optional()
    .describe('A Label Studio labeling config (XML), converted into the label schema'),
})
  .strict()
  .refine((body) => (body.labelSchema === undefined) !== (body.labelStudioConfig === undefined), {
    message: 'send exactly one of labelSchema and labelStudioConfig',
    path: ['labelSchema'],
  });
export type CreateProjectRequest = z.infer<typeof CreateProjectRequest>;

export const UpdateProjectBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(5_000).optional(),
    guidelines: z.string().max(200_000).optional(),
    labelSchema: LabelSchema.optional(),
  })
  .strict();
export type UpdateProjectBody = z.infer<typeof UpdateProjectBody>;

export const ProjectView = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  guidelines: z.string(),
  labelSchema: LabelSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable().describe('Set while archived: read-only, out of lists and queues'),
});
export type ProjectView = z.infer<typeof ProjectView>;

/** GET /projects/:project also says which role the caller has there (their project role, or their own). */
export const ProjectForCallerView = ProjectView.extend({
  yourRole: Role.describe('Your role in this project: your project role if you have one, else your own'),
});

export const ProjectSummaryView = ProjectView.omit({ guidelines: true, labelSchema: true }).extend({
  itemCounts: z.record(z.string(), z.number().int()).describe('Items per status'),
});
export type ProjectSummaryView = z.infer<typeof ProjectSummaryView>;

export const ListProjectsResponse = z.object({ projects: z.array(ProjectSummaryView) });
export const ListProjectsQuery = z
  .object({
    archived: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true')
      .describe('true: list archived projects too'),
  })
  .strict();
export const ProjectParams = z.object({ project: ProjectRef });
