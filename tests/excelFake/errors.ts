/**
 * Errors shaped like OfficeExtension.Error: name "RichApi.Error", a stable `code` and `debugInfo`
 * with the place of the failing statement.
 */
export type FakeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidSelection'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RequestPayloadSizeLimitExceeded';

export interface FakeDebugInfo {
  code: FakeErrorCode;
  message: string;
  errorLocation?: string;
}

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: FakeDebugInfo;
  constructor(code: FakeErrorCode, message: string, location?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code: code, message: message, errorLocation: location };
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    "The property '" + property + "' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
    property,
  );
}

export function invalidArgument(message: string, location?: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format. ' + message, location);
}

export function itemNotFound(what: string, location?: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', 'The requested resource doesn\'t exist. (' + what + ')', location);
}
