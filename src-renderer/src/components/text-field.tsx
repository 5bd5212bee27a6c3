import { useId, useState, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { EyeIcon } from './eye-icon.tsx';

interface TextFieldProps
  extends Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'autoComplete' | 'name' | 'readOnly' | 'spellCheck' | 'autoCapitalize' | 'inputMode' | 'placeholder'
  > {
  label: string;
  value: string;
  onChange?(value: string): void;
  /** The input type of a non-password field. */
  type?: 'text' | 'email' | 'tel' | 'url';
  /** A hint under the field, tied to the input with aria-describedby. */
  hint?: string | undefined;
  /** An inline error, tied to the input with aria-describedby. */
  error?: string | undefined;
  /** A password field gets a show/hide toggle. */
  password?: boolean;
  /** The toggle's name; "Show password" unless a form has several password fields. */
  revealLabel?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and inline error; a password field adds a show/hide toggle. */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  hint,
  error,
  password = false,
  revealLabel,
  ref,
  ...inputProps
}: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [revealed, setRevealed] = useState(false);
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter((part) => part !== null).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        <input
          {...inputProps}
          ref={ref}
          id={id}
          type={password ? (revealed ? 'text' : 'password') : type}
          value={value}
          onChange={(event) => onChange?.(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        {password && (
          // The name stays the same and aria-pressed carries the state (WAI-ARIA toggle button pattern).
          <button
            type="button"
            className="reveal"
            aria-pressed={revealed}
            onClick={() => setRevealed((shown) => !shown)}
          >
            <EyeIcon crossed={revealed} />
            <span className="visually-hidden">{revealLabel ?? t('signIn.showPassword')}</span>
          </button>
        )}
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
