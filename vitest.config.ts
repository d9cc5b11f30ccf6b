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
                // Test keys (32 random bytes, base64url): public, for tests only. The
                // Worker refuses weak secrets, so placeholders would not do (worker/secrets.ts).
                MASTER_KEY: 'jcjcPELJGiN2PcNCJH9xUuFSqbZ22rkrELrgLvlCAuQ',
                INDEX_KEY: 'IZumx2-N3gsTSfju1ngv07swDmz12d1A6t18ttLXWMs',
                RECEIPT_KEY: 'APPwXLEe0nLplca-1a_rs_jnYkTe5F5Yfko6R2euhto',
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
          // Property tests run hundreds of requests; on a loaded 2-core machine 5 s is
          // too little and a timeout says nothing about the code.
          testTimeout: 30_000,
          globalSetup: ['./tests/push/worker-setup.ts'],
        },
      },
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
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
