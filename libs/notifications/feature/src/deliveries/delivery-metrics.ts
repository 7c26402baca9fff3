import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, raw } from '@mikro-orm/postgresql';
import { Gauge, type Registry } from 'prom-client';
import { METRICS } from '@cercle/platform';
import { Delivery } from '../entities/delivery.entity';

/**
 * The delivery log by kind, channel and status, counted in the database when Prometheus scrapes: the
 * log is the truth (every replica writes it, exactly once per recipient), so no replica's counter in
 * memory can drift from it or be lost with a restart.
 */
@Injectable()
export class DeliveryMetrics implements OnModuleInit {
  constructor(
    @Inject(METRICS) private readonly registry: Registry,
    private readonly em: EntityManager,
  ) {}

  onModuleInit(): void {
    const em = this.em;
    new Gauge({
      name: 'cercle_deliveries',
      help: 'Deliveries in the delivery log by message kind, channel and status',
      labelNames: ['kind', 'channel', 'status'],
      registers: [this.registry],
      async collect() {
        const rows = (await em
          .fork()
          .createQueryBuilder(Delivery, 'd')
          .select(['d.kind', 'd.channel', 'd.status', raw('count(*) as count')])
          .groupBy(['d.kind', 'd.channel', 'd.status'])
          .execute('all', false)) as Array<{ kind: string; channel: string; status: string; count: string }>;
        this.reset();
        for (const row of rows) this.set({ kind: row.kind, channel: row.channel, status: row.status }, Number(row.count));
      },
    });
  }
}
