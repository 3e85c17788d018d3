export * from './lib/consultation.routes';
export { DocumentDiffView } from './lib/document-diff/document-diff-view';
export { DocumentCompare } from './lib/document-diff/document-compare';
