import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

// Knead's colours in the Storybook chrome, so the site reads as Knead's and not a template.
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Knead · accessible back-massage widgets',
    brandUrl: './',
    brandTarget: '_self',
    colorPrimary: '#2f6a59',
    colorSecondary: '#2f6a59',
    appBg: '#f7f3ee',
    appContentBg: '#ffffff',
    appBorderColor: '#e3dad0',
    textColor: '#2b2521',
    barSelectedColor: '#2f6a59',
    fontBase: '"Nunito Sans", "Avenir Next", "Segoe UI", system-ui, sans-serif',
  }),
});
