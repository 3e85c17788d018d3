import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, RouterOutlet, provideRouter } from '@angular/router';
import { NavigationFocus } from './navigation-focus';

@Component({ selector: 'cs-test-shell', imports: [RouterOutlet], template: '<main><router-outlet /></main>' })
class Shell {}

@Component({ selector: 'cs-test-home', template: '<h1>Strona główna</h1>' })
class HomePage {}

@Component({ selector: 'cs-test-register', template: '<h1>Załóż konto</h1><input aria-label="E-mail" />' })
class RegisterPage {}

/** A page whose route resolves slowly, like a lazy chunk on a loaded machine. */
const slowly = (): Promise<boolean> => new Promise((resolve) => setTimeout(() => resolve(true), 50));

describe('NavigationFocus', () => {
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: HomePage, canActivate: [slowly] },
          { path: 'register', component: RegisterPage },
        ]),
      ],
    });
    const fixture = TestBed.createComponent(Shell);
    document.body.appendChild(fixture.nativeElement as HTMLElement);
    router = TestBed.inject(Router);
    TestBed.runInInjectionContext(() => TestBed.inject(NavigationFocus).start());
  });

  afterEach(() => {
    document.body.innerHTML = '';
  });

  const heading = (): HTMLElement | null => document.querySelector('main h1');
  const settle = async (): Promise<void> => {
    await TestBed.inject(Router).navigated;
    await new Promise((resolve) => setTimeout(resolve, 120));
    TestBed.tick();
  };

  it('leaves focus alone on the first page load', async () => {
    await router.navigateByUrl('/');
    await settle();

    expect(heading()?.textContent).toBe('Strona główna');
    expect(document.activeElement).toBe(document.body);
  });

  it('moves focus to the new page heading after an in-app navigation', async () => {
    await router.navigateByUrl('/');
    await settle();
    await router.navigateByUrl('/register');
    await settle();

    expect(document.activeElement).toBe(heading());
    expect(heading()?.textContent).toBe('Załóż konto');
    expect(heading()?.getAttribute('tabindex')).toBe('-1');
  });

  it('moves focus when a link is followed before the first page finished loading', async () => {
    const first = router.navigateByUrl('/');
    const second = router.navigateByUrl('/register');
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    await settle();

    expect(heading()?.textContent).toBe('Załóż konto');
    expect(document.activeElement).toBe(heading());
  });
});
