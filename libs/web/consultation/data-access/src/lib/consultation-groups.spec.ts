import { ConsultationStatus, ConsultationSummaryDto, ModerationMode } from '@consulta/shared/contracts';
import { daysUntil, groupConsultationsByStatus } from './consultation-groups';

function aConsultation(overrides: Partial<ConsultationSummaryDto>): ConsultationSummaryDto {
  return {
    slug: 'consultation',
    title: 'Consultation',
    summary: 'Summary',
    status: ConsultationStatus.Open,
    opensAt: null,
    closesAt: null,
    moderationMode: ModerationMode.Pre,
    ...overrides,
  };
}

describe('groupConsultationsByStatus', () => {
  it('puts open, scheduled and closed / report-published consultations in their groups and drops drafts', () => {
    const groups = groupConsultationsByStatus([
      aConsultation({ slug: 'open', status: ConsultationStatus.Open }),
      aConsultation({ slug: 'scheduled', status: ConsultationStatus.Scheduled }),
      aConsultation({ slug: 'closed', status: ConsultationStatus.Closed }),
      aConsultation({ slug: 'report', status: ConsultationStatus.ReportPublished }),
      aConsultation({ slug: 'draft', status: ConsultationStatus.Draft }),
    ]);

    expect(groups.open.map((c) => c.slug)).toEqual(['open']);
    expect(groups.upcoming.map((c) => c.slug)).toEqual(['scheduled']);
    expect(groups.closed.map((c) => c.slug).sort()).toEqual(['closed', 'report']);
  });

  it('orders open by closing soonest, upcoming by opening soonest, closed by latest first', () => {
    const groups = groupConsultationsByStatus([
      aConsultation({ slug: 'open-late', closesAt: '2026-06-30T00:00:00Z' }),
      aConsultation({ slug: 'open-undated' }),
      aConsultation({ slug: 'open-soon', closesAt: '2026-06-01T00:00:00Z' }),
      aConsultation({ slug: 'up-late', status: ConsultationStatus.Scheduled, opensAt: '2026-09-01T00:00:00Z' }),
      aConsultation({ slug: 'up-soon', status: ConsultationStatus.Scheduled, opensAt: '2026-07-01T00:00:00Z' }),
      aConsultation({ slug: 'closed-old', status: ConsultationStatus.Closed, closesAt: '2025-01-01T00:00:00Z' }),
      aConsultation({ slug: 'closed-new', status: ConsultationStatus.ReportPublished, closesAt: '2026-01-01T00:00:00Z' }),
    ]);

    expect(groups.open.map((c) => c.slug)).toEqual(['open-soon', 'open-late', 'open-undated']);
    expect(groups.upcoming.map((c) => c.slug)).toEqual(['up-soon', 'up-late']);
    expect(groups.closed.map((c) => c.slug)).toEqual(['closed-new', 'closed-old']);
  });

  it('returns empty groups for an empty list', () => {
    expect(groupConsultationsByStatus([])).toEqual({ open: [], upcoming: [], closed: [] });
  });
});

describe('daysUntil', () => {
  const now = new Date('2026-05-01T12:00:00Z');

  it('rounds partial days up', () => {
    expect(daysUntil('2026-05-01T13:00:00Z', now)).toBe(1);
    expect(daysUntil('2026-05-03T12:00:00Z', now)).toBe(2);
  });

  it('is null without a date or once past', () => {
    expect(daysUntil(null, now)).toBeNull();
    expect(daysUntil('2026-04-30T00:00:00Z', now)).toBeNull();
  });
});
