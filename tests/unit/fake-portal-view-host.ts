import type { ContentBounds } from '../../src-preload/contract.ts';
import type { PortalViewHost, PortalViewSpec } from '../../src-main/portal-views/portal-view-host.ts';

/** Records what the view manager asks of a host: which views exist, which is shown, what was cleared. */
export class FakePortalViewHost implements PortalViewHost {
  readonly views = new Map<string, PortalViewSpec>();
  readonly created: string[] = [];
  readonly destroyed: string[] = [];
  readonly cleared: string[] = [];
  shown: { portalId: string; bounds: ContentBounds } | null = null;

  create(spec: PortalViewSpec) {
    this.views.set(spec.portalId, spec);
    this.created.push(spec.portalId);
    return { frameUrl: `/portal-frame/${spec.portalId}` };
  }

  destroy(portalId: string) {
    this.views.delete(portalId);
    this.destroyed.push(portalId);
    if (this.shown?.portalId === portalId) this.shown = null;
  }

  async clear(_portalId: string, partition: string) {
    this.cleared.push(partition);
  }

  show(portalId: string, bounds: ContentBounds) {
    this.shown = { portalId, bounds };
  }

  hideAll() {
    this.shown = null;
  }
}
