import { join } from 'node:path';
import { z } from 'zod';
import { isAllowedServerUrl } from '../../src-preload/server-url.ts';
import { readJsonFile, writeJsonFile } from '../files/json-file.ts';

/** The person's settings: not secret, so a plain file in the app's data folder. */
const settingsSchema = z.object({
  apiUrl: z.string().refine(isAllowedServerUrl).nullable().catch(null),
});
export type Settings = z.infer<typeof settingsSchema>;

const defaults: Settings = { apiUrl: null };

export class SettingsStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  /** A missing or damaged file means the defaults; it is never a reason not to start. */
  read(): Settings {
    const parsed = settingsSchema.safeParse(readJsonFile(this.file));
    return parsed.success ? parsed.data : defaults;
  }

  write(settings: Settings): void {
    writeJsonFile(this.file, settings);
  }
}
