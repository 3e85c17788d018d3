import { Injectable } from '@nestjs/common';

/** Lets a local enqueue wake this process's idle worker at once instead of at its next poll. */
@Injectable()
export class JobWakeUp {
  private waiting: (() => void) | null = null;
  private pending = false;

  notify(): void {
    if (this.waiting) {
      const wake = this.waiting;
      this.waiting = null;
      wake();
    } else {
      this.pending = true;
    }
  }

  /** Resolves after `ms`, or earlier on notify() (also one that came while nobody waited). */
  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.waiting === done) this.waiting = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.waiting = done;
    });
  }
}
