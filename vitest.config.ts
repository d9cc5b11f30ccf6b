import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

const migrations = await readD1Migrations('./migrations')

export default defineConfig({
  test: {
    projects: [
      {
        // Inside workerd, with the Worker from wrangler.toml and a migrated local D1.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: migrations,
                MASTER_KEY: 'test-master-key-not-a-secret-0000000000000',
                INDEX_KEY: 'test-index-key-not-a-secret-00000000000000',
                RECEIPT_KEY: 'test-receipt-key-not-a-secret-000000000000',
                TURNSTILE_SECRET: '1x0000000000000000000000000000000AA',
                // A VAPID key for the tests only; production's is a secret (README, Deploy).
                VAPID_PRIVATE_JWK:
                  '{"kty":"EC","x":"ExEOSmntTpgWTMd9ybxrWVP_AQ-X3tyUk0CpCKqsqb4","y":"0fOQcPd4XXut8-_AD-CDv2lvD3P6NboIeP0NyIVDkxY","crv":"P-256","d":"FF6P__UdF8FS-Er20YFqm80_CXBm530teVWqLZsC-lg"}',
              },
            },
          }),
        ],
        test: {
          name: 'worker',
          include: ['tests/worker/**/*.test.ts'],
          setupFiles: ['./tests/worker/apply-migrations.ts'],
          globalSetup: ['./tests/push/worker-setup.ts'],
        },
      },
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['./tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One dev server and one browser: run the files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
})
