// Storybook for designers and reviewers: every element in every state a visitor can meet,
// reached with `now` and fixture data so nothing depends on today's date or the network.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs'],
  // The build must work on a closed network and stay quiet: no telemetry, no update check.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    // src/ relies on tsconfig.json's `useDefineForClassFields: false` (and would on
    // `experimentalDecorators`): a class field such as `refresh = 0` must be assigned in the
    // constructor, not defined over Lit's reactive accessor. Vite 8 (Oxc) reads both from
    // tsconfig.json (checked: the built base element assigns `this.refresh=0` in its constructor).
    viteConfig.build = { ...viteConfig.build, target: 'es2022', chunkSizeWarningLimit: 2048 };
    return viteConfig;
  },
};

export default config;
