/**
 * Every module the child process loads, in order, with the time it was asked for: register-stand-in.ts
 * fills it from a module hook, the stand-in hands it to the test. Both import this module, so they
 * share one list.
 */
import type { ModuleLoad } from './wire.ts';

export const loadedModules: ModuleLoad[] = [];
