import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentOrganiser, OrganiserPrincipal, UuidParam, ZodPipe } from '@cercle/platform';
import { DeliveriesService } from './deliveries.service';
import { listDeliveriesQuery, ListDeliveriesQuery } from './deliveries.schemas';

@ApiTags('deliveries')
@ApiBearerAuth()
@Controller('deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @ApiOperation({
    summary: 'The delivery log of the communities you organise, newest first; filter by status, channel, notification or occurrence',
  })
  list(@CurrentOrganiser() organiser: OrganiserPrincipal, @Query(new ZodPipe(listDeliveriesQuery)) query: ListDeliveriesQuery) {
    return this.deliveries.list(organiser.organiserId, query);
  }

  @Post(':deliveryId/resend')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a failed delivery again' })
  resend(@UuidParam('deliveryId') deliveryId: string) {
    return this.deliveries.resend(deliveryId);
  }
}
