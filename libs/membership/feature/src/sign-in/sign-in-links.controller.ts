import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodPipe } from '@cercle/platform';
import { SignInLinksService } from './sign-in-links.service';
import { redeemSignInLinkBody, RedeemSignInLinkBody, requestSignInLinkBody, RequestSignInLinkBody } from './sign-in.schemas';

/** The console's sign-in by emailed link (open routes, rate-limited per client address). */
@ApiTags('organisers')
@Controller('organisers/sign-in-links')
export class SignInLinksController {
  constructor(private readonly links: SignInLinksService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Email a single-use 15-minute console sign-in link to this organiser email; the same answer for any email' })
  @ApiZodBody(requestSignInLinkBody)
  async request(@Body(new ZodPipe(requestSignInLinkBody)) body: RequestSignInLinkBody) {
    await this.links.request(body);
    return { status: 'accepted' };
  }

  @Post('redeem')
  @HttpCode(201)
  @ApiOperation({ summary: 'Spend a sign-in link: a new expiring API token for the organiser (410 when unknown, expired or used)' })
  @ApiZodBody(redeemSignInLinkBody)
  redeem(@Body(new ZodPipe(redeemSignInLinkBody)) body: RedeemSignInLinkBody) {
    return this.links.redeem(body);
  }
}
