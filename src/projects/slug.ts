/**
 * Project slugs: lowercase letters, digits and dashes, starting with a letter or digit, at most
 * 63 characters, and with at least one letter. A ref of digits only is always a project id, so
 * an all-digit slug could never be reached (issue 8); migration 009 renamed the old ones.
 */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text) && /[a-z]/.test(text);
}

/** A slug from a project's name: `Spam triage (FR)` → `spam-triage-fr`; `2024` → `project-2024`. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  if (!slug) return 'project';
  return isSlug(slug) ? slug : `project-${slug}`.slice(0, 63).replace(/-+$/, '');
}
