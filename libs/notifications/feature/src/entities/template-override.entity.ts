import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** An organiser's wording of one message kind for one series and language (parts left null are ours). */
@Entity({ tableName: 'template_override' })
export class TemplateOverrideRow {
  @PrimaryKey({ type: 'uuid' })
  seriesId!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  kind!: string;

  @PrimaryKey({ type: 'string', length: 2 })
  language!: 'fr' | 'en';

  @Property({ type: 'text', nullable: true })
  subject: string | null = null;

  @Property({ type: 'text', nullable: true })
  text: string | null = null;

  @Property({ type: 'text', nullable: true })
  html: string | null = null;

  @Property({ type: 'text', nullable: true })
  chat: string | null = null;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
