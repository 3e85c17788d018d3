import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lang=; path=/; max-age=0';
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
  });

  it('has the landmarks, a skip link to <main id="main"> and a labelled main navigation', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    expect(root.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(root.querySelector('header')).not.toBeNull();
    expect(root.querySelector('main#main')).not.toBeNull();
    expect(root.querySelector('footer')).not.toBeNull();
    expect(root.querySelector('header nav')?.getAttribute('aria-label')).toBe('Menu główne');
  });

  it('switches the whole shell to English without a reload', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const english = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'English');

    english?.click();
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('en');
    expect(root.querySelector('header nav')?.getAttribute('aria-label')).toBe('Main menu');
    expect(root.querySelector('a.skip-link')?.textContent?.trim()).toBe('Skip to content');
    expect(english?.getAttribute('aria-pressed')).toBe('true');
  });
});
