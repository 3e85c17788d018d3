export * from './lib/consultation-api';
export * from './lib/consultation-groups';
export * from './lib/document-blocks';
export * from './lib/consultation-stores';
export * from './lib/document-diff-api';
