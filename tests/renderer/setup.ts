import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { setBitrixId } from '../../src-renderer/src/bridge/bitrix-id.ts';
import { i18n, initI18n } from '../../src-renderer/src/i18n/i18n.ts';

// The lazy shell chunk is transformed on first use; on a busy 2-core machine that can pass 1 s.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  await initI18n();
});

afterEach(async () => {
  cleanup();
  setBitrixId(null);
  localStorage.clear();
  await i18n.changeLanguage('en');
});
