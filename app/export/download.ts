/** Saves a blob as a file through a temporary link (the download attribute); the URL is released after. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download has started from the click; a later revoke leaves it time to read the blob.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
