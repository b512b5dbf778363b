import * as Y from "yjs";
import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from "vue";

/** One contiguous change: remove `remove` characters at `index`, then insert `insert` there. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The smallest single edit that turns `before` into `after`. Typing "a" into "aa" could be an
 * insert at 0, 1 or 2; the caret after the edit (`caret`) says which, so a concurrent edit by
 * someone else lands on the right side of ours. Never splits a surrogate pair, which Yjs would
 * store as a replacement character.
 */
export function diffText(before: string, after: string, caret?: number): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  // Text after the caret did not take part in the edit.
  const suffixLimit = caret === undefined ? shorter : Math.max(0, Math.min(shorter, after.length - caret));
  let suffix = 0;
  while (suffix < suffixLimit && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  let prefix = 0;
  while (prefix < shorter - suffix && before[prefix] === after[prefix]) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

type DeltaOp = { retain?: number; insert?: unknown; delete?: number };

/**
 * Where a position in the old text ends up after a change described by a Yjs delta. Text inserted
 * exactly at the position goes after it, so someone typing at our caret does not push it along.
 */
export function mapPosition(position: number, delta: readonly DeltaOp[]): number {
  let index = 0;
  let mapped = position;
  for (const op of delta) {
    if (op.retain !== undefined) {
      index += op.retain;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === "string" ? op.insert.length : 1;
      if (index < mapped) mapped += length;
      index += length;
    } else if (op.delete !== undefined) {
      if (index < mapped) mapped -= Math.min(op.delete, mapped - index);
    }
    if (index > mapped) break;
  }
  return mapped;
}

/**
 * Binds a textarea to a Y.Text: local typing becomes a minimal insert/delete, so two people typing
 * at once both keep their words, and remote changes are written into the textarea with the local
 * caret and selection moved along with the text around them. Returns the unbinding function.
 */
export function bindTextarea(text: Y.Text, element: HTMLTextAreaElement, onChange?: (value: string) => void) {
  // The transaction origin that marks our own edits, so the observer does not echo them.
  const origin = Symbol("textarea");
  element.value = text.toString();
  onChange?.(element.value);

  const onInput = () => {
    const edit = diffText(text.toString(), element.value, element.selectionEnd ?? undefined);
    if (!edit) return;
    const apply = () => {
      if (edit.remove > 0) text.delete(edit.index, edit.remove);
      if (edit.insert !== "") text.insert(edit.index, edit.insert);
    };
    if (text.doc) text.doc.transact(apply, origin);
    else apply();
  };

  const observer = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    const value = text.toString();
    if (transaction.origin !== origin && element.value !== value) {
      const focused = element.ownerDocument.activeElement === element;
      const { selectionStart, selectionEnd, selectionDirection, scrollTop } = element;
      element.value = value;
      if (focused) {
        const delta = event.delta as DeltaOp[];
        element.setSelectionRange(
          mapPosition(selectionStart, delta),
          mapPosition(selectionEnd, delta),
          selectionDirection ?? undefined,
        );
      }
      element.scrollTop = scrollTop;
    }
    onChange?.(value);
  };

  element.addEventListener("input", onInput);
  text.observe(observer);
  return () => {
    element.removeEventListener("input", onInput);
    text.unobserve(observer);
  };
}

/**
 * A textarea bound to a Y.Text while both exist (the text arrives once the document is ready;
 * the element once mounted). `value` follows the text for anything else that shows it.
 * Leave the textarea's value to the binding: no v-model or :value on it.
 */
export function useYText(
  text: MaybeRefOrGetter<Y.Text | null>,
  element: Ref<HTMLTextAreaElement | null | undefined>,
): { value: Ref<string> } {
  const value = shallowRef("");
  let unbind: (() => void) | null = null;
  watch(
    [() => toValue(text), element],
    ([current, el]) => {
      unbind?.();
      unbind = null;
      if (current && el) unbind = bindTextarea(current, el, (next) => (value.value = next));
      else value.value = current?.toString() ?? "";
    },
    { immediate: true, flush: "post" },
  );
  onScopeDispose(() => unbind?.());
  return { value };
}
