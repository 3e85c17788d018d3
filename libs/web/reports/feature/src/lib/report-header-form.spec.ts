import { REPORT_TEXT_FIELD_MAX_LENGTH } from '@consulta/shared/contracts';
import { createReportHeaderForm, fillReportHeaderForm, toHeaderRequest } from './report-header-form';

const HEADER = {
  subject: 'Projekt misji',
  organiser: 'Wydział Komunikacji Społecznej',
  participants: 'Mieszkańcy Krakowa',
  startDate: '2026-05-01',
  endDate: '2026-05-31',
  announcement: 'Strona internetowa',
  forms: 'Uwagi przez platformę',
  summary: '',
};

describe('report header form', () => {
  it('sends only the fields staff changed, trimmed, an emptied date as null', () => {
    const form = createReportHeaderForm();
    fillReportHeaderForm(form, HEADER);
    expect(toHeaderRequest(form)).toEqual({});
    form.controls.subject.setValue('  Nowy przedmiot  ');
    form.controls.subject.markAsDirty();
    form.controls.startDate.setValue('');
    form.controls.startDate.markAsDirty();
    expect(toHeaderRequest(form)).toEqual({ subject: 'Nowy przedmiot', startDate: null });
  });

  it('requires the subject and the organiser and limits the length of texts', () => {
    const form = createReportHeaderForm();
    fillReportHeaderForm(form, { ...HEADER, subject: '', forms: 'x'.repeat(REPORT_TEXT_FIELD_MAX_LENGTH + 1) });
    expect(form.controls.subject.errors).toEqual({ required: true });
    expect(form.controls.forms.hasError('maxlength')).toBe(true);
    expect(form.controls.participants.valid).toBe(true);
  });

  it('marks an end date before the start date, and clears the mark once they are in order', () => {
    const form = createReportHeaderForm();
    fillReportHeaderForm(form, { ...HEADER, endDate: '2026-04-30' });
    expect(form.controls.endDate.hasError('datesOrder')).toBe(true);
    form.controls.endDate.setValue('2026-05-01');
    expect(form.controls.endDate.errors).toBeNull();
    fillReportHeaderForm(form, { ...HEADER, startDate: null });
    expect(form.valid).toBe(true);
  });
});
