import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodPipe } from '@cercle/platform';
import {
  previewBody,
  type PreviewBody,
  previewQuery,
  templateKey,
  type TemplateKey,
  templateOverrideBody,
  type TemplateOverrideBody,
} from './templates.schemas';
import { TemplatesService } from './templates.service';

@ApiTags('templates')
@ApiBearerAuth()
@Controller()
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get('notifications/templates/:seriesId/:kind/:language')
  @ApiOperation({ summary: 'The built-in template of a kind and the series override, if any' })
  get(@Param(new ZodPipe(templateKey)) key: TemplateKey) {
    return this.templates.get(key);
  }

  @Put('notifications/templates/:seriesId/:kind/:language')
  @ApiZodBody(templateOverrideBody)
  @ApiOperation({ summary: 'Override parts of a template for a series (checked by compiling and rendering it)' })
  put(@Param(new ZodPipe(templateKey)) key: TemplateKey, @Body(new ZodPipe(templateOverrideBody)) body: TemplateOverrideBody) {
    return this.templates.put(key, body);
  }

  @Delete('notifications/templates/:seriesId/:kind/:language')
  @HttpCode(204)
  @ApiOperation({ summary: 'Go back to the built-in template' })
  async remove(@Param(new ZodPipe(templateKey)) key: TemplateKey) {
    await this.templates.remove(key);
  }

  @Post('previews')
  @HttpCode(200)
  @ApiZodBody(previewBody)
  @ApiOperation({ summary: 'Render a kind (subject, text, html, chat) on sample data, with the series override' })
  preview(@Body(new ZodPipe(previewBody)) body: PreviewBody) {
    return this.templates.preview(body);
  }

  @Get('previews')
  @ApiOperation({ summary: 'Render a kind on the built-in sample' })
  previewSample(@Query(new ZodPipe(previewQuery)) query: PreviewBody) {
    return this.templates.preview(query);
  }
}
