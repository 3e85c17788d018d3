import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { consultationRoutes } from '@consulta/web/consultation/feature';
import { ReportPage } from './report-page';
import { reportsRoutes } from './reports.routes';

describe('reportsRoutes', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        // As in app.routes.ts: the consultation feature is tried first.
        provideRouter(
          [
            { path: '', loadChildren: () => consultationRoutes },
            { path: '', loadChildren: () => reportsRoutes },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
  });

  it('reaches the report page past the consultation page, for the latest and for a given version', async () => {
    const harness = await RouterTestingHarness.create();
    const latest = await harness.navigateByUrl('/k/misja-krakowa/report', ReportPage);
    expect(latest.slug()).toBe('misja-krakowa');
    expect(latest.version()).toBeUndefined();
    const earlier = await harness.navigateByUrl('/k/misja-krakowa/report/v/2', ReportPage);
    expect(earlier.version()).toBe('2');
  });
});
