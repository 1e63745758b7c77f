export { importWildcardFiles } from './import-wildcard-files';
export type { WildcardFile, WildcardImportResult } from './types';
