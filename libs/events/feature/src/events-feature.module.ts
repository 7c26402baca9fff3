import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from './clock';
import { EventsInbox } from './inbox/events.inbox';
import { LifecycleConsumer } from './lifecycle/lifecycle.consumer';
import { LifecycleService } from './lifecycle/lifecycle.service';
import { OccurrencePlanner } from './lifecycle/occurrence-planner';
import { StepJobs } from './lifecycle/step-jobs';
import { ScribeNotesController } from './notes/scribe-notes.controller';
import { OccurrenceReader } from './occurrences/occurrence-reader';
import { OccurrencesController } from './occurrences/occurrences.controller';
import { OccurrencesService } from './occurrences/occurrences.service';
import { OccurrenceChanges } from './occurrences/occurrence-changes.service';
import { FormatsController } from './series/formats.controller';
import { SeriesController } from './series/series.controller';
import { SeriesService } from './series/series.service';
import { SeriesEdits } from './series/series-edits.service';
import { OrganiserFormats } from './series/organiser-formats.service';
import { OptionalOrganiserGuard } from './series/optional-organiser.guard';

@Module({
  controllers: [FormatsController, SeriesController, OccurrencesController, ScribeNotesController],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    StepJobs,
    OccurrencePlanner,
    LifecycleService,
    OccurrenceChanges,
    OrganiserFormats,
    OptionalOrganiserGuard,
    SeriesService,
    SeriesEdits,
    OccurrenceReader,
    OccurrencesService,
    EventsInbox,
    LifecycleConsumer,
  ],
})
export class EventsFeatureModule {}
