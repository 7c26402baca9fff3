import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganiserGuard, ZodPipe } from '@cercle/platform';
import { DeliveriesService } from './deliveries.service';
import { listDeliveriesQuery, ListDeliveriesQuery } from './deliveries.schemas';

@ApiTags('deliveries')
@ApiBearerAuth()
@UseGuards(OrganiserGuard)
@Controller('deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @ApiOperation({ summary: 'The delivery log, newest first; filter by status, channel or notification' })
  list(@Query(new ZodPipe(listDeliveriesQuery)) query: ListDeliveriesQuery) {
    return this.deliveries.list(query);
  }

  @Post(':deliveryId/resend')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a failed delivery again' })
  resend(@Param('deliveryId', ParseUUIDPipe) deliveryId: string) {
    return this.deliveries.resend(deliveryId);
  }
}
