/** What the caret extension publishes as `user` in awareness and hands back to `render`. */
export interface CaretUser {
  name: string;
  color: string;
}

/**
 * Another person's caret in the minutes: a coloured bar with their name above it. The extension
 * has already replaced an invalid colour; the name goes in as text, never as HTML. Hidden from
 * screen readers, which would otherwise read the names as part of the minutes.
 */
export function caretElement(user: Record<string, unknown>): HTMLElement {
  const colour = typeof user.color === "string" ? user.color : "transparent";
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  caret.setAttribute("aria-hidden", "true");
  caret.style.borderColor = colour;
  const label = document.createElement("span");
  label.className = "collaboration-carets__label";
  label.style.backgroundColor = colour;
  label.textContent = typeof user.name === "string" ? user.name : "";
  caret.append(label);
  return caret;
}
