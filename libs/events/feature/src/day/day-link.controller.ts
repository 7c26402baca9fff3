import { Controller, Get, HttpCode, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import QRCode from 'qrcode';
import { UuidParam, UseCaseError } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { DayService } from './day.service';
import { ProgrammePostService } from './programme-post';

/** What the organisers need on the day: the room's link and its QR code, and posting the programme. */
@ApiTags('day')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('occurrences')
export class DayLinkController {
  constructor(
    private readonly day: DayService,
    private readonly programme: ProgrammePostService,
  ) {}

  @Get(':occurrenceId/day-link')
  @ApiOperation({ summary: "The room's link of the occurrence's day (valid on its local day) with its QR code as SVG" })
  async link(@UuidParam('occurrenceId') occurrenceId: string) {
    const link = await this.day.link(occurrenceId);
    return { ...link, qrCodeSvg: await QRCode.toString(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
  }

  @Get(':occurrenceId/day-link/qr')
  @ApiOperation({ summary: "The room's link as a QR code to print or project: SVG, or PNG with ?format=png" })
  async qr(@UuidParam('occurrenceId') occurrenceId: string, @Query('format') format: string | undefined, @Res() res: Response) {
    if (format !== undefined && format !== 'svg' && format !== 'png')
      throw new UseCaseError('invalid-format', 400, 'format is svg (default) or png.');
    const { url } = await this.day.link(occurrenceId);
    if (format === 'png') {
      // Sharp on a projector; for a poster, the SVG scales without limit.
      return res.type('image/png').send(await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 512 }));
    }
    res.type('image/svg+xml').send(await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
  }

  @Post(':occurrenceId/programme/post')
  @HttpCode(202)
  @ApiOperation({
    summary: "Post the day's programme (room × slot) to the community's channel; 409 programme-unchanged when it is as last posted",
  })
  post(@UuidParam('occurrenceId') occurrenceId: string) {
    return this.programme.post(occurrenceId);
  }
}
