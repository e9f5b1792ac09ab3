import { HttpStatus } from '@nestjs/common';

/** Machine-readable error codes; each maps to one HTTP status in ERROR_STATUS. */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  WeakPassword = 'weak_password',
  UnsupportedMediaType = 'unsupported_media_type',
  MalformedJson = 'malformed_json',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  AccountPending = 'account_pending',
  AccountRejected = 'account_rejected',
  NotFound = 'not_found',
  Conflict = 'conflict',
  EmailTaken = 'email_taken',
  InvalidTransition = 'invalid_transition',
  TooManyAttempts = 'too_many_attempts',
  RateLimited = 'rate_limited',
  PublishedMeetingConflict = 'published_meeting_conflict',
  PayloadTooLarge = 'payload_too_large',
  SlotTaken = 'slot_taken',
  SlotStarted = 'slot_started',
  MeetingStarted = 'meeting_started',
  ServiceUnavailable = 'service_unavailable',
  Internal = 'internal_error',
}

/**
 * Which conflict a 409 is, for the generic codes (`conflict`, `invalid_transition`) whose message is specific: sent as
 * `reason` beside `code` so a client can say it in its own words (the web app's catalogues). Add freely; never rename.
 */
export enum ConflictReason {
  RequestOpen = 'request_open',
  RequestClosed = 'request_closed',
  IrRequestOpen = 'ir_request_open',
  RoomTaken = 'room_taken',
  SchedulePublished = 'schedule_published',
  MeetingCancelled = 'meeting_cancelled',
  ClosedAsNoShow = 'closed_as_no_show',
  CheckInNotYet = 'check_in_not_yet',
  CheckInClosed = 'check_in_closed',
  CheckInFirst = 'check_in_first',
  AlreadyHeld = 'already_held',
  NoShowTooEarly = 'no_show_too_early',
  OutcomeTooEarly = 'outcome_too_early',
}

export const ERROR_STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.ValidationFailed]: HttpStatus.BAD_REQUEST,
  [ErrorCode.WeakPassword]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UnsupportedMediaType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [ErrorCode.MalformedJson]: HttpStatus.BAD_REQUEST,
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.AccountPending]: HttpStatus.FORBIDDEN,
  [ErrorCode.AccountRejected]: HttpStatus.FORBIDDEN,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.EmailTaken]: HttpStatus.CONFLICT,
  [ErrorCode.InvalidTransition]: HttpStatus.CONFLICT,
  [ErrorCode.TooManyAttempts]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.PublishedMeetingConflict]: HttpStatus.CONFLICT,
  [ErrorCode.PayloadTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.SlotTaken]: HttpStatus.CONFLICT,
  [ErrorCode.SlotStarted]: HttpStatus.CONFLICT,
  [ErrorCode.MeetingStarted]: HttpStatus.CONFLICT,
  [ErrorCode.ServiceUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

export interface FieldError {
  field: string;
  message: string;
}

/** The one exception type services throw; the filter turns it into `{statusCode, code, message, errors?}`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    /** Extra top-level fields of the error body (e.g. the conflicting `meetings`). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): HttpStatus {
    return ERROR_STATUS[this.code];
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NotFound, `${what} not found`);
  }
  static forbidden(message = 'You may not do this'): AppError {
    return new AppError(ErrorCode.Forbidden, message);
  }
  static conflict(message: string, code: ErrorCode = ErrorCode.Conflict, reason?: ConflictReason): AppError {
    return new AppError(code, message, undefined, undefined, reason ? { reason } : undefined);
  }
  static invalid(field: string, message: string): AppError {
    return new AppError(ErrorCode.ValidationFailed, `${field}: ${message}`, [{ field, message }]);
  }
}
