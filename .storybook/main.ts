// Storybook for the Knead custom elements: web-components-vite renders the real elements (no
// framework wrapper) and reads packages/widgets/custom-elements.json for the docs tables.
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The welcome page is the place to start; Storybook's own onboarding checklist would compete with it.
  features: { sidebarOnboardingChecklist: false },
  // The stories import the widgets from source, and the widgets import @knead/content from source too
  // (as the root vitest.config.ts does), so Storybook works from a clean clone before `pnpm build`.
  viteFinal: (vite, { configType }) =>
    mergeConfig(vite, {
      // `pnpm build` builds Storybook too, so keep that quiet: no asset list, no timing report on the
      // csf plugin, no warning on Storybook's own large chunks (size-limit checks the widgets' budgets).
      logLevel: configType === 'PRODUCTION' ? 'warn' : vite.logLevel,
      build: { chunkSizeWarningLimit: 1500, rolldownOptions: { checks: { pluginTimings: false } } },
      resolve: {
        alias: {
          '@knead/content': fileURLToPath(new URL('../packages/content/src/index.ts', import.meta.url)),
        },
      },
    }),
};

export default config;
