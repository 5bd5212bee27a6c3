/**
 * Puts `text` on the clipboard; false if the browser refused (no permission, no focus), so the
 * person is told to copy it by hand: the text is on the screen, selectable.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
