import { z } from 'zod';
import { IngestReport } from '../items/contracts.js';
import { ProjectSlug, ProjectView } from '../projects/contracts.js';
import { Policy } from '../routing/contracts.js';
import { LabelSchema } from '../schemas/index.js';

export const TemplateParams = z.object({ template: z.string().min(1).max(100) });

export const TemplateView = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  labelSchema: LabelSchema,
  guidelines: z.string(),
  policy: Policy,
  sample: z.object({
    format: z.enum(['jsonl', 'csv']),
    rows: z.number().int().describe('Items in the sample file (GET …/sample)'),
  }),
});
export type TemplateView = z.infer<typeof TemplateView>;

export const ListTemplatesResponse = z.object({ templates: z.array(TemplateView) });

/** Everything but the template's name is optional: the template fills in what is left out. */
export const CreateFromTemplateBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional().describe("Default: the template's title"),
    slug: ProjectSlug.optional(),
    description: z.string().max(5_000).optional(),
    guidelines: z.string().max(200_000).optional(),
    labelSchema: LabelSchema.optional(),
    sample: z.boolean().default(true).describe("Import the template's sample items"),
  })
  .strict();
export type CreateFromTemplateBody = z.infer<typeof CreateFromTemplateBody>;

export const CreatedFromTemplate = z.object({
  project: ProjectView,
  policyVersion: z.number().int(),
  sample: IngestReport.nullable().describe('The sample import report, or null when sample was false'),
});
