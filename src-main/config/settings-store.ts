import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { isAllowedServerUrl } from '../../src-preload/server-url.ts';

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
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : defaults;
    } catch {
      return defaults;
    }
  }

  write(settings: Settings): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(settings, null, 2));
    renameSync(temporary, this.file);
  }
}
