import type { WebContents } from 'electron';
import type { EmitEvent } from '../events/event-sink.ts';
import { portalShortcut } from '../portal-views/portal-shortcuts.ts';

/** A remote page with focus swallows every key, so the app's own shortcuts are forwarded from it to the window. */
export function forwardAppShortcuts(contents: WebContents, emit: EmitEvent): void {
  contents.on('before-input-event', (event, input) => {
    const shortcut = portalShortcut(input, process.platform);
    if (!shortcut) return;
    event.preventDefault();
    emit('portals.shortcut', shortcut);
  });
}
