import { Injectable, computed, inject, signal } from '@angular/core';
import { CommentDto, MyParticipationDto, UpdateCommentRequest } from '@consulta/shared/contracts';
import { ParticipationApi } from './participation-api';

/** The signed-in person's comments and replies. Provide it in the "My participation" page. */
@Injectable()
export class MyParticipationStore {
  private readonly api = inject(ParticipationApi);
  private readonly data = signal<MyParticipationDto | null>(null);
  private readonly failure = signal<unknown>(null);
  private readonly busy = signal(false);

  readonly comments = computed(() => this.data()?.comments ?? []);
  readonly replies = computed(() => this.data()?.replies ?? []);
  readonly loaded = computed(() => this.data() !== null);
  readonly loading = this.busy.asReadonly();
  readonly error = this.failure.asReadonly();

  async load(): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      this.data.set(await this.api.myParticipation());
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.busy.set(false);
    }
  }

  async update(id: string, request: UpdateCommentRequest): Promise<void> {
    this.replace(await this.api.updateComment(id, request));
  }

  async withdraw(id: string): Promise<void> {
    this.replace(await this.api.withdrawComment(id));
  }

  private replace(updated: CommentDto): void {
    this.data.update((data) =>
      data ? { ...data, comments: data.comments.map((c) => (c.id === updated.id ? { ...c, ...updated } : c)) } : data,
    );
  }
}
