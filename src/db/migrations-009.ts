import type { Kysely } from 'kysely';

/**
 * Issue 8: slugs must contain a letter, because a ref of digits only is a project id; a project
 * whose slug had no letter (`2024`, `12-34`) could not be reached by its slug. Each is renamed to
 * `project-<slug>` (or, if taken, `project-<slug>-<id>`); its id keeps working everywhere.
 */
export async function renameLetterlessSlugs(db: Kysely<unknown>): Promise<void> {
  const projects = db as unknown as Kysely<{ projects: { id: number; slug: string } }>;
  const rows = await projects.selectFrom('projects').select(['id', 'slug']).execute();
  const taken = new Set(rows.map((row) => row.slug));
  for (const row of rows) {
    if (/[a-z]/.test(row.slug)) continue;
    const candidates = [`project-${row.slug}`, `project-${row.slug}-${row.id}`, `project-id-${row.id}`].map((slug) =>
      slug.slice(0, 63).replace(/-+$/, ''),
    );
    const slug = candidates.find((candidate) => !taken.has(candidate)) ?? `project-id-${row.id}`;
    taken.add(slug);
    await projects.updateTable('projects').set({ slug }).where('id', '=', row.id).execute();
  }
}
