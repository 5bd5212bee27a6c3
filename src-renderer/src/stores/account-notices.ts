import { useLoginChangeStore } from './login-change-store.ts';
import { usePasswordChangeStore } from './password-change-store.ts';
import { useProofStore } from './proof-store.ts';

/** Starting another change in the profile takes down what the last one said, in every section. */
export function dismissAccountNotices(): void {
  useLoginChangeStore.getState().dismissNotice();
  usePasswordChangeStore.getState().dismissNotice();
  useProofStore.getState().dismissNotice();
}
