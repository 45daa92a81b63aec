import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { type ApiClient, createClient } from './client.js';

/**
 * The API client for a command: server from --url / TANDEM_URL, token from --token /
 * TANDEM_TOKEN, else the admin token a local `tandem start` saved in its data folder.
 */
export function clientFor(command: Command): ApiClient {
  const { url, token } = command.optsWithGlobals() as { url: string; token?: string };
  return createClient(url, token ?? localAdminToken());
}

function localAdminToken(): string | undefined {
  const file = path.join(process.env.TANDEM_DATA_DIR ?? './tandem-data', 'admin-token');
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
