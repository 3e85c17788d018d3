import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ErrorCode } from '@consulta/shared/contracts';
import { I18nService } from '@consulta/web/core';
import { LoginPage } from './login-page';

function labelledControl(root: HTMLElement, label: string): HTMLInputElement {
  const element = Array.from(root.querySelectorAll('label')).find((l) => l.textContent?.trim() === label);
  const control = element && root.querySelector<HTMLInputElement>(`#${element.htmlFor}`);
  if (!control) {
    throw new Error(`No control labelled "${label}"`);
  }
  return control;
}

function type(control: HTMLInputElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input'));
}

describe('LoginPage', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lang=; path=/; max-age=0';
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the translated INVALID_CREDENTIALS message as an alert, in Polish and after switching to English', async () => {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    type(labelledControl(page, 'Adres e-mail'), 'jan@example.pl');
    type(labelledControl(page, 'Hasło'), 'wrong password');
    page.querySelector('form')?.dispatchEvent(new Event('submit'));

    const request = TestBed.inject(HttpTestingController).expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'jan@example.pl', password: 'wrong password' });
    request.flush(
      { statusCode: 401, code: ErrorCode.InvalidCredentials, message: 'Invalid e-mail or password' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Nieprawidłowy adres e-mail lub hasło.');

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Wrong e-mail address or password.');
    expect(labelledControl(page, 'E-mail address')).toBeTruthy();
  });

  it('does not call the API and ties field errors to the inputs when the form is empty', async () => {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;

    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();

    const email = labelledControl(page, 'Adres e-mail');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(page.querySelector(`#${describedBy}`)?.textContent).toContain('To pole jest wymagane.');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Formularz zawiera błędy');
    expect(document.activeElement).toBe(email);
  });
});
