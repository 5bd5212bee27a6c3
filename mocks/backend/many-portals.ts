/**
 * The `many-portals` scenario's portals: the same 10,000 every time, built from the index and a
 * fixed-seed generator. They are never stored in the state: kept there they would multiply the
 * persisted snapshot (written after every sign-in and refresh) by hundreds for nothing, since
 * they can be rebuilt from the scenario at any time.
 */
import { seedUsers } from '../seed.ts';
import { MANY_PORTALS_COUNT } from './scenarios.ts';
import type { PortalRole } from './state-schema.ts';

export interface GeneratedPortal {
  id: string;
  title: string;
  domain: string;
  role: PortalRole;
}

/** Whose portals they are. */
export const MANY_PORTALS_MEMBER_ID: string = seedUsers.alice.id;

const WORDS = [
  'Atlas', 'Beacon', 'Cedar', 'Delta', 'Ember', 'Falcon', 'Granite', 'Harbor', 'Iris', 'Juniper',
  'Kestrel', 'Lumen', 'Meadow', 'Nimbus', 'Orchard', 'Pioneer', 'Quartz', 'Ridge', 'Summit', 'Tundra',
  'Umber', 'Vertex', 'Willow', 'Xenon', 'Yarrow', 'Zephyr', 'Logistics', 'Bakery', 'Studio', 'Clinic',
];

const ZONES = [
  'bitrix24.com', 'bitrix24.de', 'bitrix24.eu', 'bitrix24.es', 'bitrix24.fr', 'bitrix24.it',
  'bitrix24.pl', 'bitrix24.uk', 'bitrix24.com.br', 'bitrix24.in',
];

/** Mostly employee, as in a real account: admin of a few portals, guest (extranet) in some. */
function roleFor(draw: number): PortalRole {
  if (draw < 0.1) return 'admin';
  if (draw < 0.75) return 'employee';
  return 'extranet';
}

/** mulberry32: tiny, fast and good enough to vary words, zones and roles; not for secrets. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const GENERATOR_SEED = 0x5eed_b24;

function pick<T>(items: readonly T[], draw: number): T {
  const item = items[Math.floor(draw * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

function generate(): readonly GeneratedPortal[] {
  const random = seededRandom(GENERATOR_SEED);
  const portals: GeneratedPortal[] = [];
  for (let index = 1; index <= MANY_PORTALS_COUNT; index += 1) {
    const number = String(index).padStart(5, '0');
    portals.push({
      // Zero-padded, so id order (the paging order) is number order.
      id: `p-many-${number}`,
      title: `Portal ${number} — ${pick(WORDS, random())}`,
      domain: `p${number}.${pick(ZONES, random())}`,
      role: roleFor(random()),
    });
  }
  return Object.freeze(portals);
}

let generated: readonly GeneratedPortal[] | undefined;

/** Built on first use and kept for the life of the process, sorted by id. */
export function manyPortals(): readonly GeneratedPortal[] {
  generated ??= generate();
  return generated;
}

/** One generated portal by id, found without a search: the id carries its 1-based number. */
export function manyPortalById(id: string): GeneratedPortal | null {
  const match = /^p-many-(\d{5})$/.exec(id);
  if (!match) return null;
  return manyPortals()[Number(match[1]) - 1] ?? null;
}
