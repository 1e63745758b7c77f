// Test support shared by both packages' tests (Node-only): the shared
// expansion conformance cases and the one checker that decides them.
export {
  CONFORMANCE_FILE,
  assertCase,
  checkCase,
  loadConformanceCases,
  sameParam,
  type CaseOutcome,
  type CaseRunner,
  type ConformanceCase,
  type OutcomeItem,
} from './testing/conformance-cases';
export { MapMedia, testContext } from './testing/test-context';
