import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { redirect, reply } from '../http/page-result';

/** The console's address: signed-in organisers land on their communities (the guard sends others to sign in). */
@Controller('console')
export class HomeController {
  @Get()
  home(@Res() response: Response): void {
    reply(response, redirect('/console/communities'));
  }
}
