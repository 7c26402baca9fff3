import { Controller, Get, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganiserGuard } from '@cercle/platform';
import { DeliveriesService } from './deliveries.service';

@ApiTags('notifications')
@ApiBearerAuth()
@UseGuards(OrganiserGuard)
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get(':notificationId')
  @ApiOperation({ summary: 'A notification with its delivery counts by status and channel' })
  get(@Param('notificationId', ParseUUIDPipe) notificationId: string) {
    return this.deliveries.summary(notificationId);
  }
}
