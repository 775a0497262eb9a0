/**
 * The catalogue of coded errors (spaCy-style): every fatal condition has a stable code, a message
 * template and the CLI exit code it maps to. Only unusable input throws; everything else is a
 * document message.
 */
export const ERRORS = {
  E001: { exit: 2, text: 'input is empty' },
  E002: { exit: 2, text: 'input looks binary (NUL bytes), not text' },
  E003: { exit: 2, text: 'input is too large' },
  E004: { exit: 2, text: 'file not found' },
  E005: { exit: 2, text: 'path is a directory, not a file' },
  E006: { exit: 2, text: 'invalid JSON' },
  E007: { exit: 2, text: 'invalid lexicon entry' },
  E008: { exit: 1, text: 'invalid option value' },
  E009: { exit: 2, text: 'cannot read input' },
  E010: { exit: 2, text: 'unsupported input format' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An error the CLI reports as one line and maps to an exit code. */
export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;

  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${ERRORS[code].text}: ${detail}` : ERRORS[code].text);
    this.name = 'SitrepError';
    this.code = code;
    this.exitCode = ERRORS[code].exit;
  }
}
