import { shell, type WebContents } from 'electron';
import { ExternalOpenPolicy } from '../security/external-open-policy.ts';

/** Where a page's links leave for the system browser: the one door, which the external-open policy keeps. */
export interface ExternalOpenGate {
  /** Opens `url` in the system browser if the policy allows it now; otherwise does nothing. */
  offer(url: string): void;
}

/** The view's gate, its policy fed with the clicks and key presses the person makes in it. */
export function externalOpenGate(contents: WebContents): ExternalOpenGate {
  const policy = new ExternalOpenPolicy();
  contents.on('before-input-event', (_event, input) => policy.noteInput(input));
  contents.on('before-mouse-event', (_event, mouse) => policy.noteInput(mouse));
  return {
    offer(url) {
      if (policy.mayOpen(url)) void shell.openExternal(url);
    },
  };
}
