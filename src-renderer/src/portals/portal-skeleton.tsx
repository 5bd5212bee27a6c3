/** How many placeholder rows show: about a screenful of the list at the smallest window. */
const SKELETON_ROWS = 7;

/**
 * Grey rows the shape of portal rows, while the first page of the list is on its way. Hidden from
 * assistive technology: the sidebar is marked busy and says "Loading your portals…" in a status.
 */
export function PortalSkeleton() {
  return (
    <ul className="portal-skeleton" aria-hidden="true">
      {Array.from({ length: SKELETON_ROWS }, (_, index) => (
        <li key={index} className="portal-skeleton-row">
          <span className="portal-skeleton-title" />
          <span className="portal-skeleton-domain" />
        </li>
      ))}
    </ul>
  );
}
