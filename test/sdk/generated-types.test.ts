import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../src/testing/engines.js';

/**
 * The SDK's types are generated from the server's own /openapi.json and committed (issue 15,
 * point 1). This regenerates them and fails on any difference, so a contract changed without
 * `npx vitest run test/sdk/generated-types.test.ts -u` cannot land.
 */
const GENERATED = path.resolve(import.meta.dirname, '../../packages/sdk/src/generated/openapi.ts');
const HEADER =
  '// Generated from /openapi.json by openapi-typescript (test/sdk/generated-types.test.ts). Do not edit:\n' +
  '// change the zod contracts, then run `npx vitest run test/sdk/generated-types.test.ts -u`.\n\n';

describe('the SDK generated types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp('sqlite');
  });
  afterAll(async () => t.close());

  it('match what openapi-typescript makes of /openapi.json today', async () => {
    const response = await t.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const ast = await openapiTS(response.json() as OpenAPI3, { alphabetize: true });
    const source = HEADER + astToString(ast);
    // A plain file comparison, not a snapshot: CI (no -u) must fail on any difference.
    await expect(source).toMatchFileSnapshot(GENERATED);
  });
});
