// React components for the Knead widgets. Importing this module defines the five elements in the
// browser (nothing in Node, so server rendering is safe); the dist file starts with 'use client'.
export type { KneadComponent, KneadProps } from './component';
export * from './components';
