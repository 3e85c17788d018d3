import { Injectable, computed, inject, signal } from '@angular/core';
import { AreaDto, CommentDto, MyParticipationDto, UpdateCommentRequest } from '@consulta/shared/contracts';
import { ParticipationApi } from './participation-api';

/** The signed-in person's comments and replies. Provide it in the "My participation" page. */
@Injectable()
export class MyParticipationStore {
  private readonly api = inject(ParticipationApi);
  private readonly data = signal<MyParticipationDto | null>(null);
  private readonly failure = signal<unknown>(null);
  private readonly busy = signal(false);
  private readonly areasBySlug = signal<ReadonlyMap<string, AreaDto[]>>(new Map());

  readonly comments = computed(() => this.data()?.comments ?? []);
  readonly replies = computed(() => this.data()?.replies ?? []);
  readonly loaded = computed(() => this.data() !== null);
  readonly loading = this.busy.asReadonly();
  readonly error = this.failure.asReadonly();

  async load(): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      const data = await this.api.myParticipation();
      this.data.set(data);
      // Area names for the comments that name one (a person comments on few consultations).
      const slugs = new Set(data.comments.filter((comment) => comment.areaKey).map((comment) => comment.consultationSlug));
      await Promise.all([...slugs].map((slug) => this.loadAreas(slug)));
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** A consultation's areas once `loadAreas` has read them; null until then (or when reading failed). */
  areas(slug: string): AreaDto[] | null {
    return this.areasBySlug().get(slug) ?? null;
  }

  /** Reads a consultation's areas for editing a comment's area; a failure leaves them unknown (the area is then not offered). */
  async loadAreas(slug: string): Promise<void> {
    if (this.areasBySlug().has(slug)) return;
    try {
      const areas = await this.api.consultationAreas(slug);
      this.areasBySlug.update((known) => new Map(known).set(slug, areas));
    } catch {
      // Editing still works for the text, stance and wording.
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
