export * from './lib/participation-api';
export * from './lib/submission-key';
export * from './lib/anchors';
export * from './lib/reply-thread';
export * from './lib/comment-counts-store';
export * from './lib/discussion-store';
export * from './lib/my-participation-store';
