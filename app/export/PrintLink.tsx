import { useEffect, useState } from 'react';

/**
 * The page's address, shown only on paper (app/print.css), so a printout leads back to the exact view.
 * It is read when printing starts and whenever print media starts to apply.
 */
export function PrintLink() {
  const [href, setHref] = useState(() => location.href);
  useEffect(() => {
    const read = () => setHref(location.href);
    const print = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    window.addEventListener('beforeprint', read);
    print?.addEventListener('change', read);
    return () => {
      window.removeEventListener('beforeprint', read);
      print?.removeEventListener('change', read);
    };
  }, []);
  return (
    <p className="print-only print-link">
      Link: <a href={href}>{href}</a>
    </p>
  );
}
