import { JobContext, JobHandler, JobProcessor } from '@consulta/api/jobs';
import { Injectable } from '@nestjs/common';
import { DISCOVER_JOB, DiscoverJobPayload, DiscoveryService } from '../services/discovery.service';
import { SUGGEST_JOB, SuggestJobPayload, SuggestionService } from '../services/suggestion.service';

/** 'themes.suggest': suggestions of existing themes for the comments no theme covers. */
@JobHandler(SUGGEST_JOB)
@Injectable()
export class SuggestThemesHandler implements JobProcessor<SuggestJobPayload, { suggestions: number; comments: number }> {
  constructor(private readonly suggestions: SuggestionService) {}

  process(context: JobContext<SuggestJobPayload>): Promise<{ suggestions: number; comments: number }> {
    return this.suggestions.run(context);
  }
}

/** 'themes.discover': new theme proposals among the comments no theme covers. */
@JobHandler(DISCOVER_JOB)
@Injectable()
export class DiscoverThemesHandler implements JobProcessor<DiscoverJobPayload, { proposals: number; comments: number }> {
  constructor(private readonly discovery: DiscoveryService) {}

  process(context: JobContext<DiscoverJobPayload>): Promise<{ proposals: number; comments: number }> {
    return this.discovery.run(context);
  }
}
