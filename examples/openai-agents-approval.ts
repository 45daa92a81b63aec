/**
 * An OpenAI Agents JS agent whose `refund` tool has `needsApproval`; the approval comes from a
 * person in Tandem. test/sdk/openai-agents.test.ts runs it against a real server with a scripted
 * model (the framework's `Model` interface); pass a real model (e.g. from @openai/agents-openai).
 */
import { Agent, type Model, tool } from '@openai/agents-core';
import { createTandemClient } from '@tandem/sdk';
import { runWithTandemApprovals } from '@tandem/sdk/openai-agents';
import { z } from 'zod';

export async function main(
  options: { baseUrl: string; token: string; project: string; model: Model },
  refund: (args: { orderId: string; amount: number }) => Promise<string>,
) {
  const agent = new Agent({
    name: 'Support agent',
    instructions: 'Handle refund requests with the refund tool.',
    model: options.model,
    tools: [
      tool({
        name: 'refund',
        description: 'Refund an order',
        parameters: z.object({ orderId: z.string(), amount: z.number() }),
        needsApproval: true,
        execute: refund,
      }),
    ],
  });
  const tandem = createTandemClient({ baseUrl: options.baseUrl, token: options.token });
  const result = await runWithTandemApprovals(agent, 'Customer wants order A-17 refunded', {
    tandem,
    project: options.project,
  });
  return result.finalOutput;
}
