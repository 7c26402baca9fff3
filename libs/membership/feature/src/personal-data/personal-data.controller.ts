import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '@cercle/platform';
import type { Response } from 'express';
import { MemberErasureService } from './member-erasure.service';
import { MemberExportService } from './member-export.service';

@ApiTags('personal data')
@ApiBearerAuth()
@Controller('members/:memberId')
export class PersonalDataController {
  constructor(
    private readonly exports: MemberExportService,
    private readonly erasures: MemberErasureService,
  ) {}

  @Post('export')
  @HttpCode(202)
  @ApiOperation({ summary: "Export a member's data from every service; the parts arrive shortly (GET to follow)" })
  requestExport(@UuidParam('memberId') memberId: string) {
    return this.exports.request(memberId);
  }

  @Get('export')
  @ApiOperation({ summary: "The member's latest export: the parts in so far, or all of it once complete" })
  latestExport(@UuidParam('memberId') memberId: string) {
    return this.exports.latest(memberId);
  }

  @Post('erase')
  @ApiOperation({ summary: 'Erase a member in every service (202); a member already erased answers 200 with the report' })
  async erase(@UuidParam('memberId') memberId: string, @Res({ passthrough: true }) response: Response) {
    const { created, erasure } = await this.erasures.erase(memberId);
    response.status(created ? 202 : 200);
    return erasure;
  }

  @Get('erase')
  @ApiOperation({ summary: 'The erasure report: what each service changed, and coming occurrences that lost their guide' })
  erasureReport(@UuidParam('memberId') memberId: string) {
    return this.erasures.latest(memberId);
  }
}
