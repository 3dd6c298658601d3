// Editor support from custom-elements.json (run by the build, after `cem analyze`), with the generators
// the web-components community maintains for it:
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json  VS Code `html.customData` /
//     `css.customData`: <knead-…> tags, their attributes and values, events, parts and custom properties
//   dist/web-types.json  JetBrains IDEs (WebStorm…), found through package.json's "web-types" field
import { readFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const outdir = new URL('../dist', import.meta.url).pathname;
const readme = (tag) => [
  { name: 'Reference', url: `https://github.com/knead/knead#${tag.replace(/[^a-z-]/g, '')}` },
];
const shared = {
  outdir,
  descriptionSrc: 'description',
  hideLogs: true,
  referencesTemplate: (_, tag) => readme(tag),
};

generateVsCodeCustomElementData(manifest, {
  ...shared,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(manifest, {
  ...shared,
  webTypesFileName: 'web-types.json',
  referencesTemplate: (_, tag) => readme(tag)[0],
});
