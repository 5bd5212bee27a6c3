/** Every string of a catalogue by its key path ("portals.roles.admin"); anything else is flagged in place. */
export function catalogueStrings(catalogue: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue) as [string, unknown][]) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'object' && value !== null) for (const entry of catalogueStrings(value, path)) found.set(...entry);
    else found.set(path, `not a string: ${typeof value}`);
  }
  return found;
}
