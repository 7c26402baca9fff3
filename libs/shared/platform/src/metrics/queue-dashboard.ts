import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from '@cercle/contracts';
import { SERVICE_CONFIG, type ServiceConfig } from '../config/service-config';
import { bullConnectionOptions, queueBackendFrom } from '../messaging/queue-backend';

export const QUEUE_DASHBOARD_PATH = '/queues';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The admin token, as a bearer token (scripts) or as the password of HTTP Basic (a browser asks for it;
 * any user name). This router lives outside Nest's controllers, so the access table's guard never sees it:
 * it checks the token itself.
 */
function adminOnly(adminToken: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization ?? '';
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const basic = /^Basic\s+(\S+)$/i.exec(header)?.[1];
    const password = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':').slice(1).join(':') : undefined;
    const given = bearer ?? password;
    if (given && sameSecret(given, adminToken)) return next();
    res
      .status(401)
      .set('WWW-Authenticate', 'Basic realm="Cercle : files d\'attente", charset="UTF-8"')
      .type('text/plain; charset=utf-8')
      .send("Jeton administrateur requis (mot de passe : le jeton ADMIN_TOKEN, nom d'utilisateur au choix).");
  };
}

/**
 * bull-board over every queue of Cercle (all services' queues live on one backend, Redis or PostgreSQL):
 * waiting, delayed, failed and completed jobs, with retry of failed ones, for operators. A provider, so
 * that its queue connections close with the application.
 */
@Injectable()
export class QueueDashboard implements OnApplicationShutdown {
  private queues: Queue[] = [];

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  mount(app: NestExpressApplication, adminToken: string): void {
    const bull = bullConnectionOptions(queueBackendFrom(this.config));
    this.queues = Object.values(QueueName).map((name) => new Queue(name, bull as ConstructorParameters<typeof Queue>[1]));
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.map((queue) => new BullMQAdapter(queue)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Cercle' } },
    });
    app.use(QUEUE_DASHBOARD_PATH, adminOnly(adminToken), serverAdapter.getRouter());
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close()));
  }
}
