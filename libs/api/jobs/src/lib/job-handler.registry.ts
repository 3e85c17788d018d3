import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JobHandler, JobProcessor } from './job-handler';

/** Job kinds: letters, digits, dots, dashes and underscores, starting with a letter (e.g. `maintenance.sessions`). */
export const JOB_KIND_PATTERN = /^[a-z][a-z0-9._-]{0,99}$/;

/** Every @JobHandler provider of the app, by kind. Filled once at start-up, before the worker starts. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, JobProcessor<unknown, Record<string, unknown> | void>>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: JobHandler.KEY })) {
      const kind = this.discovery.getMetadataByDecorator(JobHandler, wrapper);
      if (!kind || !JOB_KIND_PATTERN.test(kind)) throw new Error(`@JobHandler on ${wrapper.name}: invalid job kind "${kind}"`);
      if (!wrapper.isDependencyTreeStatic()) throw new Error(`@JobHandler('${kind}') ${wrapper.name} must not be request-scoped`);
      const instance = wrapper.instance as Partial<JobProcessor<unknown>> | undefined;
      if (typeof instance?.process !== 'function') throw new Error(`@JobHandler('${kind}') ${wrapper.name} has no process() method`);
      if (this.handlers.has(kind)) throw new Error(`Two handlers for job kind "${kind}"`);
      this.handlers.set(kind, instance as JobProcessor<unknown, Record<string, unknown> | void>);
    }
  }

  get(kind: string): JobProcessor<unknown, Record<string, unknown> | void> | undefined {
    return this.handlers.get(kind);
  }

  has(kind: string): boolean {
    return this.handlers.has(kind);
  }

  kinds(): string[] {
    return [...this.handlers.keys()].sort();
  }
}
