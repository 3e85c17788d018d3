import { TestBed } from '@angular/core/testing';
import { Locale } from '@consulta/shared/contracts';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  it('renders a labelled group of toggle buttons and emits the chosen language', async () => {
    const fixture = TestBed.createComponent(LanguageSwitch);
    fixture.componentRef.setInput('label', 'Język');
    fixture.componentRef.setInput('current', 'pl');
    fixture.componentRef.setInput('options', [
      { locale: 'pl', name: 'Polski' },
      { locale: 'en', name: 'English' },
    ]);
    const selected: Locale[] = [];
    fixture.componentInstance.languageSelected.subscribe((locale) => selected.push(locale));
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Język');
    const [polish, english] = Array.from(root.querySelectorAll('button'));
    expect(polish.getAttribute('aria-pressed')).toBe('true');
    expect(english.getAttribute('aria-pressed')).toBe('false');
    expect(english.getAttribute('lang')).toBe('en');

    english.click();
    polish.click();

    expect(selected).toEqual(['en']);
  });
});
