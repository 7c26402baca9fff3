import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { buildOrganiserFormat, builtInFormats, Format, UnknownFormatError } from '@cercle/events-domain';
import { OrganiserFormat } from '../entities/organiser-format.entity';
import { CLOCK, Clock } from '@cercle/platform';

/** Formats organisers define for themselves, beside the built-in ones. */
@Injectable()
export class OrganiserFormats {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(organiserId: string, input: unknown): Promise<Format> {
    const definition = buildOrganiserFormat(randomUUID(), input);
    const em = this.em.fork();
    em.create(OrganiserFormat, { id: definition.id, organiserId, definition, createdAt: this.clock.now() });
    await em.flush();
    return definition;
  }

  /** The built-in formats, then the organiser's own (oldest first). */
  async list(organiserId: string | null): Promise<Format[]> {
    if (!organiserId) return [...builtInFormats];
    const own = await this.em.fork().find(OrganiserFormat, { organiserId }, { orderBy: { createdAt: 'asc' } });
    return [...builtInFormats, ...own.map((row) => row.definition)];
  }

  /** A built-in format, or one this organiser defined; another organiser's format is unknown here. */
  async resolve(em: EntityManager, organiserId: string, formatId: string): Promise<{ format: Format; builtIn: boolean }> {
    const builtIn = builtInFormats.find((format) => format.id === formatId);
    if (builtIn) return { format: builtIn, builtIn: true };
    const own = await em.findOne(OrganiserFormat, { id: formatId, organiserId });
    if (!own) throw new UnknownFormatError(formatId);
    return { format: own.definition, builtIn: false };
  }
}
