import { IsEmail, MaxLength, ValidateIf, registerDecorator, type ValidationOptions } from "class-validator";
import { AppError } from "./errors.js";

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

/**
 * The changes a patch asks for: absent fields keep their value, null clears one. Null is refused
 * (REQUIRED) for the `required` fields, whose columns have no empty value; IsOptional lets it
 * through validation, and it would otherwise reach the database as an internal error.
 */
export function patchChanges<T extends object>(patch: T, required: readonly (keyof T & string)[]): Partial<T> {
  const cleared = required.filter((key) => patch[key] === null);
  if (cleared.length > 0) {
    const fields = cleared.map((key) => ({ path: `input.${key}`, code: "REQUIRED", message: "cannot be cleared" }));
    throw new AppError("BAD_USER_INPUT", `Invalid input: ${fields.map((f) => `${f.path} ${f.message}`).join("; ")}`, {
      fields,
    });
  }
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
