import type { WebContents } from 'electron';
import { ExternalOpenPolicy } from '../security/external-open-policy.ts';

/** The view's external-open policy, fed with the clicks and key presses the person makes in it. */
export function externalOpenGate(contents: WebContents): ExternalOpenPolicy {
  const policy = new ExternalOpenPolicy();
  contents.on('before-input-event', (_event, input) => policy.noteInput(input));
  contents.on('before-mouse-event', (_event, mouse) => policy.noteInput(mouse));
  return policy;
}
