import { Ajv, type ValidateFunction } from 'ajv';
import OpenAI from 'openai';
import type { FieldIssue } from '../errors.js';
import { checkedFetch, RedirectRefused } from '../events/checked-fetch.js';
import { checkWebhookTarget, WebhookTargetRefused } from '../events/webhook-target.js';
import type { LabelSchema } from '../schemas/label-schema.js';
import type { LlmJudgeConfig } from './contracts.js';
import { type JudgeCallContext, JudgeCallError, type JudgeItem, type JudgeVerdict } from './verdict.js';

/**
 * LLM judges (issue 13 point 1): any OpenAI-compatible chat endpoint through the official SDK.
 * The answer is constrained by a JSON Schema derived from the project's questions; n samples
 * vote, and their agreement is the verdict's confidence. Retries are the jobs module's business,
 * so the SDK's own are off (`maxRetries: 0`).
 */

const JUDGEABLE = new Set(['single_choice', 'multi_choice', 'rating', 'text']);

type JsonSchema = Record<string, unknown>;

/** The questions a judge answers and the JSON Schema of its answer (plus a free-text `reason`). */
export function verdictSchema(
  labelSchema: LabelSchema,
  names: readonly string[] | undefined,
): { questions: string[]; schema: JsonSchema } {
  const chosen = names
    ? labelSchema.questions.filter((q) => names.includes(q.name))
    : labelSchema.questions.filter((q) => JUDGEABLE.has(q.type));
  const properties: Record<string, JsonSchema> = {};
  for (const question of chosen) {
    const description = question.title ?? question.name;
    switch (question.type) {
      case 'single_choice':
        properties[question.name] = { type: 'string', enum: question.options.map((o) => o.value), description };
        break;
      case 'multi_choice':
        properties[question.name] = {
          type: 'array',
          items: { type: 'string', enum: question.options.map((o) => o.value) },
          description,
        };
        break;
      case 'rating':
        properties[question.name] = { type: 'number', minimum: question.min, maximum: question.max, description };
        break;
      case 'text':
        properties[question.name] = { type: 'string', description };
        break;
    }
  }
  properties.reason = { type: 'string', description: 'One or two sentences on why' };
  return {
    questions: chosen.map((q) => q.name),
    schema: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false },
  };
}

export function llmConfigProblems(config: LlmJudgeConfig, labelSchema: LabelSchema): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const byName = new Map(labelSchema.questions.map((q) => [q.name, q]));
  for (const [index, name] of (config.questions ?? []).entries()) {
    const question = byName.get(name);
    if (!question) issues.push({ path: `config.questions.${index}`, message: `the project has no question "${name}"` });
    else if (!JUDGEABLE.has(question.type)) {
      issues.push({
        path: `config.questions.${index}`,
        message: `"${name}" is a ${question.type} question; judges answer single_choice, multi_choice, rating and text`,
      });
    }
  }
  const { questions } = verdictSchema(labelSchema, config.questions);
  const passQuestion = byName.get(config.pass.question);
  if (!passQuestion || !questions.includes(config.pass.question)) {
    issues.push({
      path: 'config.pass.question',
      message: `must be one of the questions the judge answers: ${questions.join(', ') || 'none'}`,
    });
  } else if (passQuestion.type !== 'single_choice' && passQuestion.type !== 'multi_choice') {
    issues.push({ path: 'config.pass.question', message: 'must be a single_choice or multi_choice question' });
  } else {
    const options = new Set(passQuestion.options.map((o) => o.value));
    config.pass.values.forEach((value, index) => {
      if (!options.has(value)) {
        issues.push({
          path: `config.pass.values.${index}`,
          message: `"${value}" is not an option of "${passQuestion.name}"`,
        });
      }
    });
  }
  return issues;
}

/** Fills `{{field}}`, `{{metadata.key}}`, `{{externalId}}` and `{{prediction}}` from the item. */
export function renderTemplate(template: string, item: JudgeItem): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, path: string) => {
    let value: unknown;
    if (path === 'externalId') value = item.externalId;
    else if (path === 'prediction') value = item.prediction;
    else if (path.startsWith('metadata.')) value = item.metadata[path.slice('metadata.'.length)];
    else value = item.data[path.startsWith('data.') ? path.slice('data.'.length) : path];
    if (value === undefined || value === null) return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}

const ajv = new Ajv({ allErrors: false, strict: false });
const validators = new Map<string, ValidateFunction>();
const clients = new Map<string, OpenAI>();

function validatorFor(schema: JsonSchema): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    if (validators.size > 500) validators.clear();
    validators.set(key, validate);
  }
  return validate;
}

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

/**
 * The `openai` client for a model endpoint that llm judges and eval generation call. Checked at
 * every call like a webhook target: the base URL may not point inside our network unless
 * TANDEM_WEBHOOK_ALLOW_HOSTS lists it (a local model server, the tests' fake endpoint); the key
 * is read from the named environment variable each time, never stored.
 */
export async function modelClient(config: {
  readonly baseUrl: string;
  readonly apiKeyEnv?: string | undefined;
  readonly timeoutMs: number;
}): Promise<OpenAI> {
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
  return clientFor(config.baseUrl, apiKey, config.timeoutMs);
}

interface Sample {
  readonly answers: Record<string, unknown>;
  readonly pass: boolean;
  readonly inputTokens: number;
  readonly outputTokens: number;
}

export async function evaluateLlm(
  config: LlmJudgeConfig,
  item: JudgeItem,
  ctx: JudgeCallContext,
): Promise<JudgeVerdict> {
  const client = await modelClient(config);
  const { schema } = verdictSchema(ctx.labelSchema, config.questions);
  const validate = validatorFor(schema);
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
    ...(config.system ? [{ role: 'system' as const, content: renderTemplate(config.system, item) }] : []),
    { role: 'user', content: renderTemplate(config.prompt, item) },
  ];
  const samples = await Promise.all(
    Array.from({ length: config.samples }, () => callOnce(client, config, messages, schema, validate, ctx.signal)),
  );
  const passing = samples.filter((s) => s.pass).length;
  const pass = passing * 2 > samples.length || (passing * 2 === samples.length && (samples[0]?.pass ?? false));
  const representative = samples.find((s) => s.pass === pass) ?? samples[0];
  const inputTokens = samples.reduce((sum, s) => sum + s.inputTokens, 0);
  const outputTokens = samples.reduce((sum, s) => sum + s.outputTokens, 0);
  const { reason, ...answers } = representative?.answers ?? {};
  return {
    pass,
    score: passing / samples.length,
    confidence: samples.length > 1 ? Math.max(passing, samples.length - passing) / samples.length : null,
    answers,
    reason: typeof reason === 'string' ? reason : null,
    inputTokens,
    outputTokens,
    cost: config.pricing
      ? (inputTokens * config.pricing.inputPerMillion + outputTokens * config.pricing.outputPerMillion) / 1_000_000
      : null,
  };
}

async function callOnce(
  client: OpenAI,
  config: LlmJudgeConfig,
  messages: OpenAI.Chat.ChatCompletionMessageParam[],
  schema: JsonSchema,
  validate: ValidateFunction,
  signal: AbortSignal,
): Promise<Sample> {
  let completion: OpenAI.Chat.ChatCompletion;
  try {
    completion = await client.chat.completions.create(
      {
        model: config.model,
        messages,
        temperature: config.temperature,
        response_format: { type: 'json_schema', json_schema: { name: 'verdict', strict: true, schema } },
      },
      { signal },
    );
  } catch (error) {
    throw describeCallError(error, config.timeoutMs, signal);
  }
  const content = completion.choices[0]?.message.content;
  if (!content) throw new JudgeCallError('the model gave no answer');
  let answers: unknown;
  try {
    answers = JSON.parse(content);
  } catch {
    throw new JudgeCallError(`the model's answer is not valid JSON: ${content.slice(0, 200)}`);
  }
  if (!validate(answers)) {
    const first = validate.errors?.[0];
    throw new JudgeCallError(
      `the model's answer does not fit the questions: ${first?.instancePath || '(root)'} ${first?.message ?? ''}`.trim(),
    );
  }
  const record = answers as Record<string, unknown>;
  const given = record[config.pass.question];
  const pass = Array.isArray(given)
    ? given.some((v) => config.pass.values.includes(String(v)))
    : config.pass.values.includes(String(given));
  return {
    answers: record,
    pass,
    inputTokens: completion.usage?.prompt_tokens ?? 0,
    outputTokens: completion.usage?.completion_tokens ?? 0,
  };
}

export function describeCallError(error: unknown, timeoutMs: number, signal: AbortSignal): Error {
  if (signal.aborted) return signal.reason instanceof Error ? signal.reason : new Error('aborted');
  if (error instanceof OpenAI.APIConnectionTimeoutError)
    return new JudgeCallError(`the call timed out after ${timeoutMs} ms`);
  if (error instanceof OpenAI.APIConnectionError) {
    // Our fetch refuses redirects and unchecked targets for good: no retry can change that.
    const cause = error.cause;
    if (cause instanceof RedirectRefused || cause instanceof WebhookTargetRefused) {
      return new JudgeCallError(cause.message, { permanent: true });
    }
    return new JudgeCallError(`cannot reach the endpoint: ${error.message}`);
  }
  if (error instanceof OpenAI.APIError && typeof error.status === 'number') {
    const status = error.status;
    const message = `the endpoint answered ${status}: ${error.message}`.slice(0, 500);
    if (status === 429) return new JudgeCallError(message, { retryAfterMs: retryAfterMs(error.headers) });
    if (status >= 500 || status === 408 || status === 409) return new JudgeCallError(message);
    return new JudgeCallError(message, { permanent: true });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** `retry-after-ms`, or `retry-after` in seconds or as an HTTP date; undefined when absent. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = headers?.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1_000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
