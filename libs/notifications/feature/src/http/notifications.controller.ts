import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '@cercle/platform';
import { EntityManager } from '@mikro-orm/postgresql';

import { Recipient } from '../entities/recipient.entity';
import { PreferencesService } from '../preferences/preferences.service';
import { DeliveriesService } from './deliveries.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly deliveries: DeliveriesService,
    private readonly em: EntityManager,
    private readonly preferences: PreferencesService,
  ) {}

  @Get('members/:memberId/preferences')
  @ApiOperation({ summary: "A member's notification preferences (channels, language, unsubscriptions)" })
  async memberPreferences(@UuidParam('memberId') memberId: string) {
    // The member's calendar feed link is theirs alone (a signed link): organisers see the choices, not it.
    const { calendars: _personal, ...view } = await this.preferences.view(memberId);
    return view;
  }

  /**
   * How many members of a community this service can reach now. Members travel here by message, so a
   * member added a moment ago may not be counted yet; an organiser (or the demo) can check before announcing.
   */
  @Get('communities/:communityId/recipients')
  @ApiOperation({ summary: 'How many active members of a community notifications knows of' })
  async recipients(@UuidParam('communityId') communityId: string) {
    return { communityId, active: await this.em.fork().count(Recipient, { communityId, active: true }) };
  }

  @Get(':notificationId')
  @ApiOperation({ summary: 'A notification with its delivery counts by status and channel' })
  get(@UuidParam('notificationId') notificationId: string) {
    return this.deliveries.summary(notificationId);
  }
}
