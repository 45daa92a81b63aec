import { Command } from 'commander';
import { clientFor } from '../connection.js';

/**
 * `tandem mcp`: the MCP server over stdio, for assistants that start their tools as processes.
 * Its tools call the Tandem server at --url with --token, as any client would. Nothing else may
 * be written to stdout: it carries the protocol.
 */
export function mcpCommand(): Command {
  return new Command('mcp')
    .description('Run the MCP server over stdio (tools: request_approval, ask_human, get_decision, list_pending)')
    .action(async (_flags: unknown, command: Command) => {
      // Loaded here, not at start-up: every other command stays as quick to start as before.
      const [{ StdioServerTransport }, { createTandemMcpServer }] = await Promise.all([
        import('@modelcontextprotocol/sdk/server/stdio.js'),
        import('../../mcp/server.js'),
      ]);
      const server = createTandemMcpServer(clientFor(command));
      await server.connect(new StdioServerTransport());
      // Serve until the assistant closes stdin.
      await new Promise<void>((resolve) => process.stdin.once('close', resolve));
      await server.close();
    });
}
