import { CATALOG_MANIFEST } from '../../src/math/losses';

/** Whether a link query names a loss of the catalog chunk (in `loss=`, in any `name.lossId` key, or by preset). */
export function needsCatalog(search: string, presetIds: (id: string) => readonly string[] = () => []): boolean {
  const q = new URLSearchParams(search);
  const named = [
    ...(q.get('loss') ?? '').split(','),
    ...presetIds(q.get('preset') ?? ''),
    ...[...q.keys()].map((k) => k.slice(k.indexOf('.') + 1)),
  ];
  return named.some((id) => Object.hasOwn(CATALOG_MANIFEST, id));
}
