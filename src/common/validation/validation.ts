import { type ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { AppError, ErrorCode, type FieldError } from '../errors/app-error';
import { unsafeInput, withoutUnsafe } from './input-hygiene';
import { ValidQueries } from './valid-queries';

/** Where @nestjs/swagger keeps `@ApiProperty` options (its constants are not exported). */
const SWAGGER_PROPERTY = 'swagger/apiModelProperties';

/** The password rule: when it is the only problem, the 400's code is `weak_password`. */
export const WEAK_PASSWORD_CONSTRAINT = 'acceptablePassword';

/**
 * Flattens class-validator errors into `{field, message}` with dotted paths (`fundingAsk.amount`). A missing or
 * null field gets one message saying so, not the list of every rule its absent value breaks.
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length && error.value === undefined) out.push({ field, message: `${field} is required` });
    else if (messages.length && error.value === null) out.push({ field, message: `${field} must not be null` });
    else for (const message of messages) out.push({ field, message });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

const hasWeakPassword = (errors: ValidationError[]): boolean =>
  errors.some((e) => WEAK_PASSWORD_CONSTRAINT in (e.constraints ?? {}) || hasWeakPassword(e.children ?? []));

/** `null` is a value only where the DTO declares the property nullable (`@ApiProperty({nullable: true})`). */
function nullsNotAllowed(instance: unknown, prefix = ''): FieldError[] {
  if (instance === null || typeof instance !== 'object') return [];
  if (Array.isArray(instance)) return instance.flatMap((item, i) => nullsNotAllowed(item, `${prefix}${prefix ? '.' : ''}${i}`));
  const proto = Object.getPrototypeOf(instance);
  if (!proto || proto === Object.prototype) return [];
  const out: FieldError[] = [];
  for (const [key, value] of Object.entries(instance)) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (value === null) {
      const doc = Reflect.getMetadata(SWAGGER_PROPERTY, proto, key) as { nullable?: boolean } | undefined;
      if (!doc?.nullable) out.push({ field, message: `${field} must not be null` });
    } else out.push(...nullsNotAllowed(value, field));
  }
  return out;
}

function merge(...lists: FieldError[][]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of lists.flat()) {
    const key = `${e.field}\u0001${e.message}`;
    if (!seen.has(key)) (seen.add(key), out.push(e));
  }
  return out;
}

function failure(errors: FieldError[], weakPassword: boolean): AppError {
  const message = errors.map((e) => `${e.field}: ${e.message}`).join('; ') || 'Invalid request';
  return new AppError(weakPassword ? ErrorCode.WeakPassword : ErrorCode.ValidationFailed, message, errors);
}

/**
 * The one validation step for every body and query: whitelist, unknown fields refused, transform; before the
 * DTO rules, input no field may hold (NUL, lone surrogates, prototype keys, absurd nesting); after them, nulls
 * where the DTO does not allow null. All problems are reported together, each naming its field.
 */
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: false, value: true },
      exceptionFactory: (errors) => failure(flattenValidationErrors(errors), hasWeakPassword(errors) && errors.length === 1),
    });
  }

  /** Whole query strings (`@Query()` of a DTO) that passed, so a repeated query is not validated again. */
  private readonly validQueries = new ValidQueries();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const raw = metadata.type === 'body' || metadata.type === 'query' ? unsafeInput(value) : [];
    const dto = typeof metadata.metatype === 'function' && this.toValidate(metadata) ? metadata.metatype : null;
    const queryKey = dto && metadata.type === 'query' && metadata.data === undefined && raw.length === 0 ? ValidQueries.keyOf(value) : null;
    if (queryKey !== null) {
      const known = this.validQueries.get(dto!, queryKey);
      if (known) return known;
    }
    if (dto && metadata.type === 'body' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw failure([{ field: 'body', message: 'the body must be a JSON object' }], false);
    }
    // Fields with unsafe text are reported as such and hidden from the validators (some throw on lone surrogates).
    const clean = raw.length ? withoutUnsafe(value) : value;
    const reported = (field: string) => raw.some((r) => field === r.field || field.startsWith(`${r.field}.`));
    // The nulls are looked for in the instance the DTO's transforms make of the value. When the rules pass, that
    // is the pipe's result (the same transforms on the same value); only a failure needs an instance of its own.
    const nullsIn = (instance: () => unknown) => (dto && clean && typeof clean === 'object' ? nullsNotAllowed(instance()) : []);
    let result: unknown;
    try {
      result = await super.transform(clean, metadata);
    } catch (err) {
      if (err instanceof AppError && err.errors) {
        const nulls = nullsIn(() => plainToInstance(dto!, clean));
        const rest = err.errors.filter((e) => !reported(e.field));
        throw failure(merge(raw, nulls, rest), err.code === ErrorCode.WeakPassword && raw.length + nulls.length === 0);
      }
      throw err;
    }
    const nulls = nullsIn(() => result);
    if (raw.length || nulls.length) throw failure(merge(raw, nulls), false);
    if (queryKey !== null) this.validQueries.remember(dto!, queryKey, result);
    return result;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe();
}
