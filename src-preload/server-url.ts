/**
 * Which server addresses the app accepts: https only, except on this machine (loopback), where a
 * local server may speak plain http. Without zod, so the renderer can check as the person types.
 */
export function isAllowedServerUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === 'https:') return true;
  const loopback = ['localhost', '[::1]'].includes(url.hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname);
  return url.protocol === 'http:' && loopback;
}
