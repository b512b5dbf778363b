import type { Language } from "@roundtable/shared";
import { cs } from "./cs.js";
import { en } from "./en.js";
import { hu } from "./hu.js";
import type { LetterWords } from "./words.js";

export type { LetterKind, LetterWords, OpeningFacts } from "./words.js";

/** The letters' words in each of the conference languages. */
export const WORDS: Record<Language, LetterWords> = { hu, en, cs };
