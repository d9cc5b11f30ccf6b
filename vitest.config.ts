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
