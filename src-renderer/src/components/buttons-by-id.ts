import { useState } from 'react';

/** Buttons of a list, kept by an id (a service's), so that one of them can be given the focus later. */
export interface ButtonsById {
  get(id: string): HTMLButtonElement | undefined;
  /** The callback ref of the button for `id`: keeps it while it is on the page. */
  refFor(id: string): (element: HTMLButtonElement | null) => void;
}

/** A `ButtonsById`, the same one for the component's lifetime. */
export function useButtonsById(): ButtonsById {
  const [buttons] = useState((): ButtonsById => {
    const byId = new Map<string, HTMLButtonElement>();
    return {
      get: (id) => byId.get(id),
      refFor: (id) => (element) => {
        if (element) byId.set(id, element);
        else byId.delete(id);
      },
    };
  });
  return buttons;
}
