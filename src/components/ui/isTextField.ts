/** Whether keys pressed in `el` are typing (a text field, a select, editable text) rather than shortcuts. */
export function isTextField(el: EventTarget | Element | null): boolean {
  if (!(el instanceof Element)) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(el.type);
  return (el as HTMLElement).isContentEditable === true;
}
