export function ProxySection() {
  return null;
}
