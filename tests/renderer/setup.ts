import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { setBitrixId } from '../../src-renderer/src/bridge/bitrix-id.ts';
import { i18n, initI18n } from '../../src-renderer/src/i18n/i18n.ts';

beforeAll(async () => {
  await initI18n();
});

afterEach(async () => {
  cleanup();
  setBitrixId(null);
  localStorage.clear();
  await i18n.changeLanguage('en');
});
