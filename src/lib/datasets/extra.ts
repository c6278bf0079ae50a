import type { DatasetEntry } from './entry';

/**
 * Datasets registered beside the shipped ones. Empty in the app; the fixture build
 * (`npm run build:fixture`, e2e/registry.spec.ts) swaps this module for
 * e2e/fixtures/registry/extra.ts to prove that one entry reaches every list in the app.
 */
export const EXTRA_DATASETS: readonly DatasetEntry[] = [];
