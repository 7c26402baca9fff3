import { Module } from '@nestjs/common';
import { HealthAlerts } from './health/health-alerts';
import { HealthChecksController } from './health/health-checks.controller';
import { HealthSettingsService } from './health/health-settings.service';
import { MemoryController } from './memory/memory.controller';
import { SeriesMemory } from './memory/series-memory.service';
import { ContributionPageController } from './contributions/contribution-page.controller';
import { ContributionPageService } from './contributions/contribution-page.service';
import { ContributionsController } from './contributions/contributions.controller';
import { ContributionsService } from './contributions/contributions.service';
import { EventsInbox } from './inbox/events.inbox';
import { LifecycleConsumer } from './lifecycle/lifecycle.consumer';
import { LifecycleService } from './lifecycle/lifecycle.service';
import { OccurrencePlanner } from './lifecycle/occurrence-planner';
import { OccurrenceNotesController } from './notes/occurrence-notes.controller';
import { NotesArchiveController } from './notes/notes-archive.controller';
import { NotesSearch } from './notes/notes-search';
import { NotesService } from './notes/notes.service';
import { StepJobs } from './lifecycle/step-jobs';
import { ScribeNotesController } from './notes/scribe-notes.controller';
import { OccurrenceReader } from './occurrences/occurrence-reader';
import { OccurrencesController } from './occurrences/occurrences.controller';
import { OccurrencesService } from './occurrences/occurrences.service';
import { RolesController } from './roles/roles.controller';
import { RolesService } from './roles/roles.service';
import { RoleResponseController } from './rotation/role-response.controller';
import { RoleResponseService } from './rotation/role-response.service';
import { RotationController } from './rotation/rotation.controller';
import { RotationService } from './rotation/rotation.service';
import { FormatsController } from './series/formats.controller';
import { SeriesController } from './series/series.controller';
import { SeriesService } from './series/series.service';
import { BallotController } from './topics/ballot.controller';
import { BallotService } from './topics/ballot.service';
import { OccurrenceTopicsController } from './topics/occurrence-topics.controller';
import { TopicsController } from './topics/topics.controller';
import { TopicsService } from './topics/topics.service';
import { ScribesController } from './workshops/scribes.controller';
import { ScribesService } from './workshops/scribes.service';
import { OccurrenceChanges } from './occurrences/occurrence-changes.service';
import { SeriesEdits } from './series/series-edits.service';
import { OrganiserFormats } from './series/organiser-formats.service';
import { DayController } from './day/day.controller';
import { DayLinkController } from './day/day-link.controller';
import { DayService } from './day/day.service';
import { ProgrammePostService } from './day/programme-post';
import { ChatActionsService } from './chat/chat-actions.service';
import { ChatCommandService } from './chat/chat-command.service';
import { ChatController } from './chat/chat.controller';
import { ChatDirectory } from './chat/chat-directory';
import { CLOCK, systemClock } from '@cercle/platform';
import { SeriesPreviews } from './series/series-preview.service';
import { ChangeAudience } from './occurrences/change-audience.service';

@Module({
  controllers: [
    FormatsController,
    SeriesController,
    OccurrencesController,
    ScribeNotesController,
    // Topics, workshops and notes (issue 3, items 5 and 8).
    OccurrenceTopicsController,
    BallotController,
    TopicsController,
    ScribesController,
    NotesArchiveController,
    OccurrenceNotesController,
    // Roles, contributions and rotation (issue 3, items 6 and 7).
    RolesController,
    ContributionsController,
    ContributionPageController,
    RotationController,
    RoleResponseController,
    // The open forum's day: the room's page, its link and QR code, the programme posted to the channel.
    DayController,
    DayLinkController,
    // Members act from the chat: the /cercle slash command and the buttons of Cercle's posts.
    ChatController,
    // Health alerts: the checks chosen per series.
    HealthChecksController,
    // The series' memory of its past occurrences.
    MemoryController,
  ],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    StepJobs,
    OccurrencePlanner,
    LifecycleService,
    OccurrenceChanges,
    OrganiserFormats,
    SeriesService,
    SeriesEdits,
    SeriesPreviews,
    ChangeAudience,
    OccurrenceReader,
    OccurrencesService,
    EventsInbox,
    LifecycleConsumer,
    TopicsService,
    BallotService,
    ScribesService,
    NotesService,
    NotesSearch,
    RolesService,
    ContributionsService,
    ContributionPageService,
    RotationService,
    RoleResponseService,
    DayService,
    ProgrammePostService,
    ChatDirectory,
    ChatCommandService,
    ChatActionsService,
    HealthAlerts,
    HealthSettingsService,
    SeriesMemory,
  ],
})
export class EventsFeatureModule {}
