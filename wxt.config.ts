import { defineConfig } from 'wxt';

const PAGE_SCRIPT = 'page';

// Gloss is Manifest V3 in both browsers; Firefox builds are made with `--mv3`.
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  hooks: {
    // WXT builds scripts as IIFEs. The page script (entrypoints/page.ts) is imported by the
    // content script on first need, so it is built as an ES module whose default export is
    // what its main returns, without the IIFE's return-value footer.
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.length !== 1 || entrypoints[0]?.name !== PAGE_SCRIPT) return;
      if (config.build?.lib) config.build.lib.formats = ['es'];
      config.plugins = config.plugins
        ?.flat()
        .filter((plugin) => !(plugin && 'name' in plugin && plugin.name === 'wxt:iife-footer'));
    },
  },
  zip: {
    // The sample pages are third-party copies kept for tests only: never ship them.
    excludeSources: ['tests/**', '.ci/**', 'docs/examples/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each permission is here: README.md, "Permissions".
    permissions: ['unlimitedStorage', 'contextMenus', 'tabs'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
      'open-library': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_library_command__',
      },
      ...(browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+G' },
              description: '__MSG_commandSidebar__',
            },
          }
        : {}),
    },
    web_accessible_resources: [
      { resources: ['editor.html', `${PAGE_SCRIPT}.js`], matches: ['<all_urls>'] },
    ],
    browser_specific_settings: {
      gecko: {
        id: 'gloss@gloss-reader.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
