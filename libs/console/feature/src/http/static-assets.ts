import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * Serves the State design system from the installation itself (no CDN: pages keep working on a closed
 * network, and no third party sees who opens them), and the console's own small stylesheet.
 */
export function serveStaticAssets(app: NestExpressApplication): void {
  const dsfr = join(dirname(require.resolve('@gouvfr/dsfr/package.json')), 'dist');
  app.useStaticAssets(dsfr, { prefix: '/console/dsfr/', immutable: true, maxAge: '7d', index: false });
  app.useStaticAssets(join(__dirname, '..', 'assets'), { prefix: '/console/assets/', maxAge: '1h', index: false });
}

/**
 * Parses multipart forms (a CSV import) before the guards run, so the CSRF token in the form's body is
 * checked like any other form's. File inputs are named `file`; one file, in memory, 5 MB at most.
 */
export function parseMultipartForms(app: NestExpressApplication): void {
  const multer = require('multer') as (options: object) => {
    single(field: string): (req: unknown, res: unknown, next: () => void) => void;
  };
  app.use(multer({ storage: (require('multer') as any).memoryStorage(), limits: { fileSize: 5 * 1024 * 1024, files: 1 } }).single('file'));
}
