/**
 * The typed losses' part of the surface check (issue 20): each formula of OWN_CHECK_FORMULAS installed in turn
 * and compared, GPU against float64, on every preset of its model. Loaded on demand: it brings the parser.
 */
import type { OwnDef } from '../../own/def';
import { installOwn } from '../../own/install';
import { restartWebgl, type GpuRuntime } from '../backend';
import { checkCase, type SurfaceCheckRow } from './diagnostics';
import { installOwnCase, OWN_CHECK_FORMULAS } from './ownCheckCases';

/**
 * Rows like runSurfaceCheck's, titled by formula. The check installs its formulas in place of the page's typed
 * losses, and installs `restore` (the page's) again afterwards, whatever happens.
 */
export async function runOwnSurfaceCheck(rt: GpuRuntime, restore: readonly OwnDef[] = [], size?: number): Promise<SurfaceCheckRow[]> {
  const rows: SurfaceCheckRow[] = [];
  try {
    for (const f of OWN_CHECK_FORMULAS) {
      const cases = installOwnCase(f, size);
      if (typeof cases === 'string') {
        rows.push({ presetId: '—', lossId: 'own1', title: f.text, params: '', reg: '', size: 0, error: cases });
        continue;
      }
      for (const { presetId, req } of cases) rows.push(await checkCase(rt, presetId, req, f.text));
    }
  } finally {
    installOwn(restore);
  }
  return rows;
}

/** The same under WebGL 1 (GLSL ES 1.0, constant loop bound), on a smaller grid; WebGL 2 is restored whatever happens. */
export async function runOwnWebgl1Check(restore: readonly OwnDef[] = [], size = 33): Promise<{ webglVersion: number; rows: SurfaceCheckRow[] }> {
  try {
    const rt = await restartWebgl(1);
    return { webglVersion: rt.webglVersion, rows: await runOwnSurfaceCheck(rt, restore, size) };
  } finally {
    await restartWebgl(2);
  }
}
