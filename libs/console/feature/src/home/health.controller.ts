import { Controller, Get } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PublicPage } from '../shell/page-context';

/** Probes for the launcher and docker-compose: live when the process answers, ready when its database does. */
@Controller('health')
@PublicPage()
export class HealthController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  async health() {
    return this.ready();
  }

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    await this.em.fork().getConnection().execute('select 1');
    return { status: 'ok' };
  }
}
