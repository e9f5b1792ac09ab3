import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, ErrorCode, type FieldError } from '../errors/app-error';

/** Flattens class-validator errors into `{field, message}` with dotted paths (`fundingAsk.amount`). */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) out.push({ field, message });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** Whitelist + forbid unknown fields + transform; every invalid field is named in the 400. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      const message = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ') || 'Invalid request';
      return new AppError(ErrorCode.ValidationFailed, message, fieldErrors);
    },
  });
}
