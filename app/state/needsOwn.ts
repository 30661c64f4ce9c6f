import { OWN_LIMITS } from './ownLimits';

/** Whether a link query carries typed losses (any own1…own3 key), so the formula chunk must load before it is read. */
export function needsOwn(search: string): boolean {
  const q = new URLSearchParams(search);
  return OWN_LIMITS.ids.some((id) => q.has(id));
}
