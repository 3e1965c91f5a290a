/** A mistake in how the command was called (exit code 2): the message is shown as it is, with the usage hint. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
    Object.setPrototypeOf(this, UsageError.prototype);
  }
}

/** The input cannot be used (exit code 2), e.g. no member list in the workbook. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
    Object.setPrototypeOf(this, InputError.prototype);
  }
}
