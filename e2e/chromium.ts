/** Where Debian puts the real binary (the /usr/bin wrapper adds flags of its own). */
export const CHROMIUM = process.env.LOSS_ATLAS_CHROMIUM ?? '/usr/lib/chromium/chromium';

/** Flags for a quiet, closed-network headless Chromium with software WebGL. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
];
