import { toReplyViews } from './reply-thread';
import { aReply } from './test-builders';

describe('toReplyViews', () => {
  it('indents up to three levels and names the person answered beyond that', () => {
    const views = toReplyViews([
      aReply({ id: 'r1', depth: 1, authorName: 'Jan' }),
      aReply({ id: 'r2', depth: 2, parentId: 'r1', authorName: 'Ewa' }),
      aReply({ id: 'r3', depth: 3, parentId: 'r2', authorName: 'Olek' }),
      aReply({ id: 'r4', depth: 4, parentId: 'r3', authorName: 'Iga' }),
    ]);

    expect(views.map((v) => v.indent)).toEqual([1, 2, 3, 3]);
    expect(views.map((v) => v.inReplyTo)).toEqual([null, null, null, 'Olek']);
  });
});
