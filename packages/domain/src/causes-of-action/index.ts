export {
  causeOfActionCatalogue,
  causeOfActionPath,
  findCauseOfAction,
  isSelectableCauseOfAction,
  type CatalogueOptions,
  type CauseOfActionCatalogue,
  type CauseOfActionEntry,
} from './catalogue.js';
export { searchCausesOfAction, type CauseOfActionHit } from './search.js';
export {
  causeOfActionCatalogueByVersion,
  causeOfActionCatalogueFor,
  causeOfActionCatalogues,
  predecessorOf,
  type CatalogueForDateResult,
  type CauseOfActionCounts,
  type PredecessorResult,
} from './versions.js';
