/**
 * A Vercel AI SDK agent whose `refund` tool needs approval; the approval comes from a person in
 * Tandem. test/sdk/ai-sdk.test.ts runs it against a real server with the AI SDK's own mock model
 * (`ai/test`); pass your provider's model to main() to use it for real.
 */
import { createTandemClient } from '@tandem/sdk';
import { answerToolApprovals } from '@tandem/sdk/ai-sdk';
import { generateText, type LanguageModel, type ModelMessage, stepCountIs, tool } from 'ai';
import { z } from 'zod';

export async function main(
  options: { baseUrl: string; token: string; project: string; model: LanguageModel },
  refund: (args: { orderId: string; amount: number }) => Promise<string>,
) {
  const tandem = createTandemClient({ baseUrl: options.baseUrl, token: options.token });
  const tools = {
    refund: tool({
      description: 'Refund an order',
      inputSchema: z.object({ orderId: z.string(), amount: z.number() }),
      needsApproval: true,
      execute: refund,
    }),
  };
  let messages: ModelMessage[] = [{ role: 'user', content: 'Customer wants order A-17 refunded' }];
  for (;;) {
    const result = await generateText({ model: options.model, tools, messages, stopWhen: stepCountIs(5) });
    const next = await answerToolApprovals(result, { tandem, project: options.project });
    if (next.length === 0) return result.text;
    messages = [...messages, ...next];
  }
}
