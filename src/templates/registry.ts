import { TandemError } from '../errors.js';
import { agentApproval } from './agent-approval.js';
import { imageBoxes } from './image-boxes.js';
import { ner } from './ner.js';
import { pairwiseLlm } from './pairwise-llm.js';
import { ragRubric } from './rag-rubric.js';
import { sentimentRating } from './sentiment-rating.js';
import type { ProjectTemplate } from './template.js';
import { textClassification } from './text-classification.js';

/** Every template, in the order the new-project screen shows them. Add a template here, once. */
export const TEMPLATES: readonly ProjectTemplate[] = [
  textClassification,
  ner,
  sentimentRating,
  pairwiseLlm,
  ragRubric,
  imageBoxes,
  agentApproval,
];

export function getTemplate(name: string): ProjectTemplate {
  const template = TEMPLATES.find((t) => t.name === name);
  if (!template) {
    throw new TandemError('TEMPLATE_NOT_FOUND', `No template "${name}"`, [
      { path: 'template', message: `use one of ${TEMPLATES.map((t) => t.name).join(', ')}` },
    ]);
  }
  return template;
}
