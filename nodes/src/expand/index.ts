export type {
  LookupEntry,
  LookupTable,
  ExpandWarning,
  ExpandError,
  ParamTypeDecl,
  ExpandRequest,
  ExpandedItem,
  BatchSummary,
  Expansion,
  ExpandResult,
} from './types';
export { expand } from './expand';
export { importWildcardFiles } from './wildcard-files';
