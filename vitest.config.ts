import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

export default defineConfig({
  // Tests run against the sources; test/e2e runs against the built packages.
  resolve: {
    alias: [
      {
        find: /^@knead\/content$/,
        replacement: new URL('./packages/content/src/index.ts', import.meta.url).pathname,
      },
      {
        find: /^@knead\/content\/locales\/(\w+)$/,
        replacement: new URL('./packages/content/src/locales/$1.ts', import.meta.url).pathname,
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/test/**/*.test.ts', 'test/node/**/*.test.ts'],
          exclude: ['**/*.browser.test.*'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // Hostile input, faults and long sessions against the built packages, in Chromium (playwright).
        extends: true,
        test: {
          name: 'hardening',
          environment: 'node',
          include: ['test/hardening/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Knead Studio: its schema-to-form logic in Node, the built app driven in Chromium (playwright).
        extends: true,
        test: {
          name: 'studio',
          environment: 'node',
          include: ['apps/studio/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The packed tarballs installed into fresh apps outside the workspace, as a user would.
        extends: true,
        test: {
          name: 'pack',
          environment: 'node',
          include: ['test/pack/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // Axe runs over every state take seconds on a loaded 2-core CI machine.
          testTimeout: 30_000,
          include: ['packages/*/test/**/*.browser.test.{ts,tsx}', 'test/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
            }),
          },
        },
      },
      {
        // Every story in stories/ is a test: it renders in Chromium, runs its play function, then
        // axe checks it (parameters.a11y.test = 'error' in .storybook/preview.ts fails on any violation).
        extends: true,
        plugins: [storybookTest({ configDir: new URL('./.storybook', import.meta.url).pathname })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
            // Storybook pauses animations for tests with a page stylesheet, which cannot reach into
            // shadow roots; with reduced motion the widgets drop their fade-ins, so axe checks the
            // colours a visitor ends up seeing rather than a frame halfway through a fade.
            provider: playwright({
              contextOptions: { reducedMotion: 'reduce' },
              launchOptions: chromiumLaunchOptions,
            }),
          },
        },
      },
    ],
  },
});
