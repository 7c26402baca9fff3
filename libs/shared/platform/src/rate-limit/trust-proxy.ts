import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';

/**
 * Behind a reverse proxy every request comes from the proxy's address; with TRUST_PROXY_HOPS set, Express
 * reads the client's from X-Forwarded-For (that many hops), so per-address rate limits count people, not the proxy.
 */
@Injectable()
export class TrustProxy implements OnApplicationBootstrap {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  onApplicationBootstrap(): void {
    const instance = this.adapterHost.httpAdapter?.getInstance() as { set?: (name: string, value: unknown) => void } | undefined;
    if (this.config.TRUST_PROXY_HOPS > 0) instance?.set?.('trust proxy', this.config.TRUST_PROXY_HOPS);
  }
}
