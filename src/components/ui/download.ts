/** Offers a file for download through a Blob URL; the URL is revoked once the browser has it. */
export function downloadFile(fileName: string, content: string | Uint8Array | Blob, type: string): void {
  const blob = content instanceof Blob ? content : new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name made of a title: ASCII letters and digits, dashes between. */
export function fileSlug(text: string, fallback = 'chronology'): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || fallback
  );
}
