import { LocalDateResolver } from "graphql-scalars";

/** A calendar date, 'YYYY-MM-DD' (birth dates, due dates): never shifted by a time zone. */
export const LocalDate = LocalDateResolver;
