/**
 * A PNG of a standalone SVG at `scale` times its size: the SVG is decoded as an image from a blob URL
 * (the page's Content-Security-Policy allows `blob:` images for this) and drawn once, as vector, into a
 * canvas of exactly round(scale·width) × round(scale·height) pixels. Rejects with a sentence when the
 * browser cannot decode the SVG, refuses to read the canvas back (a tainted canvas), or yields no blob.
 */
export async function svgToPng(svg: string, size: { width: number; height: number }, scale: number): Promise<Blob> {
  const width = Math.round(size.width * scale);
  const height = Math.round(size.height * scale);
  if (!(width > 0 && height > 0)) throw new Error('the chart has no size to draw');
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    try {
      await img.decode();
    } catch {
      throw new Error('the browser could not draw the SVG as an image');
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas is available');
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser did not encode the PNG');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
