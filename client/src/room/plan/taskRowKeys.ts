/**
 * Enter in a one-row task form: anywhere in the row it adds (or saves) the task, except
 *  - on a button, which does what it says (Cancel must not save);
 *  - in an open list (the owner's), where Enter first picks the highlighted person, as a listbox
 *    does; the row is submitted right after, with that person, once the list has closed and
 *    given the focus back (PrimeVue does that in a timeout), so the row can move the focus on.
 * Listen in the capture phase, before the list sees the key: a closed list would open on Enter.
 */
export function useEnterSubmits(submit: () => void) {
  let afterPick = false;

  function onKeydownCapture(event: KeyboardEvent) {
    if (event.key !== "Enter" || event.isComposing || event.shiftKey || event.altKey) return;
    const target = event.target;
    if (!(target instanceof HTMLElement) || target instanceof HTMLButtonElement) return;
    if (target.getAttribute("aria-expanded") === "true") {
      afterPick = true;
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    submit();
  }

  function onKeydown(event: KeyboardEvent) {
    if (!afterPick || event.key !== "Enter") return;
    afterPick = false;
    setTimeout(submit, 0);
  }

  return { onKeydownCapture, onKeydown };
}
