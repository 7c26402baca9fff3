import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CLOCK, Clock } from '@cercle/platform';
import { assertDurationFitsAgenda, previewSeries, type SeriesPreview } from '@cercle/events-domain';
import { OrganiserFormats } from './organiser-formats.service';
import type { PreviewSeriesBody } from './series.schemas';

/** What creating a series would plan, with the same checks as creating it, and nothing written. */
@Injectable()
export class SeriesPreviews {
  constructor(
    private readonly em: EntityManager,
    private readonly formats: OrganiserFormats,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async preview(organiserId: string, body: PreviewSeriesBody): Promise<SeriesPreview> {
    const { format } = await this.formats.resolve(this.em.fork(), organiserId, body.formatId);
    const durationMinutes = body.recurrence.durationMinutes ?? format.defaultDurationMinutes;
    assertDurationFitsAgenda(format, durationMinutes);
    return previewSeries(
      { recurrence: { ...body.recurrence, durationMinutes }, format, stepOffsets: body.stepOffsets, count: body.count },
      this.clock.now(),
    );
  }
}
