import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsIn, IsString, Matches, MaxLength, MinLength, registerDecorator, ValidationOptions } from 'class-validator';
import { COUNTRY_CODES } from '../domain/countries';
import { NormalizeText } from './transforms';

/** ISO 3166-1 alpha-2, upper case. */
export function IsCountryCode(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCountryCode',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must be an ISO 3166-1 alpha-2 code such as KR or US`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && COUNTRY_CODES.has(value) },
    });
}

/** A required, trimmed, NFC-normalised text field. */
export const Text = (max: number, min = 1) => applyDecorators(NormalizeText(), IsString(), MinLength(min), MaxLength(max));

/** A list of short texts (keywords). */
export const TextList = (maxItems: number, maxLength = 60) =>
  applyDecorators(IsArray(), ArrayMaxSize(maxItems), IsString({ each: true }), MinLength(1, { each: true }), MaxLength(maxLength, { each: true }));

export const OneOfEach = (values: readonly string[]) => IsIn(values, { each: true });

/** ISO-8601 instant with an explicit offset or Z: a bare local time would be ambiguous. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
export const IsInstant = () => Matches(ISO_INSTANT, { message: '$property must be an ISO-8601 time with an offset' });
