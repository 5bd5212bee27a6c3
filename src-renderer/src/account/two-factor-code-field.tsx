import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../src-preload/contract.ts';
import { TextField } from '../components/text-field.tsx';
import { checkCode, type CodeKind, type CodeProblem } from './two-factor-codes.ts';

/** What the person typed for each kind of code: switching kinds and back loses nothing. */
export function useTwoFactorCode() {
  const [kind, setKind] = useState<CodeKind>('app');
  const [typed, setTyped] = useState<Record<CodeKind, string>>({ app: '', recovery: '' });
  return {
    kind,
    value: typed[kind],
    setValue: (value: string) => setTyped((current) => ({ ...current, [kind]: value })),
    switchKind: () => setKind((current) => (current === 'app' ? 'recovery' : 'app')),
    check: () => checkCode(kind, typed[kind]),
    /** Forgets what was typed: a code that was used is no good again. */
    clear: () => setTyped({ app: '', recovery: '' }),
  };
}
type TwoFactorCode = ReturnType<typeof useTwoFactorCode>;

const problemKeys = {
  required: 'twoStep.codeRequired',
  six_digits: 'twoStep.codeSixDigits',
  recovery_required: 'twoStep.recoveryRequired',
  recovery_shape: 'twoStep.recoveryShape',
} as const satisfies Record<CodeProblem, string>;

/** The sentences for a code that was refused: before sending it, or by main (`invalid_code`). */
export function useCodeMessages() {
  const { t } = useTranslation('account');
  return {
    problem: (problem: CodeProblem): string => t(problemKeys[problem]),
    wrong: (error: BridgeError): string =>
      error.attemptsLeft === undefined ? t('twoStep.wrongCodeAgain') : t('twoStep.wrongCode', { count: error.attemptsLeft }),
  };
}

interface TwoFactorCodeFieldProps {
  code: TwoFactorCode;
  error: string | undefined;
  onEdited(): void;
  ref?: Ref<HTMLInputElement>;
  /** Switching kinds is offered unless the step needs the app's code (confirming a new setup). */
  switchable?: boolean;
  /** The label of the app's code, if not "Code from your authenticator app". */
  appLabel?: string;
}

/** "Code from your authenticator app" (6 digits), or "Recovery code", with the switch between them. */
export function TwoFactorCodeField({ code, error, onEdited, ref, switchable = true, appLabel }: TwoFactorCodeFieldProps) {
  const { t } = useTranslation('account');
  const app = code.kind === 'app';
  return (
    <>
      <TextField
        // A new input for the other kind, so a password manager or the OS offers the right thing.
        key={code.kind}
        ref={ref}
        label={app ? (appLabel ?? t('twoStep.code')) : t('twoStep.recoveryCode')}
        name={app ? 'one-time-code' : 'recovery-code'}
        inputMode={app ? 'numeric' : 'text'}
        autoComplete={app ? 'one-time-code' : 'off'}
        autoCapitalize="none"
        spellCheck={false}
        value={code.value}
        onChange={(value) => {
          code.setValue(value);
          onEdited();
        }}
        error={error}
      />
      {switchable && (
        <button
          type="button"
          className="button-link"
          onClick={() => {
            code.switchKind();
            onEdited();
          }}
        >
          {app ? t('twoStep.useRecovery') : t('twoStep.useApp')}
        </button>
      )}
    </>
  );
}
