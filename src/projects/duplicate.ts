import { z } from 'zod';
import { recordAudit } from '../audit/record.js';
import { isUniqueViolation } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import type { User } from '../users/store.js';
import { ProjectSlug } from './contracts.js';
import { insertProject, type Project } from './store.js';

export const DuplicateProjectBody = z
  .object({
    slug: ProjectSlug.describe('URL name of the copy'),
    name: z.string().trim().min(1).max(200).optional().describe('Defaults to "<name> (copy)"'),
  })
  .strict();
export type DuplicateProjectBody = z.infer<typeof DuplicateProjectBody>;

/**
 * Duplicates a project's setup (issue 14): name, description, guidelines, label schema, the
 * current routing policy (as version 1) and the members with their project roles. Items, answers, decisions, webhooks
 * and reports are not copied: the copy starts empty. One transaction with its audit record.
 */
export async function duplicateProject(
  storage: Storage,
  source: Project,
  body: DuplicateProjectBody,
  actor: User,
): Promise<Project> {
  const now = Date.now();
  try {
    return await storage.db.transaction().execute(async (trx) => {
      const copy = await insertProject(
        trx,
        {
          slug: body.slug,
          name: body.name ?? `${source.name} (copy)`,
          description: source.description,
          guidelines: source.guidelines,
          labelSchema: source.labelSchema,
        },
        now,
      );
      const policy = await trx
        .selectFrom('policies')
        .select('policy')
        .where('project_id', '=', source.id)
        .where('version', '=', source.policyVersion)
        .executeTakeFirst();
      let policyVersion = 0;
      if (policy) {
        const text = typeof policy.policy === 'string' ? policy.policy : JSON.stringify(policy.policy);
        await trx
          .insertInto('policies')
          .values({ project_id: copy.id, version: 1, policy: text, created_by: actor.id, created_at: now })
          .execute();
        await trx.updateTable('projects').set({ policy_version: 1 }).where('id', '=', copy.id).execute();
        policyVersion = 1;
      }
      const members = await trx
        .selectFrom('project_members')
        .select(['user_id', 'role'])
        .where('project_id', '=', source.id)
        .execute();
      if (members.length > 0) {
        await trx
          .insertInto('project_members')
          .values(members.map((m) => ({ project_id: copy.id, user_id: Number(m.user_id), role: m.role })))
          .execute();
      }
      await recordAudit(
        trx,
        {
          actorId: actor.id,
          action: 'project.duplicated',
          projectId: copy.id,
          target: `project:${copy.id}`,
          details: {
            from: { id: source.id, slug: source.slug },
            slug: copy.slug,
            members: members.length,
            policyVersion,
          },
        },
        now,
      );
      return { ...copy, policyVersion };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new TandemError('PROJECT_SLUG_TAKEN', `A project with slug "${body.slug}" already exists`, [
        { path: 'slug', message: `"${body.slug}" is taken; choose another slug` },
      ]);
    }
    throw error;
  }
}
