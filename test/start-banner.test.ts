import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, type ServerProcess, startServerProcess, tempDir } from './support/server-process.js';

/** Waits until the process has printed text matching `pattern` (the banner follows the ready line). */
async function printed(server: ServerProcess, pattern: RegExp): Promise<string> {
  for (let i = 0; i < 200; i++) {
    if (pattern.test(server.output())) return server.output();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never printed ${pattern}: ${server.output()}`);
}

const LINK = /^ {2}(\w+)\s+(\w+)\s+(http:\/\/localhost:\d+)\/signin#token=(\S+)$/gm;

/** The start banner gives one-click sign-in links on this computer only (issue 9, point 6). */
describe('start banner', () => {
  it('prints a sign-in link for the admin and each demo person, again after a restart', async () => {
    const dataDir = tempDir('tandem-banner-');
    let server = await startServerProcess({ dataDir, demo: true });
    try {
      const output = await printed(server, /marie .*signin#token=/);
      expect(output).toMatch(/for this computer only/);
      const links = [...output.matchAll(LINK)].map((m) => ({ user: m[1], role: m[2], base: m[3], token: m[4] }));
      expect(links.map((l) => `${l.user}:${l.role}`)).toEqual([
        'admin:admin',
        'ada:annotator',
        'grace:annotator',
        'alan:annotator',
        'rosalind:reviewer',
        'marie:expert',
      ]);
      expect(links[0]?.token).toBe(ADMIN_TOKEN);
      expect(links.every((l) => l.base === server.url)).toBe(true);
      // Each link's token signs that person in.
      for (const link of links) {
        const session = await fetch(`${server.url}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token: link.token }),
        });
        expect(session.status).toBe(200);
        expect(((await session.json()) as { username: string }).username).toBe(link.user);
      }
    } finally {
      await server.stop();
    }
    // A restart keeps the same data: the links come back from the saved tokens.
    server = await startServerProcess({ dataDir, demo: true });
    try {
      const output = await printed(server, /marie .*signin#token=/);
      expect([...output.matchAll(LINK)].map((m) => m[1])).toEqual([
        'admin',
        'ada',
        'grace',
        'alan',
        'rosalind',
        'marie',
      ]);
    } finally {
      await server.stop();
    }
  }, 90_000);

  it('prints no links when serving other machines', async () => {
    const server = await startServerProcess({ env: { HOST: '0.0.0.0' } });
    try {
      const output = await printed(server, /admin\s+admin\s+tdm_/);
      expect(output).not.toContain('#token=');
    } finally {
      await server.stop();
    }
  });
});
