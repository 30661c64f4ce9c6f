/**
 * Adds `<link rel="stylesheet" href>` to the document head and resolves once it has loaded. A link
 * that failed is taken out again, so that a later call fetches the sheet afresh; one that loaded is
 * reused.
 */
export function loadStylesheet(href: string): Promise<void> {
  const loaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((l) => l.getAttribute('href') === href && l.sheet);
  if (loaded) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => {
      link.remove();
      reject(new Error(`the stylesheet ${href} did not load`));
    }, { once: true });
    document.head.append(link);
  });
}
