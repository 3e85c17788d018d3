import { DispositionDecision, DispositionProgress, DispositionState, StaffDispositionDto } from '@consulta/shared/contracts';
import { dispositionProgress, dispositionStatus } from './disposition-panel';

function version(number: number, state: DispositionState): StaffDispositionDto {
  return {
    id: `d${number}`,
    commentId: 'c1',
    version: number,
    decision: DispositionDecision.Accepted,
    justification: 'Uzasadnienie decyzji miasta.',
    state,
    draftedById: 'u1',
    draftedByName: 'Ewa Urzędniczka',
    approvedByName: state === DispositionState.Approved ? 'Jan Kierownik' : null,
    approvedAt: state === DispositionState.Approved ? '2026-11-20T10:00:00.000Z' : null,
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
  };
}

describe('disposition status', () => {
  it('has nothing before the first draft', () => {
    expect(dispositionStatus([])).toEqual({ approved: null, draft: null });
    expect(dispositionProgress([])).toBe(DispositionProgress.None);
  });

  it('shows the latest approved version and an open draft of a revision', () => {
    const history = [
      version(1, DispositionState.Approved),
      version(2, DispositionState.Withdrawn),
      version(3, DispositionState.Approved),
      version(4, DispositionState.Draft),
    ];
    const status = dispositionStatus(history);
    expect(status.approved?.version).toBe(3);
    expect(status.draft?.version).toBe(4);
    expect(dispositionProgress(history)).toBe(DispositionProgress.Draft);
  });

  it('is decided once approved with no new draft; a withdrawn draft alone leaves it undecided', () => {
    expect(dispositionProgress([version(1, DispositionState.Approved)])).toBe(DispositionProgress.Approved);
    expect(dispositionProgress([version(1, DispositionState.Withdrawn)])).toBe(DispositionProgress.None);
  });
});
