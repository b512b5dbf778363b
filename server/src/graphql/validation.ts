import { IsEmail, MaxLength, ValidateIf, registerDecorator, type ValidationOptions } from "class-validator";

/** A required text field: present and not only white space. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "notBlank",
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: "must not be empty", ...options },
      validator: { validate: (v: unknown) => typeof v === "string" && v.trim().length > 0 },
    });
}

/** Short free text (names, titles): at most 200 characters. */
export const SHORT_TEXT = 200;
/** Longer free text (purpose, notes): at most 4,000 characters. */
export const LONG_TEXT = 4000;

/** An optional e-mail: null or absent clears or keeps it; a string must be an address. */
export function OptionalEmail(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_o, v) => v !== null && v !== undefined)(target, key);
    IsEmail({}, { message: "must be an e-mail address" })(target, key);
    MaxLength(SHORT_TEXT)(target, key);
  };
}

