import { TestBed } from '@angular/core/testing';
import { JobProgressBar } from './job-progress-bar';

describe('JobProgressBar', () => {
  async function render(inputs: { label: string; value: number | null; status: string; finished?: boolean }) {
    const fixture = TestBed.createComponent(JobProgressBar);
    const set = async (next: Partial<typeof inputs>): Promise<void> => {
      for (const [name, value] of Object.entries(next)) fixture.componentRef.setInput(name, value);
      await fixture.whenStable();
    };
    await set(inputs);
    const root = fixture.nativeElement as HTMLElement;
    const progress = (): HTMLProgressElement => root.querySelector('progress') as HTMLProgressElement;
    const liveRegion = (): HTMLElement => root.querySelector('[aria-live="polite"]') as HTMLElement;
    return { root, set, progress, liveRegion };
  }

  it('labels the progress bar and shows the value and the status', async () => {
    const { root, progress } = await render({ label: 'Generowanie raportu', value: 0.4, status: 'W toku: 40%' });

    const label = root.querySelector('label') as HTMLLabelElement;
    expect(label.textContent?.trim()).toBe('Generowanie raportu');
    expect(label.htmlFor).toBe(progress().id);
    expect(progress().getAttribute('max')).toBe('100');
    expect(progress().value).toBe(40);
    expect(progress().getAttribute('aria-valuetext')).toBe('W toku: 40%');
    expect(root.querySelector('.job-progress__status')?.textContent).toBe('W toku: 40%');
  });

  it('is indeterminate while the value is unknown', async () => {
    const { progress } = await render({ label: 'Task progress', value: null, status: 'Waiting in the queue' });

    expect(progress().hasAttribute('value')).toBe(false);
    expect(progress().getAttribute('aria-valuetext')).toBe('Waiting in the queue');
  });

  it('announces politely at each quarter and at the end, not on every change', async () => {
    const { set, liveRegion } = await render({ label: 'Postęp zadania', value: 0.05, status: 'W toku: 5%' });
    expect(liveRegion().getAttribute('role')).toBe('status');
    expect(liveRegion().textContent?.trim()).toBe('W toku: 5%');

    await set({ value: 0.1, status: 'W toku: 10%' });
    await set({ value: 0.2, status: 'W toku: 20%' });
    expect(liveRegion().textContent?.trim()).toBe('W toku: 5%');

    await set({ value: 0.3, status: 'W toku: 30%' });
    expect(liveRegion().textContent?.trim()).toBe('W toku: 30%');

    await set({ value: 0.45, status: 'W toku: 45%' });
    expect(liveRegion().textContent?.trim()).toBe('W toku: 30%');

    await set({ value: 1, status: 'Gotowe', finished: true });
    expect(liveRegion().textContent?.trim()).toBe('Gotowe');
  });

  it('gives each instance its own id', async () => {
    const first = await render({ label: 'A', value: 0, status: 'a' });
    const second = await render({ label: 'B', value: 0, status: 'b' });
    expect(first.progress().id).not.toBe(second.progress().id);
  });
});
