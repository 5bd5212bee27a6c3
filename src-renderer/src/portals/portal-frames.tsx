import type { PortalView } from '../../../src-preload/contract.ts';

interface PortalFramesProps {
  live: PortalView[];
  /** The portal whose page is on show; every other frame stays loaded, hidden. */
  visibleId: string | null;
  titleOf(portalId: string): string;
}

/**
 * The browser harness's portal pages: one iframe per live view, all kept mounted so that switching
 * back is instant. (In Electron `frameUrl` is null and main draws the view over this area.) Frames
 * are in a fixed order, by portal id: moving an iframe in the DOM would reload it.
 */
export function PortalFrames({ live, visibleId, titleOf }: PortalFramesProps) {
  const framed = live
    .filter((view): view is PortalView & { frameUrl: string } => view.frameUrl !== null)
    .sort((a, b) => (a.portalId < b.portalId ? -1 : a.portalId > b.portalId ? 1 : 0));
  return framed.map((view) => (
    <iframe
      key={view.portalId}
      className="portal-frame"
      title={titleOf(view.portalId)}
      src={view.frameUrl}
      hidden={view.portalId !== visibleId}
      // No same-origin: the portal's page cannot reach this window (or its bridge), though the harness serves both.
      sandbox="allow-scripts allow-forms"
      referrerPolicy="no-referrer"
    />
  ));
}
