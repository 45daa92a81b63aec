import type OpenAI from 'openai';
import { describeCallError, modelClient, renderTemplate } from '../judges/llm.js';
import type { JudgeItem } from '../judges/verdict.js';
import { JudgeCallError } from '../judges/verdict.js';
import type { GenerateConfig } from './contracts.js';

/**
 * Generating a run's output for one golden entry: the official `openai` client against any
 * OpenAI-compatible endpoint, the prompt template filled from the entry (the same template
 * language as llm judges). Retries belong to the jobs module (`maxRetries: 0`); errors come back
 * as `JudgeCallError` (permanent, or with a Retry-After) like a judge's.
 */

export interface Generated {
  readonly output: string;
  readonly inputTokens: number | null;
  readonly outputTokens: number | null;
  readonly cost: number | null;
}

export async function generateOutput(
  config: GenerateConfig,
  entry: JudgeItem,
  signal: AbortSignal,
): Promise<Generated> {
  const client = await modelClient(config);
  let completion: OpenAI.Chat.ChatCompletion;
  try {
    completion = await client.chat.completions.create(
      {
        model: config.model,
        messages: [
          ...(config.system ? [{ role: 'system' as const, content: renderTemplate(config.system, entry) }] : []),
          { role: 'user', content: renderTemplate(config.prompt, entry) },
        ],
        temperature: config.temperature,
        ...(config.maxTokens ? { max_tokens: config.maxTokens } : {}),
      },
      { signal },
    );
  } catch (error) {
    throw describeCallError(error, config.timeoutMs, signal);
  }
  const output = completion.choices[0]?.message.content;
  if (typeof output !== 'string') throw new JudgeCallError('the model gave no answer');
  const inputTokens = completion.usage?.prompt_tokens ?? null;
  const outputTokens = completion.usage?.completion_tokens ?? null;
  return {
    output,
    inputTokens,
    outputTokens,
    cost:
      config.pricing && inputTokens !== null && outputTokens !== null
        ? (inputTokens * config.pricing.inputPerMillion + outputTokens * config.pricing.outputPerMillion) / 1_000_000
        : null,
  };
}
