import { agreementText, ROOT_TYPES, type AgreementText } from "@roundtable/shared";
import * as Y from "yjs";
import type { SharedTypeAccess } from "./useSharedType";

/** How the agreements panel finds an agreement's text, and in a damaged document creates it. */
export function agreementTextAccess(doc: Y.Doc, field: AgreementText): SharedTypeAccess<Y.Text> {
  return {
    find: () => {
      const value = doc.getMap(ROOT_TYPES.agreements).get(field);
      return value instanceof Y.Text ? value : null;
    },
    create: () => agreementText(doc, field),
  };
}
