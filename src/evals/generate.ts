import OpenAI from 'openai';
import { checkedFetch } from '../events/checked-fetch.js';
import { checkWebhookTarget } from '../events/webhook-target.js';
import { describeCallError, renderTemplate } from '../judges/llm.js';
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

const clients = new Map<string, OpenAI>();

function clientFor(baseURL: string, apiKey: string, timeout: number): OpenAI {
  const key = `${baseURL}\n${apiKey}\n${timeout}`;
  let client = clients.get(key);
  if (!client) {
    client = new OpenAI({ baseURL, apiKey, timeout, maxRetries: 0, fetch: checkedFetch });
    if (clients.size > 100) clients.clear();
    clients.set(key, client);
  }
  return client;
}

export async function generateOutput(
  config: GenerateConfig,
  entry: JudgeItem,
  signal: AbortSignal,
): Promise<Generated> {
  const target = await checkWebhookTarget(config.baseUrl);
  if (!target.ok) throw new JudgeCallError(`base URL refused: the URL ${target.reason}`, { permanent: true });
  let apiKey = 'none';
  if (config.apiKeyEnv) {
    const value = process.env[config.apiKeyEnv];
    if (!value) {
      throw new JudgeCallError(`the API key (apiKeyEnv ${config.apiKeyEnv}) is not available`, {
        permanent: true,
      });
    }
    apiKey = value;
  }
  const client = clientFor(config.baseUrl, apiKey, config.timeoutMs);
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
