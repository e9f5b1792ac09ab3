import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsString, MaxLength, MinLength, registerDecorator, ValidateNested, ValidationOptions } from 'class-validator';
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

/**
 * A nested object (`fundingAsk`, `meetingGrid`): required unless marked optional, a JSON object (not an array
 * or a primitive), validated by its own class. The one way DTOs declare nesting.
 */
export const Nested = (type: () => new () => object) =>
  applyDecorators(
    IsObject({ message: ({ property }) => `${property} must be an object` }),
    ValidateNested(),
    Type(type),
  );
