import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { LabelSchema } from '../schemas/label-schema.js';
import type { LabelStudioBinding } from './config.js';
import { defaultBindings } from './results.js';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A Label Studio labeling config for a label schema, as ML backends expect it (`/setup`'s
 * `schema`, `/predict`'s `label_config`): one `Text` object on `$text`, then choice, rating and
 * text questions as `Choices`, `Rating` and `TextArea` controls named after the questions (the
 * names `defaultBindings` gives their results). Other question types are left out.
 *
 * @example
 * labelConfigXml({ questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'spam' }, { value: 'ham' }] }] })
 * // <View>\n  <Text name="text" value="$text"/>\n  <Choices name="verdict" toName="text" choice="single">…
 */
export function labelConfigXml(schema: LabelSchema): string {
  const lines = ['<View>', '  <Text name="text" value="$text"/>'];
  for (const q of schema.questions) {
    const name = escapeXml(q.name);
    if (q.type === 'single_choice' || q.type === 'multi_choice') {
      const choice = q.type === 'single_choice' ? 'single' : 'multiple';
      lines.push(`  <Choices name="${name}" toName="text" choice="${choice}">`);
      for (const o of q.options) lines.push(`    <Choice value="${escapeXml(o.value)}"/>`);
      lines.push('  </Choices>');
    } else if (q.type === 'rating') {
      lines.push(`  <Rating name="${name}" toName="text" maxRating="${Math.round(q.max)}"/>`);
    } else if (q.type === 'text') {
      lines.push(`  <TextArea name="${name}" toName="text"/>`);
    }
  }
  lines.push('</View>');
  return lines.join('\n');
}

/**
 * The config and bindings an ML backend sees for a project: the Label Studio config the project
 * was made from (kept in `projects.settings.labelStudio`), else one built from its questions.
 */
export async function labelConfigOf(
  db: Executor,
  projectId: number,
  schema: LabelSchema,
): Promise<{ xml: string; bindings: LabelStudioBinding[] }> {
  const row = await db.selectFrom('projects').select('settings').where('id', '=', projectId).executeTakeFirst();
  const stored = row
    ? readJson<{ labelStudio?: { config?: string; bindings?: LabelStudioBinding[] } } | null>(row.settings)?.labelStudio
    : undefined;
  if (stored?.config && stored.bindings) return { xml: stored.config, bindings: stored.bindings };
  return { xml: labelConfigXml(schema), bindings: defaultBindings(schema) };
}
