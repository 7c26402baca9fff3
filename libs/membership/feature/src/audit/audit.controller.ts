import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UuidParam, ZodPipe } from '@cercle/platform';
import { auditPage } from './audit-log';

const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

@ApiTags('communities')
@ApiBearerAuth()
@Controller('communities')
export class AuditController {
  constructor(private readonly em: EntityManager) {}

  @Get(':communityId/audit')
  @ApiOperation({ summary: "What the community's organisers changed, in every service, newest first (?limit, ?offset)" })
  audit(@UuidParam('communityId') communityId: string, @Query(new ZodPipe(auditQuery)) query: z.infer<typeof auditQuery>) {
    return auditPage(this.em.fork(), communityId, query);
  }
}
