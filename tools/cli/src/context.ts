import { Api } from './api-client';
import { configPath, readConfig } from './config';
import { CliError, ExitCode } from './exit-codes';
import { Output } from './output';
import { Language, Text, textFor } from './text/text';

/** What every command gets: the words in the user's language, the output mode and the way to the API. */
export interface Context {
  language: Language;
  text: Text;
  out: Output;
  configFile: string;
  /** The API with the organiser token: from CERCLE_API_URL / CERCLE_TOKEN, else from the configuration. */
  api(): Api;
}

export interface GlobalOptions {
  json?: boolean;
  lang?: string;
  config?: string;
}

export function contextFor(options: GlobalOptions, language: Language, env: NodeJS.ProcessEnv = process.env): Context {
  const text = textFor(language);
  const configFile = configPath(options.config);
  return {
    language,
    text,
    out: new Output(Boolean(options.json)),
    configFile,
    api() {
      const read = readConfig(configFile);
      if (read.state === 'invalid' && !(env.CERCLE_API_URL && env.CERCLE_TOKEN)) {
        throw new CliError(text.errors.invalidConfig(configFile, read.reason), ExitCode.usage, 'config-invalid');
      }
      const stored = read.state === 'ok' ? read.config : null;
      const apiUrl = env.CERCLE_API_URL || stored?.apiUrl;
      const token = env.CERCLE_TOKEN || stored?.token;
      if (!apiUrl || !token) throw new CliError(text.errors.noConfig(configFile), ExitCode.usage, 'config-missing');
      return new Api(apiUrl, token, text);
    },
  };
}

/** Polls `ready` until it answers true or the deadline passes; answers whether it became ready. */
export async function waitUntil(ready: () => Promise<boolean>, timeoutMs: number, intervalMs = 300): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await ready()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
