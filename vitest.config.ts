import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // The default report, then one line for each test skipped for want of a Hugo (what it needs, how to install it).
    reporters: ['default', './__tests__/support/skip-notes.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Most tests wait on loopback servers, child processes and Hugo, not on the CPU: three workers on
    // two cores. Threads sharing one module graph per worker (no isolation between files) load src/ and
    // its dependencies once a worker instead of once a file; the tests keep no state in modules, and
    // every stand-in is started by the file that uses it.
    maxWorkers: 3,
    experimental: { fsModuleCache: true },
    pool: 'threads',
    isolate: false,
    // GitHub's workflow parser imports JSON without import attributes: let Vite load it, not Node.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    // `npm test -- --coverage` (what CI runs) measures src/ and fails under these floors.
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      reporter: ['text-summary'],
      thresholds: { statements: 92, branches: 82, functions: 92, lines: 94 }
    }
  }
})
